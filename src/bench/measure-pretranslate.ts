/**
 * `pretranslate`: a new page of 300 units against a synthetic memory of
 * 100,000 (sentences of 8 to 30 words from a vocabulary of 6,000, with a
 * Zipf-like spread, as text has), a section per unit. A third of the page's units are in the
 * memory word for word, a third differ from an entry by two words, a third
 * are new. Measured in this process, from the memory's entries: making the
 * memory and filling the page's exact matches (what `pretranslate` does
 * after compiling the site), then finding the fuzzy matches of every unit
 * (what `export` and `status` add).
 */
import type { Inline } from '../pipeline/inline-runs.ts';
import { seededRandom } from './seeded-random.ts';
import { pretranslate } from '../translation/memory/pretranslate.ts';
import { documentMatches, translationMemory, type MemoryEntry } from '../translation/memory/translation-memory.ts';
import type { UnitDocument } from '../translation/unit.ts';

export interface PretranslateResult {
  readonly memoryUnits: number;
  readonly pageUnits: number;
  /** Making the memory and filling the exact matches. */
  readonly milliseconds: number;
  readonly filled: number;
  /** Finding the fuzzy matches of every unit, once the memory is made. */
  readonly fuzzyMilliseconds: number;
  readonly offered: number;
}

function sentences(count: number, next: () => number): string[][] {
  const vocabulary = Array.from({ length: 6000 }, (_, index) => `word${index.toString(36)}`);
  // Rank r is drawn with probability about 1/r: few words are common, most rare.
  const word = () =>
    vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(next() * Math.log(6000))) - 1)] ?? 'word0';
  return Array.from({ length: count }, () => Array.from({ length: 8 + Math.floor(next() * 23) }, word));
}

const asText = (words: readonly string[]): Inline[] => [`${words.join(' ')}.`];

export function measurePretranslate(memoryUnits = 100_000, pageUnits = 300): PretranslateResult {
  const next = seededRandom(20_261_206);
  const memorySentences = sentences(memoryUnits, next);
  const entries: MemoryEntry[] = memorySentences.map((words, index) => ({
    lang: 'es',
    source: asText(words),
    target: asText(words.map((word) => `${word}-es`)),
    origin: `content/es/page-${Math.floor(index / 300)}.md#intro.${(index % 300) + 1}`,
  }));
  const fresh = sentences(pageUnits, next);
  const units = fresh.map((words, index) => {
    const base = memorySentences[Math.floor(next() * memorySentences.length)] ?? words;
    const kind = index % 3;
    const changed = base.map((word, at) => (at === 1 || at === base.length - 2 ? `${word}x` : word));
    const source = kind === 0 ? base : kind === 1 ? changed : words;
    // A section per unit: pretranslate fills whole sections.
    return {
      id: `s${index + 1}.1`,
      kind: 'paragraph' as const,
      section: `s${index + 1}`,
      source: { text: `${source.join(' ')}.`, content: asText(source), file: 'content/en/new.md' },
      status: 'missing' as const,
    };
  });
  const document: UnitDocument = {
    kind: 'page',
    id: 'new',
    sourceLanguage: 'en',
    lang: 'es',
    sourcePath: 'content/en/new.md',
    targetPath: 'content/es/new.md',
    units,
  };
  const started = performance.now();
  const memory = translationMemory(entries);
  const plan = pretranslate(document, memory);
  const filledAt = performance.now();
  const matches = documentMatches(document, memory);
  const fuzzyAt = performance.now();
  return {
    memoryUnits,
    pageUnits,
    milliseconds: filledAt - started,
    filled: plan.filled.size,
    fuzzyMilliseconds: fuzzyAt - filledAt,
    offered: matches.size,
  };
}
