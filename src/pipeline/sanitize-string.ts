/**
 * UI strings and page titles are plain text: the run-time layer inserts them
 * as text, but a site may insert them with innerHTML, and i18next resolves
 * them first. So each one is parsed as HTML and put through the fragments'
 * sanitizer, and refused if it holds any markup (saying what the sanitizer
 * would make of it) or i18next syntax that bypasses escaping or checking:
 * `{{- value}}` (inserted unescaped) and nesting with options
 * (`$t(key, {"defaultValue": …})`, which brings in text no check sees).
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { fragmentSchema } from './sanitize-schema.ts';

const schema = fragmentSchema({ clobberPrefix: 'string-' });
const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** Why a string is not plain text that is safe as HTML too; undefined when it is. */
export function plainTextProblem(value: string): string | undefined {
  if (/\{\{-/.test(value)) {
    return 'uses `{{- …}}`, which i18next inserts without escaping: write `{{…}}`';
  }
  if (/\$t\([^)]*,/.test(value)) {
    return 'nests with options (`$t(key, {…})`), which can bring in text no check sees: write `$t(key)`';
  }
  // No `<` means no element, comment or doctype: plain text (an `&` is only a character reference).
  if (!value.includes('<')) return undefined;
  const tree: Root = fromHtml(value, { fragment: true });
  if (tree.children.every((node) => node.type === 'text')) return undefined;
  const before = toHtml(tree);
  const after = toHtml(sanitize(tree, schema));
  if (before !== after) return `has markup the sanitizer removes: \`${clip(before)}\` would become \`${clip(after)}\`; scripts, event handlers and javascript: links are never allowed`;
  return `has markup (\`${clip(before)}\`), which the page would show as written: it is plain text, write it without tags`;
}
