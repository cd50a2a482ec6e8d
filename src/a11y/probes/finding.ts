/**
 * What a probe reports about an element of the page: the gate names it by a
 * CSS selector the build can match in the page's syntax tree, and traces it
 * to the Markdown line (browser-checks.ts).
 */
import { contextOf, selectorOf } from './element-names.ts';

export interface ProbeFinding {
  readonly code: string;
  readonly type: 'error' | 'warning';
  readonly message: string;
  /** The WCAG success criterion the finding fails, `1.4.10`. */
  readonly criterion: string;
  readonly selector: string;
  readonly context: string;
}

export function finding(
  code: string,
  criterion: string,
  message: string,
  element: Element | null,
  type: ProbeFinding['type'] = 'error',
): ProbeFinding {
  return { code, type, message, criterion, selector: selectorOf(element), context: contextOf(element) };
}

/** How a page names an element in a message: its tag and the start of its text. */
export function described(element: Element): string {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `<${element.tagName.toLowerCase()}>${text ? ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : ''}`;
}
