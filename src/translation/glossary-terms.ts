/** Finding a glossary term in running text. */

/**
 * Whether `text` has `term` as a whole word or phrase, ignoring case, with a
 * plural ending allowed (“organization” matches “organizations”). A term of
 * symbols only (`$`, `%`) matches anywhere.
 */
export function containsTerm(text: string, term: string): boolean {
  const normalized = text.replace(/\s+/gu, ' ');
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  if (!/[\p{L}\p{N}]/u.test(term)) return new RegExp(escaped, 'u').test(normalized);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu').test(normalized);
}
