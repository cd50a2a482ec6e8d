/**
 * What the translation editor does on the project's files, apart from HTTP:
 * check a unit as the translator types (the translation checks, spelling
 * included, on that unit alone, and the tokens of its codes), and save the
 * units they changed, as `translations import` writes them: unchanged
 * units byte for byte, a read-back check, all files or none; a unit
 * confirmed records its source hash and loses its mark of coming from
 * memory. A page changed on disk since the editor loaded it is a conflict:
 * nothing is written, and both versions of each unit go back to the page.
 * It writes nothing but a page's translation in content/, or a UI
 * namespace's and its source hashes in locales/.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { compileTranslations } from '../../build/build-site.ts';
import { glossaryPath, readGlossary, type GlossaryTerm } from '../../content/glossary.ts';
import { readProjectFile } from '../../content/read-file.ts';
import { readStringHashes, stringHashesPath, writeStringHashes } from '../../content/string-hashes.ts';
import { readUiNamespace } from '../../content/ui-strings.ts';
import { hasErrors } from '../../content/report.ts';
import { readSiteConfig, siteConfigPath } from '../../content/site-config.ts';
import { writeTogether } from '../../content/write-together.ts';
import type { Inline, InlineCode } from '../../pipeline/inline-runs.ts';
import type { Check, CheckContext } from '../../translation/checks/check.ts';
import { defaultChecks } from '../../translation/checks/index.ts';
import { projectSpellingCheck } from '../../translation/checks/spelling.ts';
import { importNamespace, importPageChecked } from '../../translation/import-translation.ts';
import { contentToString } from '../../translation/inline-string.ts';
import { runChecks } from '../../translation/run-checks.ts';
import type { Finding, TranslationUnit, UnitDocument } from '../../translation/unit.ts';
import type { ImportedUnit } from '../../translation/xliff/read-xliff.ts';
import { editableText, readEditable } from './editor-text.ts';

export interface CheckRequest {
  readonly lang: string;
  readonly document: string;
  readonly unit: string;
  readonly text: string;
}

export interface UnitFindings {
  readonly findings: readonly Pick<Finding, 'check' | 'severity' | 'message'>[];
  /** Tokens broken or unknown: the save refuses them. */
  readonly problems: readonly string[];
}

export interface SaveRequest {
  readonly lang: string;
  readonly document: string;
  /** The digest of the page's file when the editor loaded it ('' when it did not exist). */
  readonly base: string;
  readonly units: readonly { readonly id: string; readonly text: string; readonly confirm: boolean }[];
}

export type SaveResponse =
  | { readonly kind: 'saved'; readonly base: string; readonly file: string; readonly updated: readonly string[] }
  | { readonly kind: 'conflict'; readonly base: string; readonly disk: Readonly<Record<string, string>> }
  | { readonly kind: 'refused'; readonly problems: readonly string[] };

/** The digest of a file's text, for conflicts: '' for a file that does not exist. */
export const fileDigest = (text: string | undefined): string =>
  text === undefined ? '' : createHash('sha256').update(text).digest('hex');

/** The codes a unit's text may hold: its source's and its translation's. */
export function unitCodes(unit: TranslationUnit): InlineCode[] {
  return [...unit.source.content, ...(unit.target?.content ?? [])].filter(
    (run): run is InlineCode => typeof run !== 'string',
  );
}

export interface EditorService {
  /** Load the dictionaries now, so that the first check is as quick as the others. */
  warm(): void;
  check(request: CheckRequest, document: UnitDocument): Promise<UnitFindings>;
  save(request: SaveRequest): Promise<SaveResponse>;
}

export function createEditorService(root: string): EditorService {
  let spelling: Promise<Check> | undefined;
  const checks = async (): Promise<readonly Check[]> => {
    spelling ??= projectSpellingCheck(root);
    return [...defaultChecks.filter((check) => check.kind !== 'set'), await spelling];
  };
  return {
    warm() {
      void checks();
    },
    async check(request, document) {
      const unit = document.units.find((candidate) => candidate.id === request.unit);
      if (!unit) return { findings: [], problems: [`No unit ${request.unit} in ${document.targetPath}.`] };
      const read = readEditable(request.text, unitCodes(unit));
      const context = await checkContext(root, document.lang);
      const target = { text: contentToString(read.content), content: read.content, file: document.targetPath };
      const edited: UnitDocument = { ...document, units: [{ ...unit, target, status: 'translated' }] };
      const findings = runChecks([edited], await checks(), context).filter((finding) => finding.lang === document.lang);
      return {
        findings: findings.map(({ check, severity, message }) => ({ check, severity, message })),
        problems: read.problems,
      };
    },
    save: (request) => save(root, request),
  };
}

/** What the checks need to know about the site, read now (a save may have changed the glossary). */
async function checkContext(root: string, lang: string): Promise<CheckContext> {
  const config = readSiteConfig(await readProjectFile(root, siteConfigPath));
  const sourceLanguage = config?.sourceLanguage ?? 'en';
  const glossaryFile = await readProjectFile(root, glossaryPath).catch(() => undefined);
  const glossary: GlossaryTerm[] = glossaryFile
    ? readGlossary(glossaryFile, config?.languages ?? [lang], sourceLanguage)
    : [];
  return { sourceLanguage, lang, numberLocales: config?.numberLocales ?? {}, glossary };
}

async function save(root: string, request: SaveRequest): Promise<SaveResponse> {
  const compiled = await compileTranslations(root);
  const document = compiled.translations?.documents
    .get(request.lang)
    ?.find((candidate) => candidate.id === request.document);
  const source = compiled.files.find((file) => file.path === document?.sourcePath);
  if (!document || !source) return { kind: 'refused', problems: [`No page ${request.document} in ${request.lang}.`] };
  // Only a translation, in content/ or locales/: never anything else.
  const home = path.resolve(root, document.kind === 'page' ? 'content' : 'locales');
  if (!path.resolve(root, document.targetPath).startsWith(home + path.sep))
    return { kind: 'refused', problems: [`${document.targetPath} is not where translations are.`] };
  const target = compiled.files.find((file) => file.path === document.targetPath && file.value !== undefined);
  const current = target ? String(target.value) : undefined;
  if (fileDigest(current) !== request.base) return conflict(document, fileDigest(current));
  const matched = new Map<string, { target?: Inline[]; unit: ImportedUnit }>();
  const problems: string[] = [];
  for (const edit of request.units) {
    const unit = document.units.find((candidate) => candidate.id === edit.id);
    if (!unit) continue;
    const read = readEditable(edit.text, unitCodes(unit));
    problems.push(...read.problems.map((problem) => `${edit.id}: ${problem}`));
    const state = edit.confirm ? 'translated' : 'needs-review';
    matched.set(edit.id, { target: read.content, unit: { id: edit.id, source: [], state } });
  }
  if (problems.length > 0) return { kind: 'refused', problems };
  if (document.kind === 'namespace')
    return writeStrings(root, document, matched, { source, ...(target ? { target } : {}) });
  confirmSections(document, matched);
  return write(root, document, matched, { source, ...(target ? { target } : {}) });
}

/**
 * A section's hash is recorded once all its units are confirmed: a unit
 * confirmed confirms with it the section's units already current, as
 * they are.
 */
function confirmSections(
  document: UnitDocument,
  matched: Map<string, { target?: Inline[]; unit: ImportedUnit }>,
): void {
  const confirmedSections = new Set(
    document.units
      .filter((unit) => matched.get(unit.id)?.unit.state === 'translated')
      .map((unit) => unit.section ?? unit.id),
  );
  for (const unit of document.units) {
    if (matched.has(unit.id) || unit.status !== 'translated' || !unit.target) continue;
    if (!confirmedSections.has(unit.section ?? unit.id)) continue;
    matched.set(unit.id, { target: [...unit.target.content], unit: { id: unit.id, source: [], state: 'translated' } });
  }
}

function conflict(document: UnitDocument, base: string): SaveResponse {
  const disk = Object.fromEntries(
    document.units.filter((unit) => unit.target).map((unit) => [unit.id, editableText(unit.target?.content ?? [])]),
  );
  return { kind: 'conflict', base, disk };
}

async function write(
  root: string,
  document: UnitDocument,
  matched: Map<string, { target?: Inline[]; unit: ImportedUnit }>,
  files: { source: VFile; target?: VFile },
): Promise<SaveResponse> {
  const report = new VFile({ path: document.targetPath });
  const page = await importPageChecked(document, matched, files, report);
  const written = page?.writes[0]?.value;
  if (!page || hasErrors([report]))
    return { kind: 'refused', problems: report.messages.map((message) => message.reason) };
  if (written !== undefined) await writeTogether(root, [{ path: document.targetPath, value: written }]);
  const text = written ?? (files.target ? String(files.target.value) : undefined);
  return { kind: 'saved', base: fileDigest(text), file: document.targetPath, updated: page.updated };
}

/** A UI namespace's translation, and its recorded source hashes, written as an import writes them. */
async function writeStrings(
  root: string,
  document: UnitDocument,
  matched: Map<string, { target?: Inline[]; unit: ImportedUnit }>,
  files: { source: VFile; target?: VFile },
): Promise<SaveResponse> {
  const source = readUiNamespace(new VFile({ path: document.sourcePath, value: String(files.source.value) }));
  const targetText = files.target ? String(files.target.value) : undefined;
  const target =
    targetText === undefined ? undefined : readUiNamespace(new VFile({ path: document.targetPath, value: targetText }));
  if (!source || (targetText !== undefined && !target))
    return {
      kind: 'refused',
      problems: ['A UI strings file cannot be read: fix it first (the preview shows the error).'],
    };
  const hashesPath = stringHashesPath(document.lang);
  const hashesFile = existsSync(path.join(root, hashesPath)) ? await readProjectFile(root, hashesPath) : undefined;
  const strings = importNamespace(document, matched, {
    source: source.strings,
    ...(target && targetText !== undefined ? { target: { strings: target.strings, text: targetText } } : {}),
    hashes: hashesFile ? readStringHashes(hashesFile) : new Map<string, Map<string, string>>(),
  });
  const writes = [...strings.writes];
  if (strings.hashes) writes.push({ path: hashesPath, value: writeStringHashes(strings.hashes) });
  await writeTogether(root, writes);
  const text = writes.find((write) => write.path === document.targetPath)?.value ?? targetText;
  return { kind: 'saved', base: fileDigest(text), file: document.targetPath, updated: strings.updated };
}
