/**
 * Fuzzy scores and the index that finds them: the index (prefix filtering on
 * the rarest words) finds exactly what scoring every entry finds.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/seeded-random.ts';
import { fuzzyIndex } from '../../src/translation/memory/fuzzy-index.ts';
import { fuzzyScore, matchWords, wordDistance } from '../../src/translation/memory/fuzzy-score.ts';

describe('fuzzy scores', () => {
  it('compare words, ignoring case, codes and punctuation', () => {
    const code = { kind: 'standalone', id: '1', type: 'code', original: '`x`' } as const;
    expect(matchWords(['The Embassy, ', code, ' in 2021.'])).toEqual(['the', 'embassy', 'in', '2021']);
    expect(wordDistance(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toBe(2);
    expect(fuzzyScore(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'e'])).toBe(75);
    expect(fuzzyScore(['a'], ['a'])).toBe(100);
  });
});

describe('the fuzzy index', () => {
  it('finds what scoring every entry finds, at several thresholds', () => {
    const next = seededRandom(7);
    const vocabulary = Array.from({ length: 40 }, (_, index) => `w${index}`);
    const sentence = () =>
      Array.from({ length: 3 + Math.floor(next() * 12) }, () => vocabulary[Math.floor(next() * next() * 40)] ?? 'w0');
    const entries = Array.from({ length: 600 }, (_, index) => ({ entry: index, words: sentence() }));
    const index = fuzzyIndex(entries);
    for (let query = 0; query < 60; query++) {
      const base = entries[Math.floor(next() * entries.length)]?.words ?? [];
      const words = base.map((word) => (next() < 0.15 ? (vocabulary[Math.floor(next() * 40)] ?? word) : word));
      for (const threshold of [60, 75, 90]) {
        const expected = entries
          .map(({ entry, words: other }) => ({ entry, score: fuzzyScore(words, other) }))
          .filter(({ score }) => score >= threshold)
          .map(({ entry }) => entry)
          .sort((a, b) => a - b);
        const found = index
          .find(words, threshold, entries.length)
          .map(({ entry }) => entry)
          .sort((a, b) => a - b);
        expect(found, `${words.join(' ')} at ${threshold}`).toEqual(expected);
      }
    }
  });
});
