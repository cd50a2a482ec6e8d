/**
 * The site's translation memory: every current translation of a unit, per
 * target language, with its source (text and codes) and where it is. A
 * translation counts once the translator confirmed it: a unit filled from
 * memory and not confirmed since is not offered again, so that nothing
 * spreads unreviewed. Entries from a TMX file join those of the site.
 *
 * An exact match is a source with the same key (exact-key.ts). When the
 * memory holds two different translations of it, the match is a conflict,
 * which pretranslate leaves to the translator with both candidates.
 */
import type { Inline } from '../../pipeline/inline-runs.ts';
import type { UnitDocument } from '../unit.ts';
import { numberTokens, type NumberToken } from '../numbers.ts';
import { exactKey } from './exact-key.ts';
import { fuzzyIndex, type FuzzyIndex } from './fuzzy-index.ts';
import { matchWords } from './fuzzy-score.ts';

const plainText = (content: readonly Inline[]): string =>
  content.map((run) => (typeof run === 'string' ? run : ' ')).join('');

export interface MemoryEntry {
  readonly lang: string;
  readonly source: readonly Inline[];
  readonly target: readonly Inline[];
  /** Where the translation is: `content/es/mexico.md#intro.1`, or a TMX file and its unit. */
  readonly origin: string;
}

/** What the memory holds for a source: one translation (with every place it is), or several. */
export type ExactMatch =
  | {
      readonly kind: 'match';
      /** The source as the memory has it (its codes' ids are those of `target`). */
      readonly source: readonly Inline[];
      readonly target: readonly Inline[];
      readonly origins: readonly string[];
    }
  | { readonly kind: 'conflict'; readonly candidates: readonly MemoryEntry[] };

/** A translation of a similar source, offered to the translator, never inserted. */
export interface FuzzyMatch extends MemoryEntry {
  /** 0–100 (fuzzy-score.ts). */
  readonly score: number;
  /** The numbers that differ, as written in the new source and in the match's: to check in the translation. */
  readonly numbers?: { readonly source: readonly string[]; readonly match: readonly string[] };
}

export interface FuzzyOptions {
  /** The lowest score offered (default 75). */
  readonly threshold?: number;
  /** The most matches offered (default 3). */
  readonly limit?: number;
}

export interface TranslationMemory {
  /** The memory's translations of this source into `lang`; undefined when it has none. */
  exact(lang: string, source: readonly Inline[]): ExactMatch | undefined;
  /** Translations of similar sources into `lang`, best first; an exact match is not among them. */
  fuzzy(lang: string, source: readonly Inline[], options?: FuzzyOptions): FuzzyMatch[];
  /** How many entries it holds. */
  readonly size: number;
}

/** Where a unit's translation is, as an origin. */
export const unitOrigin = (document: UnitDocument, unit: string): string => `${document.targetPath}#${unit}`;

/** The confirmed translations of the site's documents (by target language), as memory entries. */
export function siteEntries(documents: ReadonlyMap<string, readonly UnitDocument[]>): MemoryEntry[] {
  const entries: MemoryEntry[] = [];
  for (const [lang, list] of documents)
    for (const document of list)
      for (const unit of document.units) {
        if (unit.status !== 'translated' || !unit.target || unit.memory !== undefined) continue;
        entries.push({
          lang,
          source: unit.source.content,
          target: unit.target.content,
          origin: unitOrigin(document, unit.id),
        });
      }
  return entries;
}

/** The numbers of two sources that differ (by value), as written in each; undefined when they have the same. */
function differentNumbers(source: string, match: string, locale: string): FuzzyMatch['numbers'] {
  const mine = numberTokens(source, locale);
  const theirs = numberTokens(match, locale);
  const values = (tokens: readonly NumberToken[]) => tokens.map((token) => token.value);
  const only = (tokens: readonly NumberToken[], others: readonly number[]) =>
    tokens.filter((token) => !others.includes(token.value)).map((token) => token.raw);
  const own = only(mine, values(theirs));
  const other = only(theirs, values(mine));
  return own.length > 0 || other.length > 0 ? { source: own, match: other } : undefined;
}

/** The memory of these entries, whose sources are in `sourceLanguage`. */
export function translationMemory(entries: readonly MemoryEntry[], sourceLanguage = 'en'): TranslationMemory {
  const byKey = new Map<string, MemoryEntry[]>();
  for (const entry of entries) {
    const key = `${entry.lang}\u0002${exactKey(entry.source)}`;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  // Each language's index is made on its first fuzzy search: pretranslate needs none.
  const indexes = new Map<string, FuzzyIndex<MemoryEntry>>();
  const indexOf = (lang: string): FuzzyIndex<MemoryEntry> => {
    let index = indexes.get(lang);
    if (!index) {
      // One entry per distinct source and translation.
      const distinct = new Map(
        entries
          .filter((entry) => entry.lang === lang)
          .map((entry) => [`${exactKey(entry.source)}\u0002${exactKey(entry.target)}`, entry]),
      );
      index = fuzzyIndex([...distinct.values()].map((entry) => ({ entry, words: matchWords(entry.source) })));
      indexes.set(lang, index);
    }
    return index;
  };
  return {
    size: entries.length,
    fuzzy(lang, source, options = {}) {
      const key = exactKey(source);
      const text = plainText(source);
      return indexOf(lang)
        .find(matchWords(source), options.threshold ?? 75, (options.limit ?? 3) + 1)
        .filter(({ entry }) => exactKey(entry.source) !== key)
        .slice(0, options.limit ?? 3)
        .map(({ entry, score }) => {
          const numbers = differentNumbers(text, plainText(entry.source), sourceLanguage);
          return { ...entry, score: numbers && score === 100 ? 99 : score, ...(numbers ? { numbers } : {}) };
        });
    },
    exact(lang, source) {
      const found = byKey.get(`${lang}\u0002${exactKey(source)}`);
      const first = found?.[0];
      if (!found || !first) return undefined;
      const targets = new Map(found.map((entry) => [exactKey(entry.target), entry]));
      if (targets.size > 1) return { kind: 'conflict', candidates: [...targets.values()] };
      return { kind: 'match', source: first.source, target: first.target, origins: found.map((entry) => entry.origin) };
    },
  };
}

/** Each unit of a document that needs a translation (missing or stale), with the fuzzy matches the memory offers for it. */
export function documentMatches(
  document: UnitDocument,
  memory: TranslationMemory,
  options: FuzzyOptions = {},
): Map<string, FuzzyMatch[]> {
  const matches = new Map<string, FuzzyMatch[]>();
  for (const unit of document.units) {
    if (unit.status !== 'missing' && unit.status !== 'stale') continue;
    // A unit's own earlier translation is not a match for it.
    const own = unitOrigin(document, unit.id);
    const found = memory.fuzzy(document.lang, unit.source.content, options).filter((match) => match.origin !== own);
    if (found.length > 0) matches.set(unit.id, found);
  }
  return matches;
}

/** What a fuzzy match's differing numbers are, in words for the translator. */
export function numbersNote(numbers: NonNullable<FuzzyMatch['numbers']>): string {
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : 'none');
  return `Numbers differ: ${list(numbers.source)} in this source, ${list(numbers.match)} in the match's. Check them in its translation.`;
}
