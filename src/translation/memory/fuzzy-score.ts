/**
 * How alike two source texts are, for fuzzy matches: their words (codes
 * dropped, case and accents' composition normalised; a word is a run of
 * letters and digits, joined by an apostrophe, a point or a comma between
 * two of them: `don't`, `U.S`, `71,000`), compared by edit distance
 * over words. The score is 100 × (1 − distance / the longer's word count),
 * rounded down: 100 only when the words are the same (an exact match also
 * needs the same codes), 75 when a quarter of them differ.
 */
import type { Inline } from '../../pipeline/inline-runs.ts';

// A regular expression rather than Intl.Segmenter: as good for English and Spanish, and ten times faster on a large memory.
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’.,][\p{L}\p{M}\p{N}]+)*/gu;

/** A text's words, normalised: what fuzzy matches compare. */
export function matchWords(content: readonly Inline[]): string[] {
  const text = content
    .map((run) => (typeof run === 'string' ? run : ' '))
    .join('')
    .normalize('NFKC')
    .toLowerCase();
  return text.match(wordPattern) ?? [];
}

/** Word edit distance (insertions, deletions, substitutions), in two rows of memory. */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The fuzzy score of two word lists, from 0 to 100. */
export function fuzzyScore(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 100;
  return Math.floor(100 * (1 - wordDistance(a, b) / longer));
}
