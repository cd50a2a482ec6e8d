/**
 * Read an XLIFF 1.2 file: one `<file>` whose `datatype` says page or
 * namespace and whose `product-name` is the document id (as `toXliff12`
 * writes them), its `<trans-unit>`s (in `<group>`s too), and their codes:
 * `<g>` and `<bx>`/`<ex>` pairs and `<x/>` standalones, `<mrk>` unwrapped.
 */
import type { VFile } from 'vfile';
import type { Element } from 'xast';
import type { SegmentState, XliffDocument } from './read-xliff.ts';
import {
  attribute,
  checkUnits,
  childElements,
  fail,
  isExtension,
  onlyFile,
  required,
  type ReadRun,
  type ReadUnit,
} from './read-units.ts';
import { datatypes12, namespace12 } from './write-xliff-12.ts';

/** 1.2 `state` values and the state each means. */
const states: Readonly<Record<string, SegmentState>> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'initial',
  'needs-l10n': 'initial',
  'needs-review-translation': 'needs-review',
  'needs-review-adaptation': 'needs-review',
  'needs-review-l10n': 'needs-review',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

/** Elements 1.2 allows around units and codes that carry nothing to import. */
const skippedInGroup = new Set(['context-group', 'count-group', 'prop-group', 'note']);
const skippedInUnit = new Set(['seg-source', 'note', 'context-group', 'count-group', 'prop-group', 'alt-trans']);
/** 1.2 codes this project never writes: they carry native code a translator could break. */
const refusedCodes = new Set(['bpt', 'ept', 'ph', 'it', 'sub']);

export function readXliff12(root: Element, file: VFile): XliffDocument | undefined {
  if (attribute(root, 'xmlns') !== namespace12) {
    fail(
      file,
      `The \`<xliff>\` element does not declare the XLIFF 1.2 namespace; add \`xmlns="${namespace12}"\` to it`,
      root,
    );
  }
  const fileElement = onlyFile(root, file);
  if (!fileElement) return undefined;

  const original = required(
    fileElement,
    'original',
    'the source file it was made from, such as `content/en/mexico.md`',
    file,
  );
  const sourceLanguage = required(fileElement, 'source-language', 'the language of the source, such as `en`', file);
  const lang = required(fileElement, 'target-language', 'the language of the translation, such as `es`', file);
  const id = required(fileElement, 'product-name', 'the id of the page or namespace, such as `mexico`', file);
  const datatype = attribute(fileElement, 'datatype');
  const kind = datatype === datatypes12.page ? 'page' : datatype === datatypes12.namespace ? 'namespace' : undefined;
  if (!kind) {
    fail(
      file,
      `The \`<file>\` has \`datatype="${datatype ?? ''}"\`; it must be \`${datatypes12.page}\` (a page) or \`${datatypes12.namespace}\` (UI strings), as exported: export the file again`,
      fileElement,
    );
  }
  const body = childElements(fileElement).find((element) => element.name === 'body');
  if (!body) {
    fail(file, 'The `<file>` has no `<body>`, so no units to import; export the file again', fileElement);
    return undefined;
  }
  const units = checkUnits(readGroup(body, file), file);
  if (original === undefined || sourceLanguage === undefined || lang === undefined || id === undefined || !kind)
    return undefined;
  return { version: '1.2', kind, id, sourceLanguage, lang, original, units };
}

function readGroup(group: Element, file: VFile): ReadUnit[] {
  const units: ReadUnit[] = [];
  for (const element of childElements(group)) {
    if (element.name === 'trans-unit') {
      const unit = readTransUnit(element, file);
      if (unit) units.push(unit);
    } else if (element.name === 'group') {
      units.push(...readGroup(element, file));
    } else if (element.name === 'bin-unit') {
      fail(file, 'A `<bin-unit>` (a binary file to localize) cannot be imported here; remove it', element);
    } else if (!skippedInGroup.has(element.name) && !isExtension(element)) {
      fail(
        file,
        `\`<${element.name}>\` cannot be inside \`<${group.name}>\`; units are \`<trans-unit>\` elements`,
        element,
      );
    }
  }
  return units;
}

function readTransUnit(element: Element, file: VFile): ReadUnit | undefined {
  const id = attribute(element, 'id');
  if (!id) {
    fail(file, 'A `<trans-unit>` has no `id`; put back the id it was exported with', element);
    return undefined;
  }
  let sourceElement: Element | undefined;
  let targetElement: Element | undefined;
  for (const child of childElements(element)) {
    if ((child.name === 'source' && sourceElement) || (child.name === 'target' && targetElement)) {
      fail(file, `Unit \`${id}\` has a second \`<${child.name}>\`; keep one`, child);
    } else if (child.name === 'source') {
      sourceElement = child;
    } else if (child.name === 'target') {
      targetElement = child;
    } else if (!skippedInUnit.has(child.name) && !isExtension(child)) {
      fail(file, `Unit \`${id}\` has a \`<${child.name}>\`, which a \`<trans-unit>\` cannot have; remove it`, child);
    }
  }
  if (!sourceElement) {
    fail(file, `Unit \`${id}\` has no \`<source>\`; export the file again`, element);
    return undefined;
  }
  const source = readInline(sourceElement, id, file);
  const target = targetElement ? readInline(targetElement, id, file) : undefined;
  const state = targetElement ? readState(targetElement, target ?? [], id, file) : 'initial';
  // An empty target waiting for its translation is no translation yet.
  const placeholder = target !== undefined && state === 'initial' && target.length === 0;
  return { id, element, source, ...(target && !placeholder ? { target } : {}), state };
}

function readState(target: Element, runs: readonly ReadRun[], unitId: string, file: VFile): SegmentState {
  const value = attribute(target, 'state');
  if (value === undefined) return runs.length > 0 ? 'translated' : 'initial';
  const state = states[value];
  if (state) return state;
  fail(
    file,
    `Unit \`${unitId}\` has \`state="${value}"\`, which this project does not know; use one of ${Object.keys(states)
      .map((name) => `\`${name}\``)
      .join(', ')}`,
    target,
  );
  return 'initial';
}

/** The runs of a `<source>` or `<target>`: text, and codes by id. */
function readInline(parent: Element, unitId: string, file: VFile): ReadRun[] {
  const runs: ReadRun[] = [];
  for (const child of parent.children) {
    if (child.type === 'text' || child.type === 'cdata') {
      if (child.value !== '') runs.push(child.value);
      continue;
    }
    if (child.type !== 'element') continue;
    const name = child.name;
    if (name === 'mrk') {
      // An annotation (a term, a comment) around text: the text is what counts.
      runs.push(...readInline(child, unitId, file));
      continue;
    }
    if (name !== 'g' && name !== 'x' && name !== 'bx' && name !== 'ex') {
      const reason = refusedCodes.has(name)
        ? `Unit \`${unitId}\` has a \`<${name}>\`, a code this project does not write; keep the source's \`<g>\` and \`<x/>\` codes instead`
        : `Unit \`${unitId}\` has a \`<${name}>\`, which XLIFF 1.2 does not allow in text; remove it and keep the text`;
      fail(file, reason, child);
      continue;
    }
    // `<bx>` and `<ex>` are paired by `rid` (by `id` without one).
    const id =
      name === 'bx' || name === 'ex' ? (attribute(child, 'rid') ?? attribute(child, 'id')) : attribute(child, 'id');
    if (id === undefined) {
      fail(
        file,
        `Unit \`${unitId}\` has a \`<${name}>\` without an \`id\`; put back the id it was exported with`,
        child,
      );
      continue;
    }
    if (name === 'g') {
      runs.push({ kind: 'open', id, element: child }, ...readInline(child, unitId, file), {
        kind: 'close',
        id,
        element: child,
      });
    } else {
      runs.push({ kind: name === 'x' ? 'standalone' : name === 'bx' ? 'open' : 'close', id, element: child });
    }
  }
  return runs;
}
