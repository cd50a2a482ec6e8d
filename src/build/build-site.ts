/**
 * The build: content/ and locales/ in, dist/ out, as an ordered list of
 * stages (stages/index.ts), each in a file of its own, taking and returning
 * the build's context (stages/context.ts):
 *
 *   compileSite          read sources → render pages → check translations →
 *                        assemble → review page → site pages; writes nothing
 *   buildSite            the same, then browser gate → accessibility report →
 *                        write → record build
 *   compileTranslations  up to assemble, for the translators' commands
 *
 * Every problem is a message on the file it is in; when any is an error,
 * nothing is written. The build replaces only what it wrote in dist/ (listed
 * in dist/build-files.json): any other file there is kept (write-output.ts).
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { hasErrors, reportError } from '../content/report.ts';
import type { BuildOptions, BuildResult, CompileOptions, CompileResult } from './build-types.ts';
import { checkedPages, type BuildContext, type BuildTarget } from './stages/context.ts';
import { buildStages, compileStages, previewReviewStages, previewStages, translationStages } from './stages/index.ts';
import { runStages } from './stages/run-stages.ts';
import { translationFileHome } from '../translation/translation-files.ts';
import { outputFolderProblem } from './output-folder.ts';
import { outputMarker } from './stages/write.ts';
import { recordedFiles, upToDate, upToDateKey, type BuildRecord } from './up-to-date.ts';
import { recoverOutput } from './write-output.ts';

export type { BuildOptions, BuildResult, CompileOptions, CompileResult, TranslationReport } from './build-types.ts';
export { reviewPath } from './stages/review-page.ts';

/** Compile the site and write it to `outDir` when there is no error. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const problem = await outputFolderProblem(options.outDir, options.root, {
    sources: ['content', 'locales'],
    marker: outputMarker,
    leftover: (file) => translationFileHome(file) !== undefined,
  });
  if (problem) {
    const file = new VFile({
      cwd: options.root,
      path: path.relative(options.root, path.resolve(options.outDir)) || '.',
    });
    reportError(file, problem, undefined, 'output');
    return { files: [file], ok: false };
  }
  // A build killed while replacing the output may have left it aside: put it back first.
  await recoverOutput(options.outDir, options.lock ? { lock: options.lock } : {});
  const shared = options.browserChecks === false ? undefined : options.browserChecks?.browser;
  const key = options.cache ? await upToDateKey(options, shared) : undefined;
  if (options.cache && key) {
    const record = await upToDate(options.cache, key, options.outDir);
    if (record) return reportedAgain(record, options.root);
  }
  const compileOptions = { cache: options.cache, workers: options.workers, shard: options.shard, merge: options.merge };
  const target: BuildTarget = { options, sharedBrowser: shared, upToDateKey: key };
  return buildResult(await runStages(buildStages, start(options.root, compileOptions, target)));
}

/** Read, check and render everything, writing nothing. */
export async function compileSite(root: string, options: CompileOptions = {}): Promise<CompileResult> {
  return compileResult(await runStages(compileStages, start(root, options)));
}

/** A live preview's compile: its site pages, and then, when asked, the review pages of the same compile. */
export interface PreviewCompile {
  readonly result: CompileResult;
  /** The same compile with the review pages added (its harnesses and input keys include them). */
  readonly review: () => Promise<CompileResult>;
}

/** What the live preview shows: the site pages, without the search index and the site package; the review pages after. */
export async function compilePreview(root: string, options: CompileOptions = {}): Promise<PreviewCompile> {
  const context = await runStages(previewStages, start(root, options));
  return {
    result: compileResult(context),
    review: async () => compileResult(await runStages(previewReviewStages, context)),
  };
}

/** Read, render and check, and the manifest's statuses: what the translators' commands work on, without the site. */
export async function compileTranslations(root: string, options: CompileOptions = {}): Promise<CompileResult> {
  return compileResult(await runStages(translationStages, start(root, options)));
}

function start(root: string, options: CompileOptions, target?: BuildTarget): BuildContext {
  return { root, options, files: [], timings: {}, ...(target ? { target } : {}) };
}

/** What the build that wrote the output reported; the checks were not run again, they are all reused. */
function reportedAgain(record: BuildRecord, root: string): BuildResult {
  const browserChecks = record.browserChecks?.map((check) => ({ ...check, milliseconds: 0, cached: true }));
  return {
    files: recordedFiles(record, root),
    ok: true,
    manifest: record.manifest,
    upToDate: true,
    ...(record.types === undefined ? {} : { types: record.types }),
    ...(browserChecks ? { browserChecks } : {}),
  };
}

// With errors the output is not written, but the manifest still tells translators where each item stands.
function compileResult(context: BuildContext): CompileResult {
  const { files, manifest, translations, timings } = context;
  if (!context.config) return { files, ok: false };
  if (hasErrors(files)) return { files, ok: false, manifest, translations, timings };
  const { output, types, harnesses, inputKeys } = context;
  return { files, ok: true, output, manifest, types, harnesses, translations, timings, inputKeys };
}

function buildResult(context: BuildContext): BuildResult {
  const { files, manifest, types, kept } = context;
  if (!context.config) return { files, ok: false };
  const browserChecks = checkedPages(context);
  const found = { manifest, ...(browserChecks ? { browserChecks } : {}) };
  if (hasErrors(files)) return { files, ok: false, ...found };
  return { files, ok: true, ...found, timings: context.timings, kept, ...(types === undefined ? {} : { types }) };
}
