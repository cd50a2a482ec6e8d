/**
 * A string that a site may insert as HTML (a UI string, a page title) goes
 * through the fragments' sanitizer: parsed as an HTML fragment, sanitized
 * with the same schema, and compared. Text without markup is unchanged; so is
 * markup the schema allows. Anything the sanitizer would remove or rewrite
 * is reported, so the bundles only hold strings that are safe as HTML.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { fragmentSchema } from './sanitize-schema.ts';

export interface StringSanitizeResult {
  /** True when the sanitizer leaves the string as it is. */
  readonly safe: boolean;
  /** The string as parsed HTML (for messages). */
  readonly before: string;
  /** The same, sanitized. */
  readonly after: string;
}

const schema = fragmentSchema({ clobberPrefix: 'string-' });

export function sanitizeString(value: string): StringSanitizeResult {
  // No `<` means no element, comment or doctype: plain text (an `&` is only a character reference).
  if (!value.includes('<')) return { safe: true, before: value, after: value };
  const tree: Root = fromHtml(value, { fragment: true });
  const before = toHtml(tree);
  const after = toHtml(sanitize(tree, schema));
  return { safe: before === after, before, after };
}

/** A message part that shows what the sanitizer does to a string, shortened. */
export function describeSanitized(result: StringSanitizeResult): string {
  const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
  return `\`${clip(result.before)}\` would become \`${clip(result.after)}\``;
}
