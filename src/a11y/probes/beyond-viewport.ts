/**
 * Content wider than the window: what makes the page scroll sideways (or is
 * cut off where the page hides that overflow). Each element named is the
 * outermost one past the window's edge, or the element whose words do not
 * wrap. Content in a scroll container of its own (a wide data table) is
 * what WCAG 1.4.10 allows to scroll in two dimensions, and is not named.
 */
import { offScreen, rightToLeft, styleReader, textBox, wordsIn } from './boxes.ts';
import { described, finding, type ProbeFinding } from './finding.ts';

export function beyondViewport(code: string, criterion: string, when: string): ProbeFinding[] {
  const width = document.documentElement.clientWidth;
  const style = styleReader();
  // Past the page's end: the right in a left-to-right page, the left in a right-to-left one.
  const rtl = rightToLeft();
  const past = (box: DOMRect) => box.width > 0 && (rtl ? box.left < -1 : box.right > width + 1) && !offScreen(box);
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
  const how = scrolls ? ', and the page scrolls sideways' : ' and is cut off';
  // A table is named once, whichever of its cells reach past the edge.
  const named = new Set([...culprits].map((element) => element.closest('table') ?? element));
  return [...named].map((element) => {
    const box = element.getBoundingClientRect();
    const reach = `${Math.round(rtl ? width - box.left : box.right)} px of ${width} px`;
    // WCAG 1.4.10 allows a data table to scroll in two dimensions: a warning, and the way to keep it narrow.
    if (element instanceof HTMLTableElement)
      return finding(
        'wide-table',
        criterion,
        `${when}, the table ${described(element)} is wider than the window (${reach})${how}: WCAG 1.4.10 allows a data table to scroll, but readers lose its headers. Give it fewer columns, or split it into several tables.`,
        element,
        'warning',
      );
    const fix =
      element instanceof HTMLImageElement
        ? "keep images within the window (max-width: 100 % in the site's stylesheet), or give this one a smaller width"
        : 'give it no fixed width (max-width: 100 % instead), and let long words and addresses wrap (overflow-wrap: anywhere); in the Markdown, a long address is best a link with words';
    return finding(
      code,
      criterion,
      `${when}, ${described(element)} reaches past the window's edge (${reach})${how}: ${fix}.`,
      element,
    );
  });
}
