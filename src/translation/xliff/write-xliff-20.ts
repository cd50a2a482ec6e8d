/**
 * A unit document as XLIFF 2.0 (OASIS core, valid against its schema).
 *
 * One `<file>` per document: its `id` is the document id, `original` the
 * source file, and this project's `kind` attribute says page or namespace.
 * Each unit has one `<segment>` (`canResegment="no"`) whose `state` records
 * its status; a stale one is `initial` with the `subState` `embassy:stale`.
 * Codes are `<pc>` (a pair) and `<ph/>` (a standalone), and the unit's
 * `<originalData>` keeps what each stands for, exactly.
 */
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import { exportedTarget20, metadataNamespace } from './exported-target.ts';
import type { Inline, InlineCode } from '../../pipeline/inline-runs.ts';
import type { TranslationUnit, UnitDocument } from '../unit.ts';
import { numbersNote, type FuzzyMatch } from '../memory/translation-memory.ts';
import { codeKinds20, displayText, extensionNamespace, extensionPrefix, nestCodes, type NestedRun } from './codes.ts';
import {
  encodeNmtoken,
  escapedText,
  needsPreservedSpace,
  serializeXml,
  textOf,
  unrepresentableCharacter,
} from './xml.ts';

export const namespace20 = 'urn:oasis:names:tc:xliff:document:2.0';

/** The `subState` of a unit whose source changed since it was translated. */
export const staleSubState = `${extensionPrefix}:stale`;

/** The `subState` of a unit filled from the translation memory and not confirmed since. */
export const memorySubState = `${extensionPrefix}:memory`;

/** The attribute on `<file>` that says whether the document is a page or a namespace. */
export const kindAttribute = `${extensionPrefix}:kind`;

const contentElements = new Set(['source', 'target', 'note', 'data', 'mda:meta']);

/** The Translation Candidates module, which carries fuzzy matches. */
export const matchesNamespace = 'urn:oasis:names:tc:xliff:matches:2.0';

/**
 * `matches`: fuzzy matches from the translation memory, by unit id, in the
 * unit's `<mtc:matches>` (the Translation Candidates module), each with its
 * `matchQuality` and `origin`, never a target.
 */
export function toXliff20(
  document: UnitDocument,
  matches: ReadonlyMap<string, readonly FuzzyMatch[]> = new Map(),
): string {
  const file = x(
    'file',
    {
      id: encodeNmtoken(document.id),
      original: document.sourcePath,
      canResegment: 'no',
      [kindAttribute]: document.kind,
    },
    document.units.map((unit) => unitElement(unit, matches.get(unit.id) ?? [])),
  );
  const root = x(
    'xliff',
    {
      xmlns: namespace20,
      [`xmlns:${extensionPrefix}`]: extensionNamespace,
      'xmlns:mda': metadataNamespace,
      'xmlns:mtc': matches.size > 0 ? matchesNamespace : undefined,
      version: '2.0',
      srcLang: document.sourceLanguage,
      trgLang: document.lang,
    },
    [file],
  );
  return serializeXml(root, contentElements);
}

function unitElement(unit: TranslationUnit, matches: readonly FuzzyMatch[]): Element {
  const target = unit.status === 'missing' ? undefined : unit.target;
  const dataIds = originalDataIds([unit.source.content, target?.content ?? []]);
  const id = encodeNmtoken(unit.id);
  const notes = unit.notes ?? [];
  const segmentId = matches.length > 0 ? { id: 's1' } : {};
  const segment = x('segment', { ...segmentId, ...segmentState(unit, target !== undefined) }, [
    x('source', inline(unit.source.content, dataIds)),
    target ? x('target', inline(target.content, dataIds)) : undefined,
  ]);
  return x(
    'unit',
    {
      id,
      // The real id, for people and tools, when the NMTOKEN had to encode it.
      name: id === unit.id ? undefined : unit.id,
      'xml:space': needsPreservedSpace([textOf(unit.source.content), textOf(target?.content ?? [])])
        ? 'preserve'
        : undefined,
    },
    [
      // Modules' elements come first in a unit; this one records the translation as exported (exported-target.ts).
      exportedTarget20(unit.target?.text),
      matches.length > 0
        ? x(
            'mtc:matches',
            matches.map((match) => matchElement(match)),
          )
        : undefined,
      notes.length > 0
        ? x(
            'notes',
            notes.map((note) => x('note', characters(note))),
          )
        : undefined,
      originalData(dataIds),
      segment,
    ],
  );
}

/** What each code stands for, by data id; none when there are no codes. */
function originalData(dataIds: ReadonlyMap<string, string>): Element | undefined {
  if (dataIds.size === 0) return undefined;
  return x(
    'originalData',
    [...dataIds].map(([original, dataId]) => x('data', { id: dataId }, characters(original))),
  );
}

/** A fuzzy match, for the unit's one segment, with its own original data; a note says which numbers differ. */
function matchElement(match: FuzzyMatch): Element {
  const dataIds = originalDataIds([match.source, match.target]);
  return x('mtc:match', { ref: '#s1', matchQuality: match.score.toFixed(1), origin: match.origin, type: 'tm' }, [
    match.numbers
      ? x('mda:metadata', [
          x('mda:metaGroup', { category: 'embassy-content' }, [
            x('mda:meta', { type: 'numbers' }, characters(numbersNote(match.numbers))),
          ]),
        ])
      : undefined,
    originalData(dataIds),
    x('source', inline(match.source, dataIds)),
    x('target', inline(match.target, dataIds)),
  ]);
}

function segmentState(unit: TranslationUnit, hasTarget: boolean): Record<string, string> {
  if (!hasTarget) return { state: 'initial' };
  if (unit.status === 'stale') return { state: 'initial', subState: staleSubState };
  // Filled from memory and not confirmed: for review, as a stale one is.
  if (unit.memory !== undefined) return { state: 'initial', subState: memorySubState };
  return { state: 'translated' };
}

/**
 * One `<data>` per distinct original, numbered in order of appearance: the
 * two `**` of a bold share one, a target's link to another address gets its own.
 */
function originalDataIds(contents: readonly (readonly Inline[])[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const run of contents.flat()) {
    if (typeof run !== 'string' && !ids.has(run.original)) ids.set(run.original, `d${ids.size + 1}`);
  }
  return ids;
}

function inline(content: readonly Inline[], dataIds: ReadonlyMap<string, string>): ElementContent[] {
  return nestCodes(content).flatMap((run) => nested(run, dataIds));
}

function nested(run: NestedRun, dataIds: ReadonlyMap<string, string>): ElementContent[] {
  if (typeof run === 'string') return characters(run);
  if (run.kind === 'standalone') {
    return [
      x('ph', {
        id: encodeNmtoken(run.code.id),
        dataRef: dataIds.get(run.code.original),
        ...codeAttributes(run.code),
        disp: displayText(run.code),
      }),
    ];
  }
  const children = run.children.flatMap((child) => nested(child, dataIds));
  return [
    x(
      'pc',
      {
        id: encodeNmtoken(run.open.id),
        dataRefStart: dataIds.get(run.open.original),
        dataRefEnd: dataIds.get(run.close.original),
        ...codeAttributes(run.open),
      },
      children,
    ),
  ];
}

function codeAttributes(code: InlineCode): Record<string, string | undefined> {
  const { type, subType } = codeKinds20[code.type];
  return { type, subType };
}

/** Text, with each character XML cannot carry as a `<cp>` (what 2.0 has it for). */
function characters(value: string): ElementContent[] {
  const runs: ElementContent[] = [];
  let rest = value;
  for (let match = unrepresentableCharacter.exec(rest); match; match = unrepresentableCharacter.exec(rest)) {
    if (match.index > 0) runs.push(escapedText(rest.slice(0, match.index)));
    runs.push(x('cp', { hex: (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0') }));
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== '') runs.push(escapedText(rest));
  return runs;
}
