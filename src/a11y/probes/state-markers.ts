/**
 * Marks of state (the current language, the current page, a selected tab)
 * told apart from their neighbours by something other than colour. Each
 * marked element is compared with an unmarked one of its group (the same
 * tag in the same list or navigation): in the page's colours, a difference
 * of colour alone fails WCAG 1.4.1; in forced colours, where the system's
 * colours replace the page's, no difference left means the mark is gone.
 */
import { shown } from './boxes.ts';
import { described, finding, type ProbeFinding } from './finding.ts';
import { differences, visibleStyle } from './styles-compared.ts';

const marked =
  '[aria-current]:not([aria-current="false"]), [aria-selected="true"], [aria-pressed="true"], [aria-checked="true"]';
const groups = 'ul, ol, nav, [role="tablist"], [role="listbox"], [role="radiogroup"], [role="toolbar"], [role="menu"]';

export function stateMarkers(forced: boolean): ProbeFinding[] {
  const found: ProbeFinding[] = [];
  for (const element of document.querySelectorAll(marked)) {
    const group = element.closest(groups);
    // A neighbour of the same tag, else any link or button of the group (a current item may be a span among links).
    const unmarked = (selector: string) =>
      [...(group?.querySelectorAll(selector) ?? [])].find(
        (candidate) => candidate !== element && !candidate.matches(marked) && shown(candidate),
      );
    const peer = unmarked(element.tagName) ?? unmarked('a[href], button');
    if (!peer || !shown(element)) continue;
    const { shape, colour } = differences(visibleStyle(element), visibleStyle(peer));
    if (shape.length > 0) continue;
    const state = stateName(element);
    if (forced && colour.length === 0)
      found.push(
        finding(
          'state-lost',
          '1.4.1',
          `In forced colours (Windows high contrast), ${described(element)}, the ${state}, looks like ${described(peer)}: its mark was colour alone, and the system's colours replaced it. Mark it by shape too (bold, an underline or a border: borders keep a system colour).`,
          element,
        ),
      );
    else if (!forced && colour.length > 0)
      found.push(
        finding(
          'colour-only',
          '1.4.1',
          `${described(element)}, the ${state}, differs from ${described(peer)} only by colour (${colour.join(', ')}): a reader who does not see colours, or uses forced colours, cannot tell it. Mark it by shape too (bold, an underline or a border).`,
          element,
        ),
      );
  }
  return found;
}

function stateName(element: Element): string {
  if (element.getAttribute('aria-current') === 'page') return 'current page';
  if (element.hasAttribute('aria-current')) return 'current item';
  return 'selected item';
}
