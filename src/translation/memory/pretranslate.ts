/**
 * What pretranslate fills in a document: each missing unit whose source the
 * memory holds exactly, with the memory's translation and where it is; and
 * each missing unit the memory holds two different translations of, left
 * to the translator with both. A section is written whole, so its units are
 * filled only when the memory has every one of them; the others are listed.
 */
import type { Inline } from '../../pipeline/inline-runs.ts';
import type { UnitDocument } from '../unit.ts';
import type { MemoryEntry, TranslationMemory } from './translation-memory.ts';

export interface Pretranslation {
  readonly document: UnitDocument;
  /** Unit id → the memory's translation, and where it came from. */
  readonly filled: ReadonlyMap<string, { readonly target: readonly Inline[]; readonly origin: string }>;
  readonly conflicts: readonly { readonly unit: string; readonly candidates: readonly MemoryEntry[] }[];
  /** Sections with some units matched, not filled: how many of their units the memory lacks. */
  readonly partial: readonly { readonly section: string; readonly unmatched: number; readonly units: number }[];
}

export function pretranslate(document: UnitDocument, memory: TranslationMemory): Pretranslation {
  const filled = new Map<string, { target: readonly Inline[]; origin: string }>();
  const conflicts: { unit: string; candidates: readonly MemoryEntry[] }[] = [];
  for (const unit of document.units) {
    if (unit.status !== 'missing') continue;
    const match = memory.exact(document.lang, unit.source.content);
    if (match?.kind === 'match') filled.set(unit.id, { target: match.target, origin: match.origins[0] ?? '' });
    else if (match?.kind === 'conflict') conflicts.push({ unit: unit.id, candidates: match.candidates });
  }
  const partial = [];
  for (const [section, units] of Map.groupBy(document.units, (unit) => unit.section ?? '')) {
    const matched = units.filter((unit) => filled.has(unit.id));
    if (section === '' || matched.length === 0 || matched.length === units.length) continue;
    for (const unit of matched) filled.delete(unit.id);
    partial.push({ section, unmatched: units.length - matched.length, units: units.length });
  }
  return { document, filled, conflicts, partial };
}
