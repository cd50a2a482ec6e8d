/**
 * The keyboard's path through a page. `watchFocus` records each element
 * that takes focus; the gate then presses Tab (real key events) until focus
 * comes back to the first; `focusFindings` checks what was recorded: that
 * the order is the reading order (WCAG 2.4.3), that each element shows it
 * has focus (2.4.7: its look with and without focus compared), and that it
 * is not hidden behind anything once focused (2.4.11). In forced colours
 * the same path is walked again by `focus()`, for the indicator alone.
 */
import { described, finding, type ProbeFinding } from './finding.ts';
import { differences, visibleStyle } from './styles-compared.ts';

interface FocusRecord {
  readonly sequence: Element[];
  readonly listener: (event: FocusEvent) => void;
}

const recordOf = (): FocusRecord | undefined => (window as unknown as { __gateFocus?: FocusRecord }).__gateFocus;

const focusable =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

/** Start recording focus; the number of Tab presses that reach every focusable element and come back to the first. */
export function watchFocus(): number {
  const sequence: Element[] = [];
  const listener = (event: FocusEvent): void => {
    if (event.target instanceof Element) sequence.push(event.target);
  };
  (window as unknown as { __gateFocus: FocusRecord }).__gateFocus = { sequence, listener };
  (document.activeElement as HTMLElement | null)?.blur();
  document.addEventListener('focusin', listener);
  return document.querySelectorAll(focusable).length + 1;
}

/**
 * How many more Tab presses the page may need: none once focus came back
 * to the first element it took (or took none), else a few more (scroll
 * containers take focus in Chromium, and are not in the count).
 */
export function focusPressesLeft(): number {
  const sequence = recordOf()?.sequence ?? [];
  const [first] = sequence;
  return !first || sequence.lastIndexOf(first) > 0 ? 0 : 10;
}

/** Each element focused by Tab, in order, once (the sequence stops where it comes back to the first). */
function path(): Element[] {
  const { sequence } = recordOf() ?? { sequence: [] };
  const seen = new Set<Element>();
  const order: Element[] = [];
  for (const element of sequence) {
    if (seen.has(element)) break;
    seen.add(element);
    order.push(element);
  }
  return order;
}

/** Stop recording, and leave nothing focused: the next checks see the page as it loaded. */
function stopWatching(): void {
  const record = recordOf();
  if (record) document.removeEventListener('focusin', record.listener);
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, 0);
}

/** An element's look in its present state, its transitions (a focus ring that fades in) run to their end. */
function settledStyle(element: Element) {
  for (const animation of element.getAnimations({ subtree: true })) animation.finish();
  return visibleStyle(element);
}

/** Where a focused element's lines are, in page coordinates: its first and its last. */
interface FocusedPlace {
  readonly element: Element;
  readonly first: DOMRect;
  readonly last: DOMRect;
}

export function focusFindings(forced: boolean): ProbeFinding[] {
  const order = path();
  const found: ProbeFinding[] = [];
  const places: FocusedPlace[] = [];
  for (const element of order) {
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) continue;
    (document.activeElement as HTMLElement | null)?.blur();
    const before = settledStyle(element);
    element.focus();
    // A change of colour alone shows focus only at the contrast WCAG asks of what is not text (1.4.11).
    const { shape, colour } = differences(before, settledStyle(element), 3);
    if (shape.length === 0 && colour.length === 0)
      found.push(
        forced
          ? finding(
              'focus-lost',
              '2.4.7',
              `In forced colours (Windows high contrast), ${described(element)} shows no focus: its indicator was a colour or a shadow, which the system's colours remove. Draw an outline (outline: 2px solid; it keeps a system colour).`,
              element,
            )
          : finding(
              'no-indicator',
              '2.4.7',
              `${described(element)} looks the same with and without keyboard focus: a keyboard user cannot see where they are. Do not remove the outline (outline: none) without drawing another indicator.`,
              element,
            ),
      );
    if (forced) continue;
    found.push(...placeFindings(element));
    // Where it is while focused (a skip link moves into view), for the visual order.
    const lines = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
    const onPage = (box: DOMRect) => new DOMRect(box.x + scrollX, box.y + scrollY, box.width, box.height);
    const [first] = lines;
    const last = lines.at(-1);
    if (first && last) places.push({ element, first: onPage(first), last: onPage(last) });
  }
  stopWatching();
  return forced ? found : [...orderFindings(order, places), ...found];
}

/** A focused element off the screen, without a size, or covered by another. */
function placeFindings(element: Element): ProbeFinding[] {
  const boxes = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
  const [first] = boxes;
  if (!first)
    return [
      finding(
        'no-size',
        '2.4.7',
        `${described(element)} takes focus but has no size on screen: nothing shows where focus is. Hide it from the keyboard too (hidden, or inert), or show it.`,
        element,
      ),
    ];
  if (first.right <= 0 || first.bottom <= 0 || first.left >= innerWidth || first.top >= innerHeight)
    return [
      finding(
        'off-screen',
        '2.4.7',
        `${described(element)} takes focus off the screen, where no one sees it: bring it into view on focus (as a skip link does).`,
        element,
      ),
    ];
  // WCAG 2.4.11 fails only when focus is entirely hidden: covered at its middle and at each corner of every line.
  const visible = boxes.some((box) => {
    const inset = Math.min(2, box.width / 4, box.height / 4);
    const points: [number, number][] = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    return points.some(([x, y]) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      const top = document.elementFromPoint(x, y);
      return top !== null && (top === element || element.contains(top));
    });
  });
  if (visible) return [];
  const cover = document.elementFromPoint(first.left + first.width / 2, first.top + first.height / 2);
  return [
    finding(
      'obscured',
      '2.4.11',
      `${described(element)} is hidden behind ${cover ? described(cover) : 'another element'} when it has focus: keep sticky or fixed content from covering what takes focus (scroll-padding, or no fixed overlay).`,
      element,
    ),
  ];
}

/** Tab order against reading order: the document's order, and down (then along) the page. */
function orderFindings(order: readonly Element[], places: readonly FocusedPlace[]): ProbeFinding[] {
  const reading = [...order].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const index = order.findIndex((element, place) => element !== reading[place]);
  const found: ProbeFinding[] = [];
  const expected = reading[index];
  const actual = order[index];
  if (index >= 0 && expected && actual)
    found.push(
      finding(
        'order',
        '2.4.3',
        `Tab goes to ${described(actual)} before ${described(expected)}, which comes first in the reading order: remove positive tabindex values, and keep the visual order the source order.`,
        actual,
      ),
    );
  for (const [at, place] of places.entries()) {
    const previous = places[at - 1];
    const way = previous && backwards(previous.last, place.first, getComputedStyle(place.element).direction === 'rtl');
    if (previous && way)
      found.push(
        finding(
          'visual-order',
          '2.4.3',
          `Tab goes from ${described(previous.element)} back ${way} to ${described(place.element)}: the page's layout reorders what the source has in order (flex or grid order, row-reverse, absolute position). Keep the visual order the source order.`,
          place.element,
        ),
      );
  }
  return found;
}

/**
 * Whether `next` (the first line of the element focused now) comes before
 * `previous` (the last line of the one before) as the page is read: up the
 * same column ("up"), or back along the same line ("along the line"). A move
 * up into another column (a sidebar after the main text) is a reading
 * order of its own, not counted.
 */
function backwards(previous: DOMRect, next: DOMRect, rtl: boolean): 'up' | 'along the line' | undefined {
  const sameColumn = next.left < previous.right && next.right > previous.left;
  if (next.bottom <= previous.top - 1) return sameColumn ? 'up' : undefined;
  // On the same line: their middles within each other's height.
  const sameLine = next.top + next.height / 2 > previous.top && next.top + next.height / 2 < previous.bottom;
  const before = rtl ? next.left > previous.right + 1 : next.right < previous.left - 1;
  return sameLine && before ? 'along the line' : undefined;
}
