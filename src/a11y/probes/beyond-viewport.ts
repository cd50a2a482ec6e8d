/**
 * Content wider than the window: what makes the page scroll sideways (or is
 * cut off where the page hides that overflow). Each element named is the
 * outermost one past the window's edge, or the element whose words do not
 * wrap. Content in a scroll container of its own (a wide data table) is
 * what WCAG 1.4.10 allows to scroll in two dimensions, and is not named.
 */
import { offScreen, styleReader, textBox, wordsIn } from './boxes.ts';
import { described, finding, type ProbeFinding } from './finding.ts';

export function beyondViewport(code: string, criterion: string, when: string): ProbeFinding[] {
  const width = document.documentElement.clientWidth;
  const style = styleReader();
  const past = (box: DOMRect) => box.width > 0 && box.right > width + 1 && !offScreen(box);
  const inScroller = (element: Element): boolean => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement)
      if (['auto', 'scroll'].includes(style(box).overflowX)) return true;
    return false;
  };
  const culprits = new Set<Element>();
  for (const element of document.body.querySelectorAll('*')) {
    if (!past(element.getBoundingClientRect()) || inScroller(element)) continue;
    const parent = element.parentElement;
    if (parent && parent !== document.body && past(parent.getBoundingClientRect())) continue;
    culprits.add(element);
  }
  const range = document.createRange();
  for (const { node, parent } of wordsIn(document.body)) {
    if (!past(textBox(node, range)) || inScroller(parent)) continue;
    if (![...culprits].some((culprit) => culprit.contains(parent))) culprits.add(parent);
  }
  const scrolls = document.documentElement.scrollWidth > width + 1;
  return [...culprits].map((element) =>
    finding(
      code,
      criterion,
      `${when}, ${described(element)} reaches past the window's edge (${Math.round(element.getBoundingClientRect().right)} px of ${width} px)${scrolls ? ', and the page scrolls sideways' : ' and is cut off'}: give it no fixed width (max-width: 100 % instead), and let long words and addresses wrap (overflow-wrap: anywhere).`,
      element,
    ),
  );
}
