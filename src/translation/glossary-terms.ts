/** Finding a glossary term in running text. */

/**
 * Whether `text` has `term` as a whole word or phrase, ignoring case, with a
 * plural ending allowed (“organization” matches “organizations”). A term of
 * symbols only (`$`, `%`) matches anywhere.
 */
export function containsTerm(text: string, term: string): boolean {
  // The pattern matches any run of whitespace between a term's words, so the text needs no normalizing.
  return termPattern(term).test(text);
}

/** Compiled once per term: the checks ask about the same few terms in every unit. */
const termPatterns = new Map<string, RegExp>();

function termPattern(term: string): RegExp {
  let pattern = termPatterns.get(term);
  if (pattern === undefined) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    pattern = /[\p{L}\p{N}]/u.test(term)
      ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu')
      : new RegExp(escaped, 'u');
    termPatterns.set(term, pattern);
  }
  return pattern;
}
