/**
 * What pretranslate fills in a document: each missing unit whose source the
 * memory holds exactly, with the memory's translation and where it is; and
 * each missing unit the memory holds two different translations of, left
 * to the translator with both. A section is written whole, so its units are
 * filled only when the memory has every one of them; the others are listed.
 */
import type { Inline, InlineCode } from '../../pipeline/inline-runs.ts';
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
    if (match?.kind === 'match')
      filled.set(unit.id, {
        target: ownCodes(match.source, match.target, unit.source.content),
        origin: match.origins[0] ?? '',
      });
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

/**
 * The memory's translation with the unit's own codes: an exact match has the
 * same codes in the same order, so the n-th of the match's source is the
 * n-th of the unit's, whose id and type (a TMX from another tool has none)
 * the translation's codes take; a code of the translation's own keeps its.
 */
function ownCodes(matchSource: readonly Inline[], target: readonly Inline[], unitSource: readonly Inline[]): Inline[] {
  const codes = (content: readonly Inline[]) => content.filter((run): run is InlineCode => typeof run !== 'string');
  const unitCodes = codes(unitSource);
  const byId = new Map<string, InlineCode>();
  codes(matchSource).forEach((code, index) => {
    const own = unitCodes[index];
    if (own) byId.set(`${code.kind === 'close' ? 'close' : 'open'}\u0000${code.id}`, own);
  });
  return target.map((run) => {
    if (typeof run === 'string') return run;
    const own = byId.get(`${run.kind === 'close' ? 'close' : 'open'}\u0000${run.id}`);
    return own ? { ...run, id: own.id, type: own.type } : run;
  });
}
