/**
 * Text that does not grow with the reader's font size: its size is read
 * before the default size is doubled (`recordTextSizes`) and after
 * (`unscaledText`). Only the outermost element of such text is named: a px
 * size on a container holds all of its text.
 */
import { offScreen, textBox, wordsIn } from './boxes.ts';
import { described, finding, type ProbeFinding } from './finding.ts';

interface SizeRecord {
  readonly sizes: Map<Element, number>;
}

const record = (): SizeRecord => {
  const state = window as unknown as { __gateTextSizes?: SizeRecord };
  state.__gateTextSizes ??= { sizes: new Map() };
  return state.__gateTextSizes;
};

export function recordTextSizes(): void {
  const { sizes } = record();
  sizes.clear();
  // Text in a graphic scales with the graphic (its viewBox), not with the reader's font size.
  for (const { node, parent } of wordsIn(document.body))
    if (!offScreen(textBox(node)) && !parent.closest('svg'))
      sizes.set(parent, Number.parseFloat(getComputedStyle(parent).fontSize));
}

export function unscaledText(code: string, criterion: string): ProbeFinding[] {
  const { sizes } = record();
  const fixed = [...sizes].filter(
    ([element, size]) => Number.parseFloat(getComputedStyle(element).fontSize) < size * 1.5,
  );
  const named = new Set(fixed.map(([element]) => element));
  const outermost = (element: Element): boolean => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (named.has(parent)) return false;
    return true;
  };
  const found = [...named]
    .filter(outermost)
    .map((element) =>
      finding(
        code,
        criterion,
        `The text of ${described(element)} keeps its size when the reader's font size is doubled: it is set in px. Set font sizes in rem or em.`,
        element,
        'warning',
      ),
    );
  sizes.clear();
  return found;
}
