/**
 * What reading both XLIFF versions shares: elements and attributes, messages,
 * and the checks on a file's units once read: unique ids, codes that open and
 * close properly nested, and targets that use only their source's codes.
 */
import type { VFile } from 'vfile';
import type { Element } from 'xast';
import { reportError } from '../../content/report.ts';
import { readExportedTarget } from './exported-target.ts';
import type { ImportedInline, ImportedUnit, SegmentState } from './read-xliff.ts';

/** Report a problem with the XLIFF file at an element. */
export function fail(file: VFile, reason: string, element: Element | undefined): void {
  reportError(file, reason, element, 'xliff');
}

export function childElements(element: Element): Element[] {
  return element.children.filter((child): child is Element => child.type === 'element');
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attributes[name] ?? undefined;
}

/** An element of another namespace (`its:…`, `mda:metadata`): extensions a reader may skip. */
export function isExtension(element: Element): boolean {
  return element.name.includes(':');
}

/** The one `<file>` of an `<xliff>`: an XLIFF file holds one document. */
export function onlyFile(root: Element, file: VFile): Element | undefined {
  const files: Element[] = [];
  for (const element of childElements(root)) {
    if (element.name === 'file') files.push(element);
    else if (!isExtension(element))
      fail(file, `\`<${element.name}>\` cannot be inside \`<xliff>\`; only \`<file>\` can`, element);
  }
  const [first, second] = files;
  if (!first) fail(file, 'The `<xliff>` element has no `<file>`; export the file again', root);
  if (second)
    fail(
      file,
      `This XLIFF file has ${files.length} \`<file>\` elements; it must hold one page or one set of UI strings: split it into one XLIFF file per \`<file>\``,
      second,
    );
  return second ? undefined : first;
}

/** An attribute that must be there and not be empty; `what` tells a translator what to put in it. */
export function required(element: Element, name: string, what: string, file: VFile): string | undefined {
  const value = attribute(element, name);
  if (value === undefined || value === '') {
    fail(file, `The \`<${element.name}>\` has no \`${name}\`; add it: ${what}`, element);
    return undefined;
  }
  return value;
}

/** A code as read, with its element, for messages. */
export interface ReadCode {
  readonly kind: 'open' | 'close' | 'standalone';
  readonly id: string;
  readonly element: Element;
}

export type ReadRun = string | ReadCode;

/** A unit as read, before the checks that look at the whole file. */
export interface ReadUnit {
  readonly id: string;
  readonly element: Element;
  readonly source: readonly ReadRun[];
  readonly target?: readonly ReadRun[];
  readonly state: SegmentState;
}

/** A code element as a translator sees it in the file: `<g id="4">`, `<ec startRef="2"/>`. */
export function describeCode(element: Element): string {
  const keys = ['id', 'rid', 'startRef']
    .filter((name) => attribute(element, name) !== undefined)
    .map((name) => ` ${name}="${attribute(element, name)}"`)
    .join('');
  const empty = element.children.length === 0 && element.name !== 'g' && element.name !== 'pc';
  return `<${element.name}${keys}${empty ? '/' : ''}>`;
}

/** Check the units of a file and give them back without what only the checks need. */
export function checkUnits(units: readonly ReadUnit[], file: VFile): ImportedUnit[] {
  const firstWithId = new Map<string, Element>();
  for (const unit of units) {
    const first = firstWithId.get(unit.id);
    if (first) {
      fail(
        file,
        `Unit id \`${unit.id}\` is used twice (first on line ${first.position?.start.line ?? '?'}); each unit needs its own id: delete the copy, or export the file again`,
        unit.element,
      );
    } else {
      firstWithId.set(unit.id, unit.element);
    }
    const sourceCodes = checkSourceCodes(unit, file);
    checkNesting(unit.source, unit.id, 'source', file);
    if (unit.target) {
      checkNesting(unit.target, unit.id, 'target', file);
      checkTargetCodes(unit, unit.target, sourceCodes, file);
    }
  }
  return units.map(imported);
}

type CodeRole = 'pair' | 'standalone';

/** Ids of the codes a translation has of its own (align-codes.ts). */
const translationOwnId = /^t\d+$/;

/** The source's codes by id; a source never uses an id twice. */
function checkSourceCodes(unit: ReadUnit, file: VFile): Map<string, CodeRole> {
  const roles = new Map<string, CodeRole>();
  for (const run of unit.source) {
    if (typeof run === 'string' || run.kind === 'close') continue;
    if (roles.has(run.id)) {
      fail(
        file,
        `Unit \`${unit.id}\` has two codes with id \`${run.id}\` in its source (\`${describeCode(run.element)}\`); the source must stay as exported: export the file again`,
        run.element,
      );
      continue;
    }
    roles.set(run.id, run.kind === 'open' ? 'pair' : 'standalone');
  }
  return roles;
}

/**
 * A target may leave out, repeat or move its source's codes, but not bring
 * new ones: the importer could not know what they stand for. The exception
 * is a code the translation already had of its own when it was exported
 * (ids `t1`, `t2`…; see align-codes.ts): the importer finds it there.
 */
function checkTargetCodes(
  unit: ReadUnit,
  target: readonly ReadRun[],
  sourceRoles: ReadonlyMap<string, CodeRole>,
  file: VFile,
): void {
  for (const run of target) {
    if (typeof run === 'string' || run.kind === 'close') continue;
    const role = sourceRoles.get(run.id);
    const code = describeCode(run.element);
    if (role === undefined && translationOwnId.test(run.id)) continue;
    if (role === undefined) {
      fail(
        file,
        `Unit \`${unit.id}\` has a \`${code}\` that its source does not have; keep the source's codes`,
        run.element,
      );
    } else if (role !== (run.kind === 'open' ? 'pair' : 'standalone')) {
      const expected = role === 'pair' ? 'a pair of codes around text' : 'a standalone code';
      fail(
        file,
        `Unit \`${unit.id}\` has a \`${code}\` in its target where its source has ${expected} with id \`${run.id}\`; keep the source's codes as they are`,
        run.element,
      );
    }
  }
}

/**
 * Every open closes, after it and inside whatever encloses it: `<sc>`/`<ec>`
 * (2.0) and `<bx>`/`<ex>` (1.2) can say otherwise, `<pc>` and `<g>` cannot.
 */
function checkNesting(runs: readonly ReadRun[], unitId: string, side: 'source' | 'target', file: VFile): void {
  const open: ReadCode[] = [];
  for (const run of runs) {
    if (typeof run === 'string' || run.kind === 'standalone') continue;
    const index = open.findLastIndex((code) => code.id === run.id);
    if (run.kind === 'open') {
      if (index !== -1) {
        fail(
          file,
          `Unit \`${unitId}\` opens code \`${run.id}\` again in its ${side} (\`${describeCode(run.element)}\`) before closing it; close it first, or delete one of the two`,
          run.element,
        );
      }
      open.push(run);
    } else if (index === -1) {
      fail(
        file,
        `Unit \`${unitId}\` closes code \`${run.id}\` in its ${side} (\`${describeCode(run.element)}\`) where it is not open; put the close after its open, or delete both`,
        run.element,
      );
    } else {
      const inner = open.slice(index + 1);
      if (inner.length > 0) {
        const names = inner.map((code) => `\`${code.id}\``).join(', ');
        fail(
          file,
          `Unit \`${unitId}\` has overlapping codes in its ${side}: ${names} ${inner.length === 1 ? 'opens' : 'open'} inside \`${run.id}\` but ${inner.length === 1 ? 'closes' : 'close'} after it (\`${describeCode(run.element)}\`); close ${names} before \`${run.id}\` closes, so that one pair is inside the other`,
          run.element,
        );
      }
      open.splice(index, 1);
    }
  }
  for (const code of open) {
    fail(
      file,
      `Unit \`${unitId}\` opens code \`${code.id}\` in its ${side} (\`${describeCode(code.element)}\`) but never closes it; add its close, or delete the open`,
      code.element,
    );
  }
}

function imported(unit: ReadUnit): ImportedUnit {
  const exported = readExportedTarget(unit.element);
  return {
    id: unit.id,
    source: importedRuns(unit.source),
    ...(unit.target ? { target: importedRuns(unit.target) } : {}),
    state: unit.state,
    ...(unit.element.position ? { position: unit.element.position } : {}),
    ...(exported === undefined ? {} : { exportedTarget: exported }),
  };
}

/** Runs without their elements, adjacent text joined. */
function importedRuns(runs: readonly ReadRun[]): ImportedInline[] {
  const result: ImportedInline[] = [];
  for (const run of runs) {
    const previous = result.at(-1);
    if (typeof run !== 'string') result.push({ kind: run.kind, id: run.id });
    else if (typeof previous === 'string') result[result.length - 1] = previous + run;
    else if (run !== '') result.push(run);
  }
  return result;
}
