/**
 * Finding fuzzy matches in a large memory without scoring every entry. An
 * entry scoring at least the threshold t differs from a query of n words in
 * at most d = ⌊(1 − t)·max(n, n/t)⌋ words (its length is at most n/t), so it
 * lacks at most d of the query's distinct words:
 *
 * - of the query's d + 1 rarest words, it has at least one: only the
 *   entries listed under them are candidates (prefix filtering);
 * - of any k of the query's words whose lists are read, it has at least
 *   k − d: the lists of every word not too common are read, and an entry
 *   with fewer hits is dropped before it is scored (count filtering);
 * - its length is within [t·n, n/t] (length filtering).
 *
 * Only the entries left are scored (fuzzy-score.ts): the same matches as
 * scoring every entry, which the tests check.
 */
import { fuzzyScore } from './fuzzy-score.ts';

export interface FuzzyCandidate<Entry> {
  readonly entry: Entry;
  readonly score: number;
}

export interface FuzzyIndex<Entry> {
  /** Entries scoring at least `threshold` (0–100), best first, at most `limit`. */
  find(words: readonly string[], threshold: number, limit: number): FuzzyCandidate<Entry>[];
}

/** A list longer than this is read only when the prefix filter needs it: counting hits there costs more than it saves. */
const longList = 2_000;

export function fuzzyIndex<Entry>(
  entries: readonly { readonly entry: Entry; readonly words: readonly string[] }[],
): FuzzyIndex<Entry> {
  const postings = new Map<string, number[]>();
  entries.forEach(({ words }, index) => {
    for (const word of new Set(words)) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  // Hits per entry for the current query, reset by a query number instead of clearing.
  const hits = new Uint16Array(entries.length);
  const seenBy = new Uint32Array(entries.length);
  let query = 0;
  return {
    find(words, threshold, limit) {
      query += 1;
      const t = threshold / 100;
      const distinct = [...new Set(words)].sort(
        (a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0),
      );
      const allowed = Math.floor((1 - t) * Math.max(words.length, words.length / t));
      const read = distinct.filter((word, rank) => rank <= allowed || (postings.get(word)?.length ?? 0) <= longList);
      const candidates: number[] = [];
      read.forEach((word, rank) => {
        for (const index of postings.get(word) ?? []) {
          if (seenBy[index] !== query) {
            // A new candidate comes only from the prefix: one missing all of it cannot match.
            if (rank > allowed) continue;
            seenBy[index] = query;
            hits[index] = 0;
            candidates.push(index);
          }
          hits[index] = (hits[index] ?? 0) + 1;
        }
      });
      const needed = read.length - allowed;
      const found: FuzzyCandidate<Entry>[] = [];
      for (const index of candidates) {
        const candidate = entries[index];
        if (!candidate || (hits[index] ?? 0) < needed) continue;
        const ratio = candidate.words.length / Math.max(1, words.length);
        if (ratio < t || ratio > 1 / t) continue;
        const score = fuzzyScore(words, candidate.words);
        if (score >= threshold) found.push({ entry: candidate.entry, score });
      }
      return found.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
