/**
 * The build: content/ and locales/ in, dist/ out.
 *
 *   content/site.yaml, content/glossary.yaml  → checked
 *   locales/<lang>/<ns>.json                  → dist/locales/<lang>/<ns>.json
 *   content/<lang>/<page>.md → pipeline       → dist/fragments/<lang>/<page>/<section>.html
 *                                             → dist/locales/<lang>/<page>.json
 *   each translation against its source       → checked (translation/compare.ts)
 *   each site page, per language              → checked in Chromium, its findings
 *                                               traced to the Markdown (a11y/browser-checks.ts)
 *                                             → dist/reports/a11y.{json,md}
 *   all of it                                 → dist/manifest.json
 *   the files written                         → dist/build-files.json
 *
 * Every problem is a message on the file it is in; when any is an error,
 * nothing is written. The build replaces only what it wrote in dist/: any
 * other file there is kept (write-output.ts).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { Browser } from 'puppeteer';
import { findBrowser, launchBrowser } from '../a11y/browser.ts';
import { checkHarnesses, type PageCheck } from '../a11y/browser-checks.ts';
import { sitePageHarness, type FragmentLookup } from '../a11y/site-page-harness.ts';
import type { Harness } from '../a11y/harness.ts';
import { otherLanguageDetector } from '../text-analysis/other-language.ts';
import path from 'node:path';
import { VFile } from 'vfile';
import { glossaryPath, readGlossary, type GlossaryTerm } from '../content/glossary.ts';
import { readInto } from '../content/read-file.ts';
import { readSiteConfig, siteConfigPath, type SiteConfig } from '../content/site-config.ts';
import { sectionSource, sourceHash } from '../pipeline/source-hash.ts';
import {
  compareUiNamespaces,
  readUiNamespace,
  stringAt,
  type UiNamespace,
  type UiTree,
} from '../content/ui-strings.ts';
import { languageDirection } from '../content/language.ts';
import type { RenderedSection } from '../pipeline/processor.ts';
import type { PageMatter } from '../pipeline/remark-page-matter.ts';
import type { SectionSpan } from '../pipeline/remark-sections.ts';
import { hasErrors, reportError, reportWarning } from '../content/report.ts';
import { stringHashesPath, readStringHashes, type StringHashes } from '../content/string-hashes.ts';
import type { Check } from '../translation/checks/check.ts';
import { defaultChecks } from '../translation/checks/index.ts';
import { collectUnits } from '../translation/collect-units.ts';
import { reportFindings, runChecks, sortFindings } from '../translation/run-checks.ts';
import { reviewPage, reviewTree } from '../translation/review-page.ts';
import { siteOutput } from '../site/site-output.ts';
import { isEarlierExport, translationFileHome } from '../translation/translation-files.ts';
import type { Finding } from '../translation/unit.ts';
import type {
  Manifest,
  ManifestPage,
  ManifestSection,
  PageLanguage,
  PageStatus,
  SectionLanguage,
  TranslationStatus,
} from '../runtime/manifest.ts';
import { resourceTypes } from './resource-types.ts';
import type { BuildOptions, BuildResult, CompileOptions, CompileResult, TranslationReport } from './build-types.ts';
import { accessibilityReport, reportBrowserChecks, type BrowserCheckStatus } from './accessibility-report.ts';
import { OutputConflictError } from './kept-files.ts';
import { outputFolderProblem } from './output-folder.ts';
import { conflictMessages, keptMessages } from './output-messages.ts';
import { recoverOutput, writeOutput, type Output, type WriteOptions } from './write-output.ts';
import { cacheKey, type ContentCache } from '../cache/content-cache.ts';
import { ioConcurrency, mapLimited } from './map-limited.ts';
import { toolchainFingerprint } from '../cache/toolchain.ts';
import { createRenderPool, type RenderOutcome } from './render-pages.ts';
import { applyRendered, type RenderTask } from './render-task.ts';
import { inShard, type Shard } from './shard.ts';
import { buildKey, executableIdentity, recordBuild, recordedFiles, upToDate } from './up-to-date.ts';

export type { BuildOptions, BuildResult, CompileOptions, CompileResult, TranslationReport } from './build-types.ts';

/** The file every output folder has, which tells an earlier output from someone's folder. */
const outputMarker = 'manifest.json';

/** Where the translators' review page is written, in the output folder. */
export const reviewPath = 'reports/review.html';

/** The namespace holding the strings the build itself needs. */
const uiNamespace = 'ui';

/** A page file in one language, rendered. */
interface PageVersion {
  readonly file: VFile;
  readonly matter: PageMatter;
  readonly sections: readonly RenderedSection[];
  readonly spans: readonly SectionSpan[];
  /** Source hash of each section's text, by section id. */
  readonly hashes: ReadonlyMap<string, string>;
}

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
    if (record) {
      // The checks were not run again: they are all reused.
      const browserChecks = record.browserChecks?.map((check) => ({ ...check, milliseconds: 0, cached: true }));
      return {
        files: recordedFiles(record, options.root),
        ok: true,
        manifest: record.manifest,
        upToDate: true,
        ...(record.types === undefined ? {} : { types: record.types }),
        ...(browserChecks ? { browserChecks } : {}),
      };
    }
  }
  const compiled = await compileSite(options.root, {
    cache: options.cache,
    workers: options.workers,
    shard: options.shard,
    merge: options.merge,
  });
  if (!compiled.ok || !compiled.output || !compiled.manifest) return compiled;
  let status: BrowserCheckStatus = 'skipped';
  let checks: PageCheck[] | undefined;
  const files = [...compiled.files];
  const timings: Record<string, number> = { ...compiled.timings };
  let clock = performance.now();
  if (options.browserChecks !== false) {
    let browser: Browser;
    try {
      browser = shared ?? (await launchBrowser());
    } catch (error) {
      // No browser is an error, not a silent pass: the message names the fix.
      const file = new VFile({ cwd: options.root, path: 'browser' });
      reportError(file, error instanceof Error ? error.message : String(error), undefined, 'browser-checks');
      return { files: [...files, file], ok: false, manifest: compiled.manifest };
    }
    try {
      const concurrency = options.browserChecks?.concurrency;
      checks = await checkHarnesses(compiled.harnesses ?? [], {
        browser,
        files: compiled.output,
        ...(concurrency ? { concurrency } : {}),
        ...(options.cache ? { cache: options.cache } : {}),
      });
    } finally {
      if (!shared) await browser.close();
    }
    files.push(...reportBrowserChecks(checks, files, options.root));
    status = hasErrors(files) ? 'failed' : 'passed';
    timings['browser checks'] = performance.now() - clock;
    clock = performance.now();
  }
  const { output, manifest } = accessibilityReport(
    compiled.output,
    compiled.manifest,
    files,
    compiled.harnesses ?? [],
    checks,
    status,
  );
  if (hasErrors(files)) return { files, ok: false, manifest, ...(checks ? { browserChecks: checks } : {}) };
  const kept = await write(options, output);
  if (kept instanceof OutputConflictError) {
    files.push(...conflictMessages(options, kept.conflicts));
    return { files, ok: false, manifest, ...(checks ? { browserChecks: checks } : {}) };
  }
  files.push(...keptMessages(options, kept));
  timings.write = performance.now() - clock;
  // Recorded only if no input changed while the build ran: the output is then that of the inputs the key names.
  if (options.cache && key && key === (await upToDateKey(options, shared))) {
    await recordBuild(options.cache, key, options.outDir, {
      files,
      manifest,
      ...(compiled.types === undefined ? {} : { types: compiled.types }),
      ...(checks ? { browserChecks: checks } : {}),
    });
  }
  return {
    files,
    ok: true,
    manifest,
    timings,
    kept,
    ...(compiled.types === undefined ? {} : { types: compiled.types }),
    ...(checks ? { browserChecks: checks } : {}),
  };
}

/** Write the output; the files it kept, or the kept files in its way (then nothing was written). */
async function write(options: BuildOptions, output: Output): Promise<readonly string[] | OutputConflictError> {
  const writeOptions: WriteOptions = {
    ...(options.lock ? { lock: options.lock } : {}),
    legacy: { marker: outputMarker, writtenByOthers: isEarlierExport },
  };
  try {
    return (await writeOutput(options.outDir, output, writeOptions)).kept;
  } catch (error) {
    if (error instanceof OutputConflictError) return error;
    throw error;
  }
}

/** The key of this build for the whole-build shortcut (up-to-date.ts); undefined when the browser cannot be identified. */
async function upToDateKey(options: BuildOptions, shared: Browser | undefined): Promise<string | undefined> {
  let browser = 'none';
  if (options.browserChecks !== false) {
    try {
      browser = shared ? await shared.version() : await executableIdentity(await findBrowser());
    } catch {
      // No browser: the build reports that; there is no earlier build of these settings to reuse.
      return undefined;
    }
  }
  return buildKey({
    root: options.root,
    sources: ['content', 'locales'],
    settings: { browser, shard: options.shard ?? null, merge: options.merge === true },
  });
}

/** Read, check and render everything, writing nothing. */
export async function compileSite(root: string, options: CompileOptions = {}): Promise<CompileResult> {
  const files: VFile[] = [];
  const read = (relativePath: string) => readInto(files, root, relativePath);

  const configFile = await read(siteConfigPath);
  const config = configFile && readSiteConfig(configFile);
  if (!config) return { files, ok: false };
  const glossaryFile = await read(glossaryPath);
  const glossary = glossaryFile ? readGlossary(glossaryFile, config.languages, config.sourceLanguage) : [];

  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (phase: string): void => {
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + (now - clock);
    clock = now;
  };
  const ui = await loadUiStrings(root, config, read, files);
  const stringHashes = await loadStringHashes(root, config, files);
  lap('read');
  const pages = await loadPages(root, config, ui, glossary, read, files, options);
  lap('render');
  const translations = await checkTranslations(
    config,
    glossary,
    pages,
    ui,
    stringHashes,
    files,
    options.translationChecks ?? [],
    options.cache,
  );
  lap('translation checks');
  const { output, manifest, types } = assemble(config, ui, pages);
  lap('assemble');
  // With errors the output is not written, but the manifest still tells translators where each item stands.
  if (hasErrors(files)) return { files, ok: false, manifest, translations, timings };
  // The translators' review page is a report like the accessibility one: it goes through the same
  // browser gate, and is written with the harness pages.
  const review = reviewHarness(config, ui, translations);
  lap('review page');
  // The site pages (each page in each language, with the switcher) are written and checked too.
  const site = await siteOutput(output, manifest);
  const sitePages = site.harnesses.map((page) => sitePageHarness(page, fragmentLookup(pages)));
  lap('site pages');
  return {
    files,
    ok: true,
    output: new Map([...output, ...site.files]),
    manifest,
    types,
    harnesses: [review, ...sitePages],
    translations,
    timings,
  };
}

type Reader = (relativePath: string) => Promise<VFile | undefined>;

/** Languages' UI namespaces, by language then namespace. */
type UiStrings = Map<string, Map<string, UiNamespace>>;

async function loadUiStrings(root: string, config: SiteConfig, read: Reader, files: VFile[]): Promise<UiStrings> {
  const ui: UiStrings = new Map();
  const brokenSourceNamespaces = new Set<string>();
  for (const lang of config.languages) {
    const folder = `locales/${lang}`;
    const names = await listFiles(root, folder, '.json');
    if (names === undefined) {
      const file = new VFile({ cwd: root, path: folder });
      files.push(file);
      reportError(
        file,
        `Missing folder for the UI strings of \`${lang}\`; create it with a ${uiNamespace}.json.`,
        undefined,
        'ui-strings',
      );
      continue;
    }
    const namespaces = new Map<string, UiNamespace>();
    for (const name of names) {
      const file = await read(`${folder}/${name}`);
      const namespace = file && readUiNamespace(file);
      if (namespace) namespaces.set(name.slice(0, -'.json'.length), namespace);
      // A source namespace whose file is there but broken has its error; its translations are not compared with it.
      else if (lang === config.sourceLanguage) brokenSourceNamespaces.add(name.slice(0, -'.json'.length));
    }
    ui.set(lang, namespaces);
  }
  const source = ui.get(config.sourceLanguage);
  const sourceUi = source?.get(uiNamespace);
  if (source && !sourceUi && !brokenSourceNamespaces.has(uiNamespace)) {
    const file = new VFile({ cwd: root, path: `locales/${config.sourceLanguage}/${uiNamespace}.json` });
    files.push(file);
    reportError(
      file,
      `Missing the \`${uiNamespace}\` namespace of the source language: it holds the strings the fragments need.`,
      undefined,
      'ui-strings',
    );
  }
  for (const [lang, namespaces] of ui) {
    const strings = namespaces.get(uiNamespace);
    if (strings && stringAt(strings.strings, 'languageName') === undefined) {
      reportError(
        strings.file,
        'Add `"languageName"`: the name of this language in this language (English, Español), for the language switcher.',
        { line: 1, column: 1 },
        'ui-strings',
      );
    }
    if (lang === config.sourceLanguage || !source) continue;
    for (const [name, namespace] of namespaces) {
      const sourceNamespace = source.get(name);
      if (sourceNamespace) {
        compareUiNamespaces(sourceNamespace.strings, namespace, lang);
      } else if (!brokenSourceNamespaces.has(name)) {
        reportError(
          namespace.file,
          `Unknown namespace \`${name}\`: the source language has no locales/${config.sourceLanguage}/${name}.json. Fix the file name or add the source file first.`,
          undefined,
          'ui-strings',
        );
      }
    }
  }
  return ui;
}

/** Pages by id, then language. */
type Pages = Map<string, Map<string, PageVersion>>;

async function loadPages(
  root: string,
  config: SiteConfig,
  ui: UiStrings,
  glossary: readonly GlossaryTerm[],
  read: Reader,
  files: VFile[],
  options: CompileOptions,
): Promise<Pages> {
  const pages: Pages = new Map();
  const folders = await listFolders(root, 'content');
  for (const folder of folders) {
    if (!config.languages.includes(folder)) {
      const file = new VFile({ cwd: root, path: `content/${folder}` });
      files.push(file);
      reportError(
        file,
        `Unknown language folder \`${folder}\`: add \`${folder}\` to \`languages\` in ${siteConfigPath}, or rename the folder to one of ${config.languages.join(', ')}.`,
        undefined,
        'content',
      );
    }
  }
  // The source language first: translations are read against its section ids.
  const languages = [config.sourceLanguage, ...config.languages.filter((lang) => lang !== config.sourceLanguage)];
  // Source pages whose file exists, even if it is broken: its translations then have a source, with errors of its own.
  const sourceFiles = new Set<string>();
  // Every file is read first, in order (so the build's list of files does not depend on rendering), then rendered by language.
  const byLanguage: { lang: string; files: { file: VFile; page: string }[] }[] = [];
  for (const lang of languages) {
    const all = folders.includes(lang) ? ((await listFiles(root, `content/${lang}`, '.md')) ?? []) : [];
    if (lang === config.sourceLanguage) for (const name of all) sourceFiles.add(name.slice(0, -'.md'.length));
    if (lang === config.sourceLanguage && all.length === 0) {
      const file = new VFile({ cwd: root, path: `content/${lang}` });
      files.push(file);
      reportError(
        file,
        `No pages in the source language: add Markdown files to content/${lang}/.`,
        undefined,
        'content',
      );
    }
    const names = options.shard
      ? all.filter((name) => inShard(name.slice(0, -'.md'.length), options.shard as Shard))
      : all;
    const pageFiles: { file: VFile; page: string }[] = [];
    for (const name of names) {
      const file = await read(`content/${lang}/${name}`);
      if (!file) continue;
      const page = name.slice(0, -'.md'.length);
      if (ui.get(config.sourceLanguage)?.has(page)) {
        reportError(
          file,
          `A page cannot be named \`${page}\`: that is the name of a UI strings namespace, and both share the bundle folder. Rename the file.`,
          { line: 1, column: 1 },
          'content',
        );
        continue;
      }
      pageFiles.push({ file, page });
    }
    byLanguage.push({ lang, files: pageFiles });
  }
  const pool = createRenderPool();
  const detector = otherLanguageDetector;
  try {
    for (const { lang, files: pageFiles } of byLanguage) {
      const introLabel = uiString(ui, config, lang, 'sections.intro');
      const tasks: RenderTask[] = pageFiles.map(({ file, page }) => ({
        path: file.path,
        value: String(file.value),
        config,
        glossary,
        page,
        lang,
        introLabel,
        sourceSectionIds:
          lang === config.sourceLanguage
            ? undefined
            : pages
                .get(page)
                ?.get(config.sourceLanguage)
                ?.spans.map((span) => span.id),
      }));
      const outcomes = await pool.run(tasks, {
        ...(options.workers === undefined ? {} : { workers: options.workers }),
        cache: options.cache,
        cachedOnly: options.merge === true,
        detector,
      });
      for (const [index, { file, page }] of pageFiles.entries()) {
        const sections = sectionsOf(file, outcomes[index]);
        if (!file.data.page) continue;
        const versions = pages.get(page) ?? new Map<string, PageVersion>();
        const spans = file.data.sections ?? [];
        const hashes = new Map(spans.map((span) => [span.id, sourceHash(sectionSource(file, span))]));
        versions.set(lang, { file, matter: file.data.page, sections, spans, hashes });
        pages.set(page, versions);
      }
    }
  } finally {
    await pool.close();
  }
  for (const [page, versions] of pages) {
    const source = versions.get(config.sourceLanguage);
    for (const [lang, version] of versions) {
      if (lang === config.sourceLanguage) continue;
      if (!source) {
        if (sourceFiles.has(page)) continue;
        reportError(
          version.file,
          `Translation without a source: content/${config.sourceLanguage}/${page}.md does not exist. Check the file name, or add the source page first.`,
          { line: 1, column: 1 },
          'translation-source',
        );
        continue;
      }
      // A source or translation with a section id twice has its error; comparing them would only repeat it.
      if (hasDuplicateSections(source) || hasDuplicateSections(version)) {
        versions.delete(lang);
        continue;
      }
      checkSectionsMatch(source, version);
    }
  }
  return pages;
}

/** A render's sections, its messages and data put on the file; or an error saying why there is none. */
function sectionsOf(file: VFile, outcome: RenderOutcome | undefined): readonly RenderedSection[] {
  if (outcome?.kind === 'rendered') return applyRendered(file, outcome.page);
  if (outcome?.kind === 'failed') {
    reportError(
      file,
      `Rendering this file failed in its worker thread (${outcome.reason}). If it is very large or deeply nested, simplify it; else build with --workers 1 to see the error in place.`,
      { line: 1, column: 1 },
      'source-limits',
    );
  } else if (outcome?.kind === 'timeout') {
    reportError(
      file,
      `Rendering this file was stopped after ${(outcome.milliseconds / 1000).toFixed(0)} s, the time limit for one file: look for very long or deeply nested constructs (long runs of \`*\`, \`>\` or list markers) and simplify them.`,
      { line: 1, column: 1 },
      'source-limits',
    );
  } else {
    reportError(
      file,
      'This page has no result in the cache, so --merge cannot assemble it: run every shard (--shard i/n) with the same cache folder first, or build without --merge.',
      { line: 1, column: 1 },
      'merge',
    );
  }
  return [];
}

function hasDuplicateSections(version: PageVersion): boolean {
  return new Set(version.spans.map((span) => span.id)).size < version.spans.length;
}

/** A translation has the source's sections, no others, in the same order. */
function checkSectionsMatch(source: PageVersion, translation: PageVersion): void {
  const sourceIds = source.spans.map((span) => span.id);
  const present = translation.spans.filter((span) => sourceIds.includes(span.id));
  for (const span of translation.spans) {
    // A heading without an id already has its error, naming the id to write.
    if (!sourceIds.includes(span.id) && span.idWritten) {
      reportError(
        translation.file,
        `Section \`${span.id}\` is not in the source page (${source.file.path}), whose sections are: ${sourceIds.join(', ')}. Use the source's section id in \`{#…}\`.`,
        span.position.start,
        'translation-source',
      );
    }
  }
  const expectedOrder = sourceIds.filter((id) => present.some((span) => span.id === id));
  present.forEach((span, index) => {
    if (span.id !== expectedOrder[index]) {
      reportWarning(
        translation.file,
        `Section \`${span.id}\` is out of order: the source page has ${sourceIds.join(', ')}. The build uses the source's order.`,
        span.position.start,
        'translation-source',
      );
    }
  });
}

/**
 * Read every translation unit and run the quality checks on it (numbers,
 * links, placeholders, glossary…; see translation/checks/). A stale unit is
 * expected to differ from its source until it is updated, so most checks
 * skip it. Findings become messages on the files they are in.
 */
async function checkTranslations(
  config: SiteConfig,
  glossary: readonly GlossaryTerm[],
  pages: Pages,
  ui: UiStrings,
  stringHashes: ReadonlyMap<string, StringHashes>,
  files: readonly VFile[],
  extraChecks: readonly Check[],
  cache: ContentCache | undefined,
): Promise<TranslationReport> {
  const sides = new Map(
    [...pages].map(([page, versions]) => [
      page,
      new Map(
        [...versions].map(([lang, version]) => [
          lang,
          {
            file: version.file,
            matter: version.matter,
            blocks: version.file.data.blocks ?? [],
            sections: version.spans.map((span) => span.id),
            hashes: version.hashes,
          },
        ]),
      ),
    ]),
  );
  // A string or link the sanitizer would change already has its error; the checks comparing it with the source would only add noise.
  const knownBad = new Set(
    files.flatMap((file) =>
      file.messages
        .filter((message) => message.fatal === true && sanitizerRules.has(message.ruleId ?? ''))
        .map((message) => `${file.path}:${message.line ?? 0}`),
    ),
  );
  const collected = collectUnits({
    sourceLanguage: config.sourceLanguage,
    languages: config.languages,
    glossary,
    pages: sides,
    ui,
    stringHashes,
  });
  const findings = [...collected.findings];
  const checks = [...defaultChecks, ...extraChecks];
  // The checks of one document at a time are reused from the cache while the document is unchanged; the checks across documents run every time.
  const perDocument = checks.filter((check) => check.kind !== 'set');
  const acrossDocuments = checks.filter((check) => check.kind === 'set');
  const fingerprint = cache && extraChecks.length === 0 ? await toolchainFingerprint() : undefined;
  for (const [lang, documents] of collected.documents) {
    // Checks of the source texts themselves (spelling) run once, with the first language.
    const sourceTexts = lang === config.languages.find((code) => code !== config.sourceLanguage);
    const context = { sourceLanguage: config.sourceLanguage, lang, numberLocales: config.numberLocales, glossary };
    const keys = documents.map((document) =>
      fingerprint ? cacheKey('checks', fingerprint, context, sourceTexts, document) : '',
    );
    const cached = await mapLimited(keys, ioConcurrency, (key) =>
      cache && fingerprint ? cache.get('checks', key, isFindingList) : Promise.resolve(undefined),
    );
    for (const [index, document] of documents.entries()) {
      let found = cached[index];
      if (!found) {
        found = runChecks([document], perDocument, context, { sourceTexts });
        if (cache && fingerprint) await cache.set('checks', keys[index] ?? '', found);
      }
      findings.push(...found);
    }
    findings.push(...runChecks(documents, acrossDocuments, context, { sourceTexts }));
  }
  const sorted = sortFindings(findings).filter((finding) => !knownBad.has(`${finding.file}:${finding.line ?? 0}`));
  reportFindings(sorted, new Map(files.map((file) => [file.path, file])));
  return { documents: collected.documents, findings: sorted };
}

function isFindingList(value: unknown): value is Finding[] {
  return Array.isArray(value);
}

/** Rules whose errors mean "the sanitizer would change this text". */
const sanitizerRules = new Set(['ui-strings', 'front-matter', 'url-scheme']);

/** The recorded source hashes of each translation's UI strings (an absent file records none). */
async function loadStringHashes(root: string, config: SiteConfig, files: VFile[]): Promise<Map<string, StringHashes>> {
  const hashes = new Map<string, StringHashes>();
  for (const lang of config.languages) {
    if (lang === config.sourceLanguage) continue;
    // No file records no hashes; a file that is there but unusable is an error.
    if (!existsSync(path.join(root, stringHashesPath(lang)))) continue;
    const file = await readInto(files, root, stringHashesPath(lang));
    if (!file) continue;
    hashes.set(lang, readStringHashes(file));
  }
  return hashes;
}

/** Whether a translation records the current source hash of a section. */
function isCurrent(translation: PageVersion, sectionId: string, source: PageVersion): boolean {
  return translation.matter.source?.sections[sectionId] === source.hashes.get(sectionId);
}

function assemble(
  config: SiteConfig,
  ui: UiStrings,
  pages: Pages,
): { output: Output; manifest: Manifest; types: string } {
  const output = new Map<string, string>();
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  const sourceUi = ui.get(config.sourceLanguage) ?? new Map<string, UiNamespace>();

  for (const [lang, namespaces] of ui) {
    for (const [name, namespace] of namespaces) output.set(`locales/${lang}/${name}.json`, json(namespace.strings));
  }

  const manifestPages: ManifestPage[] = [];
  const pageIds = [...pages.keys()].filter((id) => pages.get(id)?.has(config.sourceLanguage)).sort();
  for (const pageId of pageIds) {
    const versions = pages.get(pageId) ?? new Map<string, PageVersion>();
    const source = versions.get(config.sourceLanguage);
    if (!source) continue;
    const titleHash = sourceHash(source.matter.title);
    const sections: { id: string; fragment: string; sourceHash: string; languages: Record<string, SectionLanguage> }[] =
      source.sections.map((section) => ({
        id: section.id,
        fragment: `${pageId}/${section.id}`,
        sourceHash: source.hashes.get(section.id) ?? '',
        languages: {},
      }));
    const languages: Record<string, PageLanguage> = {};
    for (const lang of config.languages) {
      const version = versions.get(lang);
      const bundle: { title?: string; sections: Record<string, string> } = { sections: {} };
      const counts = { translated: 0, stale: 0, missing: 0 };
      for (const section of sections) {
        const rendered = version?.sections.find((candidate) => candidate.id === section.id);
        let status: TranslationStatus;
        if (!rendered) status = 'missing';
        else if (lang === config.sourceLanguage) status = 'source';
        else status = version && isCurrent(version, section.id, source) ? 'translated' : 'stale';
        if (status !== 'source') counts[status] += 1;
        if (rendered) {
          const htmlPath = `fragments/${lang}/${pageId}/${section.id}.html`;
          output.set(htmlPath, `${rendered.html}\n`);
          bundle.sections[section.id] = rendered.html;
          section.languages[lang] = { status, html: htmlPath };
        } else {
          section.languages[lang] = { status };
        }
      }
      let titleStatus: TranslationStatus = 'missing';
      if (version) {
        bundle.title = version.matter.title;
        titleStatus =
          lang === config.sourceLanguage
            ? 'source'
            : version.matter.source?.title === titleHash
              ? 'translated'
              : 'stale';
        output.set(`locales/${lang}/${pageId}.json`, json({ title: bundle.title, sections: bundle.sections }));
      }
      languages[lang] = {
        status: pageStatus(lang === config.sourceLanguage, version !== undefined, counts, titleStatus),
        ...(version ? { file: version.file.path, title: version.matter.title } : {}),
        titleStatus,
        counts,
      };
    }
    const href = (lang: string): string => config.pageUrl.replaceAll('{lang}', lang).replaceAll('{page}', pageId);
    const published = config.languages.filter((lang) => versions.has(lang));
    manifestPages.push({
      id: pageId,
      sourceHash: sourceHash([titleHash, ...sections.map((section) => section.sourceHash)].join(' ')),
      alternates: [
        ...published.map((lang) => ({ hreflang: lang, href: href(lang) })),
        { hreflang: 'x-default', href: href(config.sourceLanguage) },
      ],
      urls: Object.fromEntries(config.languages.map((lang) => [lang, href(lang)])),
      languages,
      sections: sections satisfies ManifestSection[],
    });
  }

  const manifest: Manifest = {
    sourceLanguage: config.sourceLanguage,
    languages: config.languages.map((code) => ({
      code,
      name: stringAt(ui.get(code)?.get(uiNamespace)?.strings ?? {}, 'languageName') ?? code,
      dir: languageDirection(code) ?? 'ltr',
    })),
    namespaces: [...sourceUi.keys(), ...manifestPages.map((page) => page.id)],
    pages: manifestPages,
  };
  output.set('manifest.json', json(manifest));

  const sourceStrings = new Map<string, UiTree>([...sourceUi].map(([name, namespace]) => [name, namespace.strings]));
  const types = resourceTypes(
    sourceStrings,
    manifestPages.map((page) => ({ id: page.id, sections: page.sections.map((section) => section.id) })),
  );
  return { output, manifest, types };
}

/** `reports/review.html`: every unit side by side with its status and the build's findings (spelling is `npm run translations -- review`'s). */
function reviewHarness(config: SiteConfig, ui: UiStrings, translations: TranslationReport): Harness {
  const documents = [...translations.documents.values()].flat();
  const languageNames = Object.fromEntries(
    config.languages.map((code) => [code, uiString(ui, config, code, 'languageName') ?? code]),
  );
  const input = { documents, findings: translations.findings, languageNames };
  const tree = reviewTree(input);
  return {
    path: reviewPath,
    lang: config.sourceLanguage,
    title: 'Translation review',
    fragments: [],
    wholePage: false,
    html: reviewPage(input),
    tree,
    sources: new Map(),
  };
}

/** A string of the `ui` namespace in a language, else in the source language. */
function uiString(ui: UiStrings, config: SiteConfig, lang: string, key: string): string | undefined {
  return (
    stringAt(ui.get(lang)?.get(uiNamespace)?.strings ?? {}, key) ??
    stringAt(ui.get(config.sourceLanguage)?.get(uiNamespace)?.strings ?? {}, key)
  );
}

/** The fragment a site page's container holds, from the rendered pages (its tree has the Markdown's positions). */
function fragmentLookup(pages: Pages): FragmentLookup {
  return (fragment, lang) => {
    const [pageId = '', sectionId] = fragment.split('/');
    const version = pages.get(pageId)?.get(lang);
    const section = version?.sections.find((candidate) => candidate.id === sectionId);
    return section && version ? { tree: section.tree, file: version.file } : undefined;
  };
}

function pageStatus(
  isSource: boolean,
  exists: boolean,
  counts: { translated: number; stale: number; missing: number },
  titleStatus: TranslationStatus,
): PageStatus {
  if (isSource) return 'source';
  if (!exists) return 'missing';
  if (counts.missing > 0) return 'partial';
  if (counts.stale > 0 || titleStatus === 'stale') return 'stale';
  return 'translated';
}

async function listFolders(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function listFiles(root: string, folder: string, extension: string): Promise<string[] | undefined> {
  try {
    const entries = await readdir(path.join(root, folder), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return undefined;
  }
}
