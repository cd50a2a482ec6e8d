/**
 * A unit document as XLIFF 1.2, the version most translation tools read.
 *
 * One `<file>` per document: `original` is the source file, `datatype` says
 * whether it is a page (`x-markdown`) or a UI namespace (`x-i18next-json`),
 * and `product-name` carries the document id (1.2 has no attribute of its own
 * for it). Each unit is a `<trans-unit>` whose `<target state>` records its
 * status. Codes are `<g>` (a pair) and `<x/>` (a standalone); 1.2 keeps no
 * original data, so importing maps their ids back to the source's codes.
 */
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import { exportedTarget12 } from './exported-target.ts';
import type { Inline } from '../../pipeline/inline-runs.ts';
import type { TranslationUnit, UnitDocument } from '../unit.ts';
import { numbersNote, type FuzzyMatch } from '../memory/translation-memory.ts';
import { ctype, displayText, nestCodes, type NestedRun } from './codes.ts';
import { escapedText, needsPreservedSpace, serializeXml, textOf, unrepresentableCharacter } from './xml.ts';

export const namespace12 = 'urn:oasis:names:tc:xliff:document:1.2';

/** `datatype` of each kind of document. */
export const datatypes12 = { page: 'x-markdown', namespace: 'x-i18next-json' } as const;

const contentElements = new Set(['source', 'target', 'note', 'prop']);

/**
 * `matches`: fuzzy matches from the translation memory, by unit id, each an
 * `<alt-trans>` with its `match-quality` and `origin`, never a target.
 */
export function toXliff12(
  document: UnitDocument,
  matches: ReadonlyMap<string, readonly FuzzyMatch[]> = new Map(),
): string {
  const file = x(
    'file',
    {
      original: document.sourcePath,
      'source-language': document.sourceLanguage,
      'target-language': document.lang,
      datatype: datatypes12[document.kind],
      'product-name': document.id,
    },
    [
      x(
        'body',
        document.units.map((unit) => transUnit(unit, document.kind, matches.get(unit.id) ?? [])),
      ),
    ],
  );
  return serializeXml(x('xliff', { version: '1.2', xmlns: namespace12 }, [file]), contentElements);
}

function transUnit(unit: TranslationUnit, kind: UnitDocument['kind'], matches: readonly FuzzyMatch[]): Element {
  const target = unit.status === 'missing' ? undefined : unit.target;
  const texts = [textOf(unit.source.content), ...(target ? [textOf(target.content)] : [])];
  return x(
    'trans-unit',
    {
      id: unit.id,
      // A UI string's key, as tools that show resource names expect it.
      resname: kind === 'namespace' ? unit.id : undefined,
      'xml:space': needsPreservedSpace(texts) ? 'preserve' : undefined,
    },
    [
      x('source', inline(unit.source.content, unit.id)),
      target ? x('target', targetState(unit), inline(target.content, unit.id)) : x('target', { state: 'new' }),
      // Translate Toolkit and the tools built on it show a developer's note to the translator.
      ...(unit.notes ?? []).map((note) => x('note', { from: 'developer' }, [text(note, unit.id)])),
      // The translation as exported, for the import to find a later local edit (exported-target.ts).
      exportedTarget12(unit.target?.text),
      ...matches.map((match) => altTrans(match, unit.id)),
    ],
  );
}

/** A stale unit, or one filled from memory and not confirmed, is for review: importing it unchanged confirms nothing. */
function targetState(unit: TranslationUnit): Record<string, string> {
  if (unit.memory !== undefined) return { state: 'needs-review-translation', 'state-qualifier': 'leveraged-tm' };
  return { state: unit.status === 'stale' ? 'needs-review-translation' : 'translated' };
}

function altTrans(match: FuzzyMatch, unitId: string): Element {
  return x('alt-trans', { 'match-quality': String(match.score), origin: match.origin }, [
    x('source', inline(match.source, unitId)),
    x('target', inline(match.target, unitId)),
    ...(match.numbers ? [x('note', { from: 'embassy-content' }, [text(numbersNote(match.numbers), unitId)])] : []),
  ]);
}

function inline(content: readonly Inline[], unitId: string): ElementContent[] {
  return nestCodes(content).map((run) => nested(run, unitId));
}

function nested(run: NestedRun, unitId: string): ElementContent {
  if (typeof run === 'string') return text(run, unitId);
  if (run.kind === 'standalone') {
    return x('x', { id: run.code.id, ctype: ctype(run.code.type, 'standalone'), 'equiv-text': displayText(run.code) });
  }
  return x(
    'g',
    { id: run.open.id, ctype: ctype(run.open.type, 'pair') },
    run.children.map((child) => nested(child, unitId)),
  );
}

function text(value: string, unitId: string): ElementContent {
  const character = unrepresentableCharacter.exec(value)?.[0];
  if (character !== undefined) {
    // 1.2 has no way to carry it (2.0 has `<cp>`): refuse rather than drop it.
    const codePoint = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(
      `Unit \`${unitId}\` contains U+${codePoint}, which XLIFF 1.2 cannot carry; remove it from the text, or export XLIFF 2.0`,
    );
  }
  return escapedText(value);
}
