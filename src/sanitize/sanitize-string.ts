/**
 * UI strings and page titles: the run-time layer inserts them as text, but a
 * site may insert them with innerHTML, and i18next resolves them first. So
 * each one is parsed as HTML and put through the fragments' sanitizer, and
 * refused if the sanitizer would change it (saying what it would make of
 * it), or, for a title, if it holds any markup at all; and refused if it
 * uses i18next syntax that bypasses escaping or checking:
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

export interface PlainTextOptions {
  /**
   * Whether markup the sanitizer leaves as it is may stay (default: no). UI
   * strings may carry it (`Read the <strong>report</strong>`, for sites that
   * insert them as HTML; the translation checks keep the tags in step); a
   * title may not, as `<title>` and the page's heading show it as text.
   */
  readonly allowSafeMarkup?: boolean;
}

/** Why a string is not plain text that is safe as HTML too; undefined when it is. */
export function plainTextProblem(value: string, options: PlainTextOptions = {}): string | undefined {
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
  if (before !== after)
    return `has markup the sanitizer removes: \`${clip(before)}\` would become \`${clip(after)}\`; scripts, event handlers and javascript: links are never allowed`;
  if (options.allowSafeMarkup === true) return undefined;
  return `has markup (\`${clip(before)}\`), which the page would show as written: it is plain text, write it without tags`;
}
