/**
 * Write what a translator returns in XLIFF back into the project: a page's
 * translation into `content/<lang>/<page>.md`, a namespace's into
 * `locales/<lang>/<namespace>.json`.
 *
 * The file must have been exported from the current source: a unit whose
 * source text differs, a unit missing or unknown, is refused, and nothing is
 * written. A unit whose translation is unchanged keeps its Markdown as
 * written, byte for byte; a changed one is written from its runs (codes give
 * back their Markdown, text is escaped). A section the translation lacks is
 * built from the source section with each block's text replaced, once every
 * unit of the section is translated. A unit the translator marked translated
 * (or reviewed, final) records the current source hash, so that it counts as
 * current; one left for review does not.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { isMap, parseDocument } from 'yaml';
import { sectionSource, sourceHash } from '../pipeline/source-hash.ts';
import type { StringHashes } from '../content/string-hashes.ts';
import { stringAt, type UiTree } from '../content/ui-strings.ts';
import { reportError, reportWarning } from '../content/report.ts';
import { maxFileBytes } from '../content/read-file.ts';
import { pageBlocks } from './check.ts';
import type { Block } from '../pipeline/remark-blocks.ts';
import type { SectionSpan } from '../pipeline/remark-sections.ts';
import { inlineToMarkdown } from '../pipeline/inline-markdown.ts';
import { contentToString } from './inline-string.ts';
import { plainTextProblem } from '../sanitize/sanitize-string.ts';
import { targetDigest } from './xliff/exported-target.ts';
import { targetKeys } from './namespace-units.ts';
import type { Inline, InlineCode } from '../pipeline/inline-runs.ts';
import type { TranslationUnit, UnitDocument } from './unit.ts';
import type { ImportedInline, ImportedUnit, XliffDocument } from './xliff/read-xliff.ts';

/** A file to write: its path relative to the project root and its new text. */
export interface FileWrite {
  readonly path: string;
  readonly value: string;
}

export interface ImportResult {
  /** Files whose text changes (none when nothing changed). */
  readonly writes: readonly FileWrite[];
  /** Unit ids whose translation changed or was added. */
  readonly updated: readonly string[];
  /** Ids (sections, the title, string keys) recorded as current. */
  readonly current: readonly string[];
}

const confirmed = new Set(['translated', 'reviewed', 'final']);

/**
 * Check an XLIFF document against the current units; errors are messages on
 * `xliff` (the XLIFF file). Returns each unit's new target runs, by unit id,
 * with the codes' Markdown taken from the current source.
 */
/**
 * Whether the unit's translation in the project changed since the file was
 * exported, so that the unit is left as it is: silently when this file still
 * has the translation as exported, else as a conflict, shown with both texts.
 */
function changedSinceExport(
  own: TranslationUnit,
  unit: ImportedUnit,
  incoming: string,
  document: UnitDocument,
  xliff: VFile,
): boolean {
  const current = own.target?.text;
  if (unit.exportedTarget === undefined || unit.exportedTarget === targetDigest(current) || incoming === current)
    return false;
  // Changed in the project only: this file has the translation as exported, and the newer one stays.
  if (unit.exportedTarget === targetDigest(incoming)) return true;
  reportWarning(
    xliff,
    `Unit \`${unit.id}\` was changed in ${document.targetPath} since this file was exported: it now reads “${whereDiffers(current ?? '', incoming)}”, and this file has “${whereDiffers(incoming, current ?? '')}”. It was left as it is; to take this file's, import it again with --overwrite.`,
    unit.position,
    'import-conflict',
  );
  return true;
}

/**
 * What the build would refuse in a translation, refused before it is
 * written: a title is one line of plain text, and a UI string what the
 * build lets a UI string be (sanitize-string.ts).
 */
function textProblem(unit: TranslationUnit, text: string): string | undefined {
  if (unit.kind === 'title') {
    if (/[\r\n]/.test(text)) return 'is a title, one line of plain text: write it without line breaks.';
    const problem = plainTextProblem(text);
    return problem === undefined ? undefined : `is a title, and ${problem}.`;
  }
  if (unit.kind !== 'string') return undefined;
  const problem = plainTextProblem(text, { allowSafeMarkup: true });
  return problem === undefined ? undefined : `${problem}. The build would refuse it in the UI strings.`;
}

export interface MatchOptions {
  /** Replace a translation changed in the project since the export (a conflict, otherwise). */
  readonly overwrite?: boolean;
}

export function matchUnits(
  imported: XliffDocument,
  document: UnitDocument,
  xliff: VFile,
  options: MatchOptions = {},
): Map<string, { target?: Inline[]; unit: ImportedUnit }> | undefined {
  const before = xliff.messages.length;
  const where = `${document.kind === 'page' ? 'page' : 'namespace'} \`${document.id}\` (${document.sourceLanguage} → ${document.lang})`;
  if (
    imported.kind !== document.kind ||
    imported.id !== document.id ||
    imported.lang !== document.lang ||
    imported.sourceLanguage !== document.sourceLanguage
  ) {
    reportError(
      xliff,
      `This file is for ${imported.kind} \`${imported.id}\` (${imported.sourceLanguage} → ${imported.lang}), not ${where}.`,
      { line: 1, column: 1 },
      'import',
    );
    return undefined;
  }
  const current = new Map(document.units.map((unit) => [unit.id, unit]));
  const seen = new Set<string>();
  const matched = new Map<string, { target?: Inline[]; unit: ImportedUnit }>();
  for (const unit of imported.units) {
    const own = current.get(unit.id);
    seen.add(unit.id);
    if (!own) {
      reportError(
        xliff,
        `Unit \`${unit.id}\` is not in the current source of ${where}: the source changed since this file was exported. Export again, and carry the translations over from this file (your tool's translation memory does it).`,
        unit.position,
        'import',
      );
      continue;
    }
    if (!sameRuns(unit.source, own.source.content)) {
      reportError(
        xliff,
        `The source of unit \`${unit.id}\` differs from the current source (“${clip(own.source.text)}”): it changed since this file was exported. Export again, and carry the translations over from this file.`,
        unit.position,
        'import',
      );
      continue;
    }
    const target =
      unit.target && unit.target.some((run) => typeof run !== 'string' || run.trim() !== '')
        ? resolveCodes(unit.target, own)
        : undefined;
    if (target === null) {
      reportError(
        xliff,
        `Unit \`${unit.id}\` has a code in its translation that neither its source nor its current translation has: keep only the source's codes (your tool can copy them).`,
        unit.position,
        'import',
      );
      continue;
    }
    if (target && options.overwrite !== true && changedSinceExport(own, unit, contentToString(target), document, xliff))
      continue;
    const problem = target ? textProblem(own, contentToString(target)) : undefined;
    if (problem !== undefined) {
      reportError(xliff, `Unit \`${unit.id}\` ${problem}`, unit.position, 'import');
      continue;
    }
    matched.set(unit.id, { ...(target ? { target } : {}), unit });
  }
  for (const unit of document.units) {
    if (!seen.has(unit.id))
      reportError(
        xliff,
        `Unit \`${unit.id}\` of ${where} is missing from this file: it was added to the source since the export, or deleted. Export again.`,
        { line: 1, column: 1 },
        'import',
      );
  }
  return xliff.messages.length > before && xliff.messages.slice(before).some((message) => message.fatal)
    ? undefined
    : matched;
}

/** Whether imported runs are the source's runs: the same text and the same codes in the same places. */
function sameRuns(imported: readonly ImportedInline[], content: readonly Inline[]): boolean {
  const simplify = (runs: readonly (ImportedInline | Inline)[]) =>
    runs
      .map((run) => (typeof run === 'string' ? run : `\u0000${run.kind}:${run.id}\u0000`))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  return simplify(imported) === simplify(content);
}

/**
 * Imported runs with each code's Markdown: a source code's, or one the
 * current translation has of its own (see align-codes.ts). Null when a code
 * is neither.
 */
function resolveCodes(runs: readonly ImportedInline[], unit: TranslationUnit): Inline[] | null {
  const codes = new Map<string, InlineCode>();
  for (const run of [...(unit.target?.content ?? []), ...unit.source.content])
    if (typeof run !== 'string') codes.set(`${run.kind}:${run.id}`, run);
  const resolved: Inline[] = [];
  for (const run of runs) {
    if (typeof run === 'string') {
      resolved.push(run);
      continue;
    }
    const code = codes.get(`${run.kind}:${run.id}`);
    if (!code) return null;
    resolved.push(code);
  }
  return resolved;
}

/** What a page import needs of the project as the build read it. */
export interface PageFiles {
  /** The source page, through the pipeline (its blocks and section spans). */
  readonly source: VFile;
  /** The current translation, through the pipeline; absent when it does not exist yet. */
  readonly target?: VFile;
}

/**
 * The new text of a page's translation, or undefined on error (messages on
 * `xliff`). A unit confirmed (translated, reviewed, final) loses its mark of
 * coming from memory; `fromMemory` marks the units it names, by where their
 * translation came from (pretranslate).
 */
export function importPage(
  document: UnitDocument,
  matched: ReadonlyMap<string, { target?: Inline[]; unit: ImportedUnit }>,
  files: PageFiles,
  xliff: VFile,
  fromMemory: ReadonlyMap<string, string> = new Map(),
): ImportResult | undefined {
  const source = files.source;
  const sourceText = String(source.value);
  const sourceBlocks = source.data.blocks ?? [];
  const sourceSpans = source.data.sections ?? [];
  const target = files.target;
  let text = target ? String(target.value) : '';
  const targetBlocks = target?.data.blocks ?? [];
  const targetSpans = target?.data.sections ?? [];
  const updated: string[] = [];
  const current: string[] = [];
  const hashes = new Map<string, string>();
  const unitsOf = (section: string) => document.units.filter((unit) => unit.section === section);
  const translatable = (blocks: readonly Block[], section: string) =>
    blocks.filter((block) => block.section === section && block.kind !== 'code');

  // Splices are collected with their offsets in the current text, and applied from the end.
  const splices: { start: number; end: number; value: string }[] = [];
  const newSections: { id: string; value: string }[] = [];

  for (const span of sourceSpans) {
    const units = unitsOf(span.id);
    const present = targetSpans.find((candidate) => candidate.id === span.id);
    const aligned = present !== undefined && units.every((unit) => unit.target !== undefined);
    if (aligned) {
      const blocks = translatable(targetBlocks, span.id);
      units.forEach((unit, index) => {
        const next = matched.get(unit.id)?.target;
        const block = blocks[index];
        if (
          !next ||
          !block?.range ||
          !unit.target ||
          isDeepStrictEqual(normalize(next), normalize(unit.target.content))
        )
          return;
        splices.push({
          start: block.range.start,
          end: block.range.end,
          value: inlineToMarkdown(next, { tableCell: block.kind === 'tableCell' }),
        });
        updated.push(unit.id);
      });
      const allConfirmed = units.every((unit) => confirmed.has(matched.get(unit.id)?.unit.state ?? ''));
      if (units.some((unit) => unit.status === 'stale') && allConfirmed) {
        hashes.set(span.id, sourceHash(sectionSource(source, span)));
        current.push(span.id);
      }
      continue;
    }
    // A section to build from the source: every unit needs a translation.
    const translated = units.filter((unit) => matched.get(unit.id)?.target !== undefined);
    if (translated.length === 0) continue;
    if (translated.length < units.length) {
      reportWarning(
        xliff,
        `Section \`${span.id}\` is not written: ${units.length - translated.length} of its ${units.length} units have no translation yet. Translate them all, then import again.`,
        matched.get(units[0]?.id ?? '')?.unit.position,
        'import',
      );
      continue;
    }
    const built = buildSection(
      sourceText,
      span,
      translatable(sourceBlocks, span.id),
      units.map((unit) => matched.get(unit.id)?.target ?? []),
    );
    if (present)
      splices.push({
        start: present.position.start.offset ?? 0,
        end: present.position.end.offset ?? 0,
        value: built.trimEnd(),
      });
    else newSections.push({ id: span.id, value: built });
    updated.push(...units.map((unit) => unit.id));
    hashes.set(span.id, sourceHash(sectionSource(source, span)));
    current.push(span.id);
  }

  const titleUnit = document.units.find((unit) => unit.id === 'title');
  const titleImport = matched.get('title');
  const newTitle = titleImport?.target ? contentToString(titleImport.target).trim() : undefined;
  // A new page without a translated title is written without one: it shows the source's until then.
  if (!target && newTitle === undefined && splices.length === 0 && newSections.length === 0) return noChange;

  for (const splice of splices.sort((a, b) => b.start - a.start))
    text = text.slice(0, splice.start) + splice.value + text.slice(splice.end);
  text = insertSections(
    text,
    newSections,
    sourceSpans.map((span) => span.id),
    target ? targetSpans : [],
  );

  // Front matter: the title, and the hashes of what is now current.
  let title: string | undefined;
  if (newTitle !== undefined && newTitle !== titleUnit?.target?.text) {
    title = newTitle;
    updated.push('title');
  }
  const titleConfirmed = confirmed.has(titleImport?.unit.state ?? '');
  const recordTitle =
    newTitle !== undefined && (titleUnit?.status === 'missing' || (titleUnit?.status === 'stale' && titleConfirmed));
  if (recordTitle) current.push('title');
  const memory = memoryChanges(document, matched, updated, fromMemory);
  if (title !== undefined || hashes.size > 0 || recordTitle || !target || memory.changed) {
    const matter = {
      page: document.id,
      lang: document.lang,
      ...(title !== undefined ? { title } : {}),
      ...(recordTitle && source.data.page ? { titleHash: sourceHash(source.data.page.title ?? '') } : {}),
      sections: hashes,
      memory: memory.marks,
      confirmed: memory.confirmed,
    };
    const next = withFrontMatter(
      text,
      matter,
      sourceSpans.map((span) => span.id),
    );
    if (next === undefined) {
      reportError(
        xliff,
        `Cannot update the front matter of ${document.targetPath}: fix its YAML first.`,
        { line: 1, column: 1 },
        'import',
      );
      return undefined;
    }
    text = next;
  }
  const changed = target ? text !== String(target.value) : updated.length > 0;
  return { writes: changed ? [{ path: document.targetPath, value: text }] : [], updated, current };
}

const noChange: ImportResult = { writes: [], updated: [], current: [] };

/** The memory marks to add (units written from memory) and to remove (units a translator confirmed). */
function memoryChanges(
  document: UnitDocument,
  matched: ReadonlyMap<string, { unit: ImportedUnit }>,
  updated: readonly string[],
  fromMemory: ReadonlyMap<string, string>,
): { marks: ReadonlyMap<string, string>; confirmed: readonly string[]; changed: boolean } {
  const marks = new Map([...fromMemory].filter(([id]) => updated.includes(id)));
  const confirmedIds = document.units
    .filter((unit) => unit.memory !== undefined && !marks.has(unit.id))
    .filter((unit) => confirmed.has(matched.get(unit.id)?.unit.state ?? ''))
    .map((unit) => unit.id);
  return { marks, confirmed: confirmedIds, changed: marks.size > 0 || confirmedIds.length > 0 };
}

/** Runs compared for change: adjacent text merged, whitespace collapsed, codes by kind and id. */
function normalize(content: readonly Inline[]): string[] {
  const runs: string[] = [];
  for (const run of content) {
    const value = typeof run === 'string' ? run.replace(/\s+/g, ' ') : `\u0000${run.kind}:${run.id}`;
    if (typeof run === 'string' && runs.length > 0 && !runs[runs.length - 1]?.startsWith('\u0000'))
      runs[runs.length - 1] += value;
    else runs.push(value);
  }
  return runs;
}

/** The source section's Markdown with each block's text replaced by its translation. */
function buildSection(
  sourceText: string,
  span: SectionSpan,
  blocks: readonly Block[],
  targets: readonly Inline[][],
): string {
  const start = span.position.start.offset ?? 0;
  const end = span.position.end.offset ?? sourceText.length;
  let section = sourceText.slice(start, end);
  const replacements = blocks
    .map((block, index) => ({ block, target: targets[index] ?? [] }))
    .filter(({ block }) => block.range !== undefined);
  for (const { block, target } of replacements.reverse()) {
    const range = block.range;
    if (!range) continue;
    section =
      section.slice(0, range.start - start) +
      inlineToMarkdown(target, { tableCell: block.kind === 'tableCell' }) +
      section.slice(range.end - start);
  }
  return `${section.replace(/\s+$/, '')}\n`;
}

/** Insert new sections in the source's order: before the next section the translation has, else at the end. */
function insertSections(
  text: string,
  sections: readonly { id: string; value: string }[],
  order: readonly string[],
  existing: readonly SectionSpan[],
): string {
  // Sections going to the same place are joined in source order, then placed from the end of the text back.
  const byOffset = new Map<number, string[]>();
  for (const section of [...sections].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))) {
    const after = order.slice(order.indexOf(section.id) + 1);
    const next = existing.find((span) => after.includes(span.id));
    const offset = next?.position.start.offset ?? Number.POSITIVE_INFINITY;
    byOffset.set(offset, [...(byOffset.get(offset) ?? []), section.value]);
  }
  let result = text;
  for (const [offset, values] of [...byOffset].sort(([a], [b]) => b - a)) {
    const block = values.join('\n');
    if (offset === Number.POSITIVE_INFINITY) {
      result = `${result.replace(/\s*$/, '')}${result.trim() === '' ? '' : '\n\n'}${block}`;
    } else {
      result = `${result.slice(0, offset)}${block}\n${result.slice(offset)}`;
    }
  }
  return result;
}

interface MatterChanges {
  readonly page: string;
  readonly lang: string;
  readonly title?: string;
  readonly titleHash?: string;
  readonly sections: ReadonlyMap<string, string>;
  /** Units now from memory, with where each came from. */
  readonly memory?: ReadonlyMap<string, string>;
  /** Units whose translation a translator confirmed: no longer marked as from memory. */
  readonly confirmed?: readonly string[];
}

/** The text with its front matter updated (or written, for a new file); undefined when the YAML cannot be read. */
function withFrontMatter(text: string, changes: MatterChanges, order: readonly string[]): string | undefined {
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);
  const yamlNode = tree.children.find((child) => child.type === 'yaml');
  const document = parseDocument(yamlNode ? yamlNode.value : `id: ${changes.page}\nlang: ${changes.lang}\n`);
  if (document.errors.length > 0) return undefined;
  if (changes.title !== undefined) document.setIn(['title'], changes.title);
  if (changes.titleHash !== undefined) document.setIn(['source', 'title'], changes.titleHash);
  for (const id of order) {
    const hash = changes.sections.get(id);
    if (hash !== undefined) document.setIn(['source', 'sections', id], hash);
  }
  setMemoryMarks(document, changes);
  const matter = `---\n${document.toString({ lineWidth: 0 })}---`;
  if (!yamlNode?.position) return `${matter}\n\n${text.replace(/^\s+/, '')}`;
  return `${text.slice(0, yamlNode.position.start.offset ?? 0)}${matter}${text.slice(yamlNode.position.end.offset ?? 0)}`;
}

/** Mark the units from memory, unmark the confirmed ones; no `memory` key is left empty. */
function setMemoryMarks(document: ReturnType<typeof parseDocument>, changes: MatterChanges): void {
  for (const id of changes.confirmed ?? []) document.deleteIn(['memory', id]);
  for (const [id, origin] of changes.memory ?? []) document.setIn(['memory', id], origin);
  const marks: unknown = document.getIn(['memory']);
  if (isMap(marks) && marks.items.length === 0) document.deleteIn(['memory']);
}

/** What a namespace import needs: the source strings and the current translation's, if any. */
export interface NamespaceFiles {
  readonly source: UiTree;
  readonly target?: { readonly strings: UiTree; readonly text: string };
  /** The recorded source hashes of the target language (all namespaces). */
  readonly hashes: StringHashes;
}

export interface NamespaceImportResult extends ImportResult {
  /** The hashes to record, when any changed. */
  readonly hashes?: StringHashes;
}

/** The new text of a namespace's translation, in the source's key order. */
export function importNamespace(
  document: UnitDocument,
  matched: ReadonlyMap<string, { target?: Inline[]; unit: ImportedUnit }>,
  files: NamespaceFiles,
): NamespaceImportResult {
  const updated: string[] = [];
  const current: string[] = [];
  const recorded = new Map(files.hashes.get(document.id) ?? []);
  const values = new Map<string, string>();
  const unitsById = new Map<string, TranslationUnit>(document.units.map((unit) => [unit.id, unit]));
  for (const unit of document.units) {
    const existing = files.target ? stringAt(files.target.strings, unit.id) : undefined;
    const next = matched.get(unit.id);
    const value = next?.target ? contentToString(next.target) : existing;
    if (value === undefined) continue;
    values.set(unit.id, value);
    if (value !== existing) updated.push(unit.id);
    const own = unitsById.get(unit.id);
    const isConfirmed = confirmed.has(next?.unit.state ?? '');
    if (
      own &&
      next?.target &&
      isConfirmed &&
      (own.status === 'stale' || own.status === 'missing' || value !== existing)
    ) {
      const hash = sourceHash(contentToString(own.source.content));
      if (recorded.get(unit.id) !== hash) {
        recorded.set(unit.id, hash);
        current.push(unit.id);
      }
    }
  }
  // Rebuild the tree in the source's key order (plural forms in the target language's order).
  const tree: UiTree = {};
  for (const { key } of targetKeys([...document.units.map((unit) => unit.id)], document.lang)) {
    const value = values.get(key);
    if (value !== undefined) setAt(tree, key, value);
  }
  const text = `${JSON.stringify(tree, null, 2)}\n`;
  const writes: FileWrite[] = [];
  if (updated.length > 0 && text !== files.target?.text) writes.push({ path: document.targetPath, value: text });
  if (current.length === 0) return { writes, updated, current };
  const hashes: StringHashes = new Map(files.hashes);
  hashes.set(document.id, recorded);
  return { writes, updated, current, hashes };
}

function setAt(tree: UiTree, keyPath: string, value: string): void {
  const parts = keyPath.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const child = node[part];
    if (typeof child === 'object') node = child;
    else {
      const created: UiTree = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts.at(-1) ?? keyPath] = value;
}

/** `text` around where it first differs from `other`, clipped: what a reader compares. */
function whereDiffers(text: string, other: string): string {
  let common = 0;
  while (common < text.length && text[common] === other[common]) common += 1;
  const start = Math.max(0, common - 20);
  return `${start > 0 ? '…' : ''}${clip(text.slice(start))}`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Read a page's new text as the build will, and check that each unit the
 * import wrote reads back as the translator's text: a Markdown character the
 * escaping missed would otherwise change the text or its formatting
 * silently. Problems are errors on `xliff`. Errors the build would give
 * the text are not reported here.
 */
export async function verifyPageImport(
  document: UnitDocument,
  text: string,
  result: ImportResult,
  matched: ReadonlyMap<string, { target?: Inline[]; unit: ImportedUnit }>,
  xliff: VFile,
  readBlocks: (file: VFile) => Promise<readonly Block[]>,
): Promise<boolean> {
  const file = new VFile({ path: document.targetPath, value: text });
  const blocks = (await readBlocks(file)).filter((block) => block.kind !== 'code');
  // A text the build refuses does not read back at all: the build's own errors name what is wrong (they are reported before anything is written).
  if (file.messages.some((message) => message.fatal)) return true;
  let ok = true;
  for (const id of result.updated) {
    const unit = document.units.find((candidate) => candidate.id === id);
    const expected = matched.get(id)?.target;
    if (!unit?.section || !expected) continue;
    const index = document.units.filter((candidate) => candidate.section === unit.section).indexOf(unit);
    const block = blocks.filter((candidate) => candidate.section === unit.section)[index];
    const written = block ? plain(block.content) : '';
    if (written !== plain(expected)) {
      ok = false;
      reportError(
        xliff,
        `Unit \`${id}\` does not read back as translated: “${whereDiffers(plain(expected), written)}” was written but reads “${whereDiffers(written, plain(expected))}”. Check its codes are in order (an open before its close).`,
        matched.get(id)?.unit.position,
        'import',
      );
    }
  }
  return ok;
}

/**
 * A page's new text as `importPage` makes it, refused when it is larger than
 * the build reads or does not read back as meant (`verifyPageImport`):
 * what import, pretranslate and the editor write. Undefined on refusal,
 * with the reason on `report`.
 */
export async function importPageChecked(
  document: UnitDocument,
  matched: ReadonlyMap<string, { target?: Inline[]; unit: ImportedUnit }>,
  files: PageFiles,
  report: VFile,
  fromMemory?: ReadonlyMap<string, string>,
): Promise<ImportResult | undefined> {
  const page = importPage(document, matched, files, report, fromMemory);
  const written = page?.writes[0]?.value;
  if (!page || written === undefined) return page;
  const bytes = Buffer.byteLength(written);
  if (bytes > maxFileBytes) {
    reportError(
      report,
      `The translated page would be ${(bytes / 2 ** 20).toFixed(1)} MiB, and the build reads pages of at most ${maxFileBytes / 2 ** 20} MiB: check the translation for a passage pasted in by mistake.`,
      { line: 1, column: 1 },
      'import',
    );
    return undefined;
  }
  const options = { page: document.id, lang: document.lang, sourceLanguage: document.sourceLanguage };
  const readBack = await verifyPageImport(document, written, page, matched, report, (file) =>
    pageBlocks(file, options),
  );
  return readBack ? page : undefined;
}

/** Text and code types, for comparing what was meant with what was read. */
function plain(content: readonly Inline[]): string {
  return content
    .map((run) => (typeof run === 'string' ? run : `⟨${run.kind}:${run.type}⟩`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
