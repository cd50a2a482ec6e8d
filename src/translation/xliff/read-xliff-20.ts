/**
 * Read an XLIFF 2.0 file: one `<file>` whose `id` is the document id and
 * whose `embassy:kind` says page or namespace (as `toXliff20` writes them),
 * its `<unit>`s (in `<group>`s too), and their codes: `<pc>` and `<sc>`/`<ec>`
 * pairs and `<ph/>` standalones, `<mrk>` unwrapped, `<cp/>` as its character.
 * A unit a tool split into segments is joined back.
 */
import type { VFile } from 'vfile';
import type { Element } from 'xast';
import { extensionNamespace, extensionPrefix } from './codes.ts';
import type { SegmentState, XliffDocument } from './read-xliff.ts';
import {
  attribute,
  checkUnits,
  childElements,
  describeCode,
  fail,
  isExtension,
  onlyFile,
  required,
  type ReadRun,
  type ReadUnit,
} from './read-units.ts';
import { kindAttribute, memorySubState, namespace20, staleSubState } from './write-xliff-20.ts';
import { decodeNmtoken } from './xml.ts';

/** From least to most done: a unit split into segments is as done as its least done one. */
const progress: readonly SegmentState[] = ['initial', 'needs-review', 'translated', 'reviewed', 'final'];
const states: Readonly<Record<string, SegmentState>> = {
  initial: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'final',
};

export function readXliff20(root: Element, file: VFile): XliffDocument | undefined {
  if (attribute(root, 'xmlns') !== namespace20) {
    fail(
      file,
      `The \`<xliff>\` element does not declare the XLIFF 2.0 namespace; add \`xmlns="${namespace20}"\` to it`,
      root,
    );
  }
  const sourceLanguage = required(root, 'srcLang', 'the language of the source, such as `en`', file);
  const lang = required(root, 'trgLang', 'the language of the translation, such as `es`', file);
  const fileElement = onlyFile(root, file);
  if (!fileElement) return undefined;

  const id = required(fileElement, 'id', 'the id of the page or namespace, such as `mexico`', file);
  const original = required(
    fileElement,
    'original',
    'the source file it was made from, such as `content/en/mexico.md`',
    file,
  );
  const kind = readKind(fileElement, root, file);
  const units = checkUnits(readGroup(fileElement, file), file);
  if (id === undefined || original === undefined || sourceLanguage === undefined || lang === undefined || !kind)
    return undefined;
  return { version: '2.0', kind, id: decodeNmtoken(id), sourceLanguage, lang, original, units };
}

/** This project's `kind` attribute, under whatever prefix the file binds its namespace to. */
function readKind(fileElement: Element, root: Element, file: VFile): XliffDocument['kind'] | undefined {
  const binding = [fileElement, root]
    .flatMap((element) => Object.entries(element.attributes))
    .find(([name, value]) => name.startsWith('xmlns:') && value === extensionNamespace);
  const value = binding ? attribute(fileElement, `${binding[0].slice('xmlns:'.length)}:kind`) : undefined;
  if (value === 'page' || value === 'namespace') return value;
  fail(
    file,
    `The \`<file>\` must say whether it holds a page or UI strings: \`${kindAttribute}="page"\` or \`${kindAttribute}="namespace"\`, with \`xmlns:${extensionPrefix}="${extensionNamespace}"\` on \`<xliff>\`; export the file again`,
    fileElement,
  );
  return undefined;
}

function readGroup(group: Element, file: VFile): ReadUnit[] {
  const units: ReadUnit[] = [];
  for (const element of childElements(group)) {
    if (element.name === 'unit') {
      const unit = readUnit(element, file);
      if (unit) units.push(unit);
    } else if (element.name === 'group') {
      units.push(...readGroup(element, file));
    } else if (element.name !== 'notes' && element.name !== 'skeleton' && !isExtension(element)) {
      fail(file, `\`<${element.name}>\` cannot be inside \`<${group.name}>\`; units are \`<unit>\` elements`, element);
    }
  }
  return units;
}

interface Part {
  readonly element: Element;
  readonly source: ReadRun[];
  readonly target?: ReadRun[];
}

function readUnit(element: Element, file: VFile): ReadUnit | undefined {
  const encodedId = attribute(element, 'id');
  if (!encodedId) {
    fail(file, 'A `<unit>` has no `id`; put back the id it was exported with', element);
    return undefined;
  }
  const id = decodeNmtoken(encodedId);
  const children = childElements(element);
  const dataIds = new Set(
    children
      .filter((child) => child.name === 'originalData')
      .flatMap((data) => childElements(data).map((child) => attribute(child, 'id') ?? '')),
  );
  const parts: Part[] = [];
  for (const child of children) {
    if (child.name === 'segment' || child.name === 'ignorable') {
      const part = readPart(child, id, dataIds, file);
      if (part) parts.push(part);
    } else if (child.name !== 'notes' && child.name !== 'originalData' && !isExtension(child)) {
      fail(file, `Unit \`${id}\` has a \`<${child.name}>\`, which a \`<unit>\` cannot have; remove it`, child);
    }
  }
  if (parts.length === 0) {
    fail(file, `Unit \`${id}\` has no \`<segment>\`; export the file again`, element);
    return undefined;
  }
  const segments = parts.filter((part) => part.element.name === 'segment');
  const translated = segments.some((part) => part.target !== undefined);
  // Between segments, an `<ignorable>` (whitespace) stands for itself when it has no target.
  const target = parts.flatMap((part) => part.target ?? (part.element.name === 'ignorable' ? part.source : []));
  const state = segments
    .map((part) => readState(part.element, id, file))
    .reduce((least, state) => (progress.indexOf(state) < progress.indexOf(least) ? state : least), 'final');
  return { id, element, source: parts.flatMap((part) => part.source), ...(translated ? { target } : {}), state };
}

function readPart(element: Element, unitId: string, dataIds: ReadonlySet<string>, file: VFile): Part | undefined {
  let source: Element | undefined;
  let target: Element | undefined;
  for (const child of childElements(element)) {
    if ((child.name === 'source' && source) || (child.name === 'target' && target))
      fail(file, `Unit \`${unitId}\` has a second \`<${child.name}>\` in a \`<${element.name}>\`; keep one`, child);
    else if (child.name === 'source') source = child;
    else if (child.name === 'target') target = child;
    else
      fail(
        file,
        `Unit \`${unitId}\` has a \`<${child.name}>\` in a \`<${element.name}>\`, which can only have a \`<source>\` and a \`<target>\`; remove it`,
        child,
      );
  }
  if (!source) {
    fail(file, `Unit \`${unitId}\` has a \`<${element.name}>\` without a \`<source>\`; export the file again`, element);
    return undefined;
  }
  if (target && attribute(target, 'order') !== undefined) {
    fail(
      file,
      `Unit \`${unitId}\` has segments in another order (\`order\` on \`<target>\`); translate each segment in place, or merge the segments in your tool`,
      target,
    );
  }
  return {
    element,
    source: readInline(source, unitId, dataIds, file),
    ...(target ? { target: readInline(target, unitId, dataIds, file) } : {}),
  };
}

function readState(segment: Element, unitId: string, file: VFile): SegmentState {
  const value = attribute(segment, 'state') ?? 'initial';
  const state = states[value];
  if (!state) {
    fail(
      file,
      `Unit \`${unitId}\` has \`state="${value}"\`, which XLIFF 2.0 does not have; use \`initial\`, \`translated\`, \`reviewed\` or \`final\``,
      segment,
    );
    return 'initial';
  }
  const subState = attribute(segment, 'subState');
  return state === 'initial' && (subState === staleSubState || subState === memorySubState) ? 'needs-review' : state;
}

/** The runs of a `<source>` or `<target>`: text, and codes by id. */
function readInline(parent: Element, unitId: string, dataIds: ReadonlySet<string>, file: VFile): ReadRun[] {
  const runs: ReadRun[] = [];
  for (const child of parent.children) {
    if (child.type === 'text' || child.type === 'cdata') {
      if (child.value !== '') runs.push(child.value);
    } else if (child.type === 'element') {
      runs.push(...readInlineElement(child, unitId, dataIds, file));
    }
  }
  return runs;
}

function readInlineElement(element: Element, unitId: string, dataIds: ReadonlySet<string>, file: VFile): ReadRun[] {
  switch (element.name) {
    case 'mrk':
      // An annotation (a term, a comment) around text: the text is what counts.
      return readInline(element, unitId, dataIds, file);
    case 'sm':
    case 'em':
      return [];
    case 'cp': {
      const hex = attribute(element, 'hex') ?? '';
      const codePoint = Number.parseInt(hex, 16);
      if (/^[0-9A-Fa-f]{1,6}$/.test(hex) && codePoint <= 0x10ffff) return [String.fromCodePoint(codePoint)];
      fail(
        file,
        `Unit \`${unitId}\` has \`<cp hex="${hex}"/>\`, which is not a character; give its hexadecimal code point, such as \`hex="000B"\``,
        element,
      );
      return [];
    }
    case 'pc':
    case 'ph':
    case 'sc':
    case 'ec':
      return readCode(element, unitId, dataIds, file);
    default:
      fail(
        file,
        `Unit \`${unitId}\` has a \`<${element.name}>\`, which XLIFF 2.0 does not allow in text; remove it and keep the text`,
        element,
      );
      return [];
  }
}

function readCode(element: Element, unitId: string, dataIds: ReadonlySet<string>, file: VFile): ReadRun[] {
  const code = describeCode(element);
  for (const name of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
    const reference = attribute(element, name);
    if (reference !== undefined && !dataIds.has(reference)) {
      fail(
        file,
        `Unit \`${unitId}\` has a \`${code}\` whose \`${name}="${reference}"\` is not in the unit's \`<originalData>\`; keep the source's codes as they are`,
        element,
      );
    }
  }
  if (attribute(element, 'isolated') === 'yes') {
    fail(
      file,
      `Unit \`${unitId}\` has an isolated \`${code}\` (its other half is in another unit); keep each pair of codes inside one unit`,
      element,
    );
    return [];
  }
  const encodedId = element.name === 'ec' ? attribute(element, 'startRef') : attribute(element, 'id');
  if (encodedId === undefined) {
    const missing = element.name === 'ec' ? 'a `startRef` naming the `<sc>` it closes' : 'an `id`';
    fail(file, `Unit \`${unitId}\` has a \`${code}\` without ${missing}; put back the code as exported`, element);
    return [];
  }
  const id = decodeNmtoken(encodedId);
  if (element.name === 'pc') {
    return [
      { kind: 'open', id, element },
      ...readInline(element, unitId, dataIds, file),
      { kind: 'close', id, element },
    ];
  }
  return [{ kind: element.name === 'ph' ? 'standalone' : element.name === 'sc' ? 'open' : 'close', id, element }];
}
