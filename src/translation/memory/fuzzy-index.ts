/**
 * Finding fuzzy matches in a large memory without scoring every entry: an
 * entry can score at least `threshold` only if it is of a comparable length
 * and holds most of the query's distinct words, so only the entries listed
 * under the query's rarest words are candidates (prefix filtering), and
 * only those are scored (fuzzy-score.ts).
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
  return {
    find(words, threshold, limit) {
      const distinct = [...new Set(words)].sort(
        (a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0),
      );
      // At most this many words may differ from a match of the threshold (its length is at most n / t).
      const allowed = Math.floor((1 - threshold / 100) * Math.max(words.length, words.length / (threshold / 100)));
      const scanned = distinct.slice(0, Math.min(distinct.length, allowed + 1));
      const candidates = new Set<number>();
      for (const word of scanned) for (const index of postings.get(word) ?? []) candidates.add(index);
      const found: FuzzyCandidate<Entry>[] = [];
      for (const index of candidates) {
        const candidate = entries[index];
        if (!candidate) continue;
        const ratio = candidate.words.length / Math.max(1, words.length);
        if (ratio < threshold / 100 || ratio > 100 / threshold) continue;
        const score = fuzzyScore(words, candidate.words);
        if (score >= threshold) found.push({ entry: candidate.entry, score });
      }
      return found.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
