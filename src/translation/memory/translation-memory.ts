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
import { exactKey } from './exact-key.ts';

export interface MemoryEntry {
  readonly lang: string;
  readonly source: readonly Inline[];
  readonly target: readonly Inline[];
  /** Where the translation is: `content/es/mexico.md#intro.1`, or a TMX file and its unit. */
  readonly origin: string;
}

/** What the memory holds for a source: one translation (with every place it is), or several. */
export type ExactMatch =
  | { readonly kind: 'match'; readonly target: readonly Inline[]; readonly origins: readonly string[] }
  | { readonly kind: 'conflict'; readonly candidates: readonly MemoryEntry[] };

export interface TranslationMemory {
  /** The memory's translations of this source into `lang`; undefined when it has none. */
  exact(lang: string, source: readonly Inline[]): ExactMatch | undefined;
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

export function translationMemory(entries: readonly MemoryEntry[]): TranslationMemory {
  const byKey = new Map<string, MemoryEntry[]>();
  for (const entry of entries) {
    const key = `${entry.lang}\u0002${exactKey(entry.source)}`;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  return {
    size: entries.length,
    exact(lang, source) {
      const found = byKey.get(`${lang}\u0002${exactKey(source)}`);
      const first = found?.[0];
      if (!found || !first) return undefined;
      const targets = new Map(found.map((entry) => [exactKey(entry.target), entry]));
      if (targets.size > 1) return { kind: 'conflict', candidates: [...targets.values()] };
      return { kind: 'match', target: first.target, origins: found.map((entry) => entry.origin) };
    },
  };
}
