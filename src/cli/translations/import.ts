/**
 * `translations import FILE.xlf…`: translations back into content/ and
 * locales/, all files or none: a file with an error refuses the whole import,
 * and the files are written together (write-together.ts), so that a crash
 * midway leaves a change the next command completes or undoes.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { decodeText, reportUnreadable } from '../../content/read-file.ts';
import { siteConfigPath } from '../../content/site-config.ts';
import { stringHashesPath, writeStringHashes, type StringHashes } from '../../content/string-hashes.ts';
import { readUiNamespace } from '../../content/ui-strings.ts';
import { hasErrors } from '../../content/report.ts';
import { importNamespace, importPageChecked, matchUnits } from '../../translation/import-translation.ts';
import { defaultXliffFolder } from '../../translation/translation-files.ts';
import type { UnitDocument } from '../../translation/unit.ts';
import { readXliff } from '../../translation/xliff/read-xliff.ts';
import { fail, println } from '../io.ts';
import { writeTogether } from '../../content/write-together.ts';
import { reportWhatTheBuildRefuses, type ImportedFile } from './would-build.ts';
import { compile, loadStringHashes, shown, type CompiledSite, type TranslationsContext } from './context.ts';

/** The units of an XLIFF file, matched to the site's. */
type MatchedUnits = NonNullable<ReturnType<typeof matchUnits>>;

/** What an import gathers before writing anything. */
interface Pending {
  readonly writes: Map<string, string>;
  /** The written pages and namespaces, with the XLIFF units they come from. */
  readonly imported: ImportedFile[];
  readonly summaries: string[];
  readonly hashesByLang: Map<string, StringHashes>;
}

function describeImport(updated: readonly string[], current: readonly string[]): string {
  const parts = [
    updated.length > 0 ? `updated ${updated.join(', ')}` : '',
    current.length > 0 ? `recorded the current source of ${current.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join('; ')}.` : 'unchanged.';
}

function refuse(xliff: VFile, reason: string): void {
  xliff.message(reason, { place: { line: 1, column: 1 }, ruleId: 'import' }).fatal = true;
}

async function importPageUnits(
  result: CompiledSite,
  document: UnitDocument,
  matched: MatchedUnits,
  xliff: VFile,
  pending: Pending,
): Promise<void> {
  const source = result.files.find((file) => file.path === document.sourcePath);
  const target = result.files.find((file) => file.path === document.targetPath);
  if (!source) return;
  const page = await importPageChecked(document, matched, { source, ...(target ? { target } : {}) }, xliff);
  if (!page) return;
  for (const write of page.writes) {
    pending.writes.set(write.path, write.value);
    pending.imported.push({ ...write, xliff, document, matched });
  }
  pending.summaries.push(`${document.targetPath}: ${describeImport(page.updated, page.current)}`);
}

async function importStringUnits(
  context: TranslationsContext,
  result: CompiledSite,
  document: UnitDocument,
  matched: MatchedUnits,
  xliff: VFile,
  pending: Pending,
): Promise<void> {
  // The build already read both files: read their strings from its copies, not from disk again.
  const textOf = (filePath: string) => {
    const file = result.files.find((candidate) => candidate.path === filePath);
    return file ? String(file.value) : undefined;
  };
  const sourceText = textOf(document.sourcePath) ?? '';
  const targetText = textOf(document.targetPath);
  const sourceNamespace = readUiNamespace(new VFile({ path: document.sourcePath, value: sourceText }));
  const targetNamespace =
    targetText === undefined ? undefined : readUiNamespace(new VFile({ path: document.targetPath, value: targetText }));
  if (!sourceNamespace || (targetText !== undefined && !targetNamespace)) {
    const broken = targetNamespace ? document.sourcePath : document.targetPath;
    refuse(xliff, `Cannot read ${broken}: fix it first (npm run build shows the error).`);
    return;
  }
  const hashes = pending.hashesByLang.get(document.lang) ?? (await loadStringHashes(context, document.lang));
  const strings = importNamespace(document, matched, {
    source: sourceNamespace.strings,
    ...(targetNamespace && targetText !== undefined
      ? { target: { strings: targetNamespace.strings, text: targetText } }
      : {}),
    hashes,
  });
  for (const write of strings.writes) {
    pending.writes.set(write.path, write.value);
    pending.imported.push({ ...write, xliff, document, matched });
  }
  if (strings.hashes) pending.hashesByLang.set(document.lang, strings.hashes);
  pending.summaries.push(`${document.targetPath}: ${describeImport(strings.updated, strings.current)}`);
}

/**
 * The largest XLIFF file read: an export of the largest page the build reads
 * (1 MiB of Markdown) is some 4 MiB. A larger one is refused before it is
 * read, so that no file can take the memory and time a huge one would.
 */
export const maxXliffBytes = 20 * 1024 * 1024;

/** An XLIFF file, read as the build reads its sources: bounded in size, and valid UTF-8 (or an error at the first bad byte). */
async function readXliffFile(context: TranslationsContext, name: string): Promise<VFile> {
  const absolute = path.resolve(context.io.cwd, name);
  const size = (await stat(absolute).catch(() => fail(`${name}: cannot read the file.`))).size;
  const file = new VFile({ path: shown(context, absolute) });
  if (size > maxXliffBytes) {
    const mebibytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    refuse(
      file,
      `The file is ${mebibytes(size)}; an XLIFF file may be at most ${mebibytes(maxXliffBytes)}, several times the export of the largest page. Export the page again, or split what you translate into several pages.`,
    );
    return file;
  }
  try {
    file.value = decodeText(await readFile(absolute));
  } catch (error) {
    reportUnreadable(file, error);
  }
  return file;
}

export async function importXliff(context: TranslationsContext, paths: readonly string[]): Promise<number> {
  if (paths.length === 0)
    fail(`Name the XLIFF files to import: npm run translations -- import ${defaultXliffFolder}/1.2/es/mexico.xlf`);
  const result = await compile(context);
  const xliffFiles: VFile[] = [];
  const pending: Pending = { writes: new Map(), imported: [], summaries: [], hashesByLang: new Map() };
  for (const name of paths) {
    const xliff = await readXliffFile(context, name);
    xliffFiles.push(xliff);
    if (hasErrors([xliff])) continue;
    const imported = readXliff(xliff);
    if (!imported) continue;
    const document = result.translations.documents
      .get(imported.lang)
      ?.find((candidate) => candidate.kind === imported.kind && candidate.id === imported.id);
    if (!document) {
      refuse(
        xliff,
        `No ${imported.kind} \`${imported.id}\` in ${imported.lang} on this site: check the file, or the site's languages in ${siteConfigPath}.`,
      );
      continue;
    }
    const matched = matchUnits(imported, document, xliff, { overwrite: context.options.overwrite === true });
    if (!matched) continue;
    if (document.kind === 'page') await importPageUnits(result, document, matched, xliff, pending);
    else await importStringUnits(context, result, document, matched, xliff, pending);
  }
  for (const [lang, hashes] of pending.hashesByLang)
    pending.writes.set(stringHashesPath(lang), writeStringHashes(hashes));
  if (!hasErrors(xliffFiles)) {
    const imported = new Set(pending.imported.map((file) => file.path));
    const alongside = [...pending.writes]
      .filter(([filePath]) => !imported.has(filePath))
      .map(([filePath, value]) => ({ path: filePath, value }));
    await reportWhatTheBuildRefuses(context.root, result, pending.imported, alongside);
  }
  if (hasErrors(xliffFiles)) fail(`${reporter(xliffFiles, { quiet: true })}\nNothing was written.`);
  const warnings = xliffFiles.filter((file) => file.messages.length > 0);
  if (warnings.length > 0) println(context.io.stderr, reporter(warnings, { quiet: true }));
  await writeTogether(
    context.root,
    [...pending.writes].map(([filePath, value]) => ({ path: filePath, value })),
  );
  for (const summary of pending.summaries) println(context.io.stdout, summary);
  return 0;
}
