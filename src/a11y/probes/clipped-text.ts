/**
 * Text a reader cannot read whole in the page's present state: a box whose
 * content is taller or wider than the box, and that hides its overflow
 * (the text is cut off) or has a fixed height (the text runs over what
 * follows). The reflow, text spacing and text zoom checks run it after
 * changing the page (a narrow window, the WCAG spacing, larger text).
 * Boxes placed off the screen or shrunk to a pixel on purpose (text only
 * for screen readers, a skip link before it has focus) and scroll
 * containers, whose content the reader can scroll to, are not counted.
 */
import { offScreen, styleReader } from './boxes.ts';
import { described, finding, type ProbeFinding } from './finding.ts';

/** Overflow values that cut content off. */
const cutting = new Set(['hidden', 'clip']);
const scrolling = new Set(['auto', 'scroll']);

export function clippedText(code: string, criterion: string, when: string): ProbeFinding[] {
  const style = styleReader();
  const found: ProbeFinding[] = [];
  for (const box of document.body.querySelectorAll('*')) {
    if (!box.textContent?.trim() || box.closest('script, style, noscript, template')) continue;
    const problem = lostText(box, style(box));
    if (problem) found.push(finding(code, criterion, `${when}, ${problem}`, box));
  }
  return found;
}

function lostText(box: Element, style: CSSStyleDeclaration): string | undefined {
  const { overflowX, overflowY, display } = style;
  if (display === 'inline' || display === 'contents' || display === 'none') return undefined;
  if (scrolling.has(overflowX) || scrolling.has(overflowY)) return undefined;
  const taller = box.scrollHeight > box.clientHeight + 1;
  const wider = box.scrollWidth > box.clientWidth + 1;
  if ((!taller && !wider) || offScreen(box.getBoundingClientRect())) return undefined;
  // A box of a pixel or none is text for screen readers only (the visually-hidden pattern): nothing on screen to lose.
  if (box.clientWidth <= 1 || box.clientHeight <= 1) return undefined;
  if (taller && cutting.has(overflowY))
    return `the text of ${described(box)} is cut off at the bottom: the box hides its overflow. Let it grow with its text (min-height instead of height, no max-height).`;
  if (wider && cutting.has(overflowX))
    return `the text of ${described(box)} is cut off at the side: the box hides its overflow. Let it grow with its text (no fixed width, or min-width instead).`;
  if (taller && heldDown(box))
    return `the text of ${described(box)} runs out of its box, whose height is fixed, over what follows. Let it grow with its text (min-height instead of height).`;
  return undefined;
}

/** Whether a box's height is set (height, max-height): it grows when they are lifted. Borders and outlines of inline content may reach past a box that grows with its content; they are not text lost. */
function heldDown(box: Element): boolean {
  if (!(box instanceof HTMLElement)) return false;
  const before = box.clientHeight;
  const attribute = box.getAttribute('style');
  box.style.setProperty('height', 'auto', 'important');
  box.style.setProperty('max-height', 'none', 'important');
  const grown = box.clientHeight > before + 1;
  if (attribute === null) box.removeAttribute('style');
  else box.setAttribute('style', attribute);
  return grown;
}
