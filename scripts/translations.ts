/**
 * `npm run translations -- <command>`: the translator's tools.
 *
 *   status [--lang es] [--format text|json]
 *       what is translated, stale, missing or identical to the source:
 *       per section, per block and per UI string
 *   check [--lang es] [--format text|json]
 *       quality checks on every translation, spelling included; exits 1 on errors
 *   review [--lang es] [--out FILE]
 *       dist/reports/review.html: source and translation side by side
 *   export [--lang es] [--xliff 1.2|2.0] [--page ID | --namespace NS] [--out DIR]
 *       XLIFF for translation tools: DIR/<version>/<lang>/<id>.xlf (default dist/xliff)
 *   import FILE.xlf…
 *       write translations back into content/ and locales/ (all files or none)
 *   rehash [--lang es] [--page ID | --namespace NS] [--only title,SECTION,KEY]
 *       mark translations current after updating them
 *
 * Every command takes --root DIR to work on another project folder.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { compileSite, type CompileResult } from '../src/build/build-site.ts';
import { readProjectFile } from '../src/content/read-file.ts';
import { readSiteConfig, siteConfigPath } from '../src/content/site-config.ts';
import { sourceHash } from '../src/content/source-hash.ts';
import {
  readStringHashes,
  stringHashesPath,
  writeStringHashes,
  type StringHashes,
} from '../src/content/string-hashes.ts';
import { readUiNamespace } from '../src/content/ui-strings.ts';
import { hasErrors } from '../src/pipeline/report.ts';
import { createSpellingCheck } from '../src/translation/checks/spelling.ts';
import { pageBlocks } from '../src/translation/check.ts';
import {
  importNamespace,
  importPage,
  matchUnits,
  verifyPageImport,
  type FileWrite,
} from '../src/translation/import-translation.ts';
import { contentToString } from '../src/translation/inline-string.ts';
import { rehash } from '../src/translation/rehash.ts';
import { reviewPage } from '../src/translation/review-page.ts';
import type { Finding, UnitDocument, UnitStatus } from '../src/translation/unit.ts';
import { readXliff } from '../src/translation/xliff/read-xliff.ts';
import { toXliff12 } from '../src/translation/xliff/write-xliff-12.ts';
import { toXliff20 } from '../src/translation/xliff/write-xliff-20.ts';

const usage = `Usage: npm run translations -- <status|check|review|export|import|rehash> [options]
  status  [--lang es] [--format text|json]
  check   [--lang es] [--format text|json]
  review  [--lang es] [--out dist/reports/review.html]
  export  [--lang es] [--xliff 1.2|2.0] [--page ID | --namespace NS] [--out dist/xliff]
  import  FILE.xlf…
  rehash  [--lang es] [--page ID | --namespace NS] [--only title,SECTION,KEY]
All take --root DIR (default: this project).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    page: { type: 'string' },
    namespace: { type: 'string' },
    only: { type: 'string' },
    format: { type: 'string', default: 'text' },
    xliff: { type: 'string', default: '1.2' },
    out: { type: 'string' },
    root: { type: 'string' },
  },
});

// --root works on another project folder (content/ and locales/).
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '..'));
const wordListPath = 'content/words.txt';
const statuses: readonly UnitStatus[] = ['translated', 'stale', 'missing', 'identical'];

/** Compile the site; errors that are not translation findings are shown (a broken file hides its units). */
async function compile(
  options: { spelling?: boolean; findingsShown?: boolean } = {},
): Promise<CompileResult & { translations: NonNullable<CompileResult['translations']> }> {
  const checks = [];
  if (options.spelling) {
    const words = await readFile(path.join(root, wordListPath), 'utf8').catch(() => '');
    checks.push(
      await createSpellingCheck({
        words: words
          .split('\n')
          .map((line) => line.replace(/#.*/, '').trim())
          .filter(Boolean),
      }),
    );
  }
  const result = await compileSite(root, { translationChecks: checks });
  if (!result.translations) fail(reporter([...result.files], { quiet: true }));
  // Commands that list the findings themselves show only the other errors here.
  const findingRules = new Set(
    options.findingsShown ? [] : result.translations.findings.map((finding) => finding.check),
  );
  for (const file of result.files)
    file.messages = file.messages.filter(
      (message) => message.fatal === true && !findingRules.has(message.ruleId ?? ''),
    );
  const other = result.files.filter((file) => file.messages.length > 0);
  if (other.length > 0) console.error(reporter(other, { quiet: true }));
  return { ...result, translations: result.translations };
}

function languagesOf(documents: ReadonlyMap<string, readonly UnitDocument[]>): string[] {
  const languages = [...documents.keys()].filter((lang) => !values.lang || lang === values.lang);
  if (values.lang && languages.length === 0)
    fail(
      `\`${values.lang}\` is not a translation language of this site (${[...documents.keys()].join(', ') || 'none'}); see ${siteConfigPath}.`,
    );
  return languages;
}

async function status(): Promise<void> {
  const result = await compile({ findingsShown: true });
  const manifest = result.manifest;
  const languages = languagesOf(result.translations.documents);
  const report = languages.map((lang) => {
    const documents = result.translations.documents.get(lang) ?? [];
    const sections = (manifest?.pages ?? []).flatMap((page) => [
      { page: page.id, id: 'title', status: page.languages[lang]?.titleStatus ?? 'missing' },
      ...page.sections.map((section) => ({
        page: page.id,
        id: section.id,
        status: section.languages[lang]?.status ?? 'missing',
      })),
    ]);
    const units = documents.flatMap((document) =>
      document.units.map((unit) => ({
        kind: document.kind,
        document: document.id,
        file: document.targetPath,
        id: unit.id,
        status: unit.status,
      })),
    );
    const count = <T extends { status: string }>(items: readonly T[], kinds: readonly string[]) =>
      Object.fromEntries(kinds.map((kind) => [kind, items.filter((item) => item.status === kind).length]));
    return {
      lang,
      sections: { counts: count(sections, ['translated', 'stale', 'missing']), items: sections },
      blocks: {
        counts: count(
          units.filter((unit) => unit.kind === 'page'),
          statuses,
        ),
        items: units.filter((unit) => unit.kind === 'page'),
      },
      strings: {
        counts: count(
          units.filter((unit) => unit.kind === 'namespace'),
          statuses,
        ),
        items: units.filter((unit) => unit.kind === 'namespace'),
      },
    };
  });
  process.exitCode = result.ok ? 0 : 1;
  if (values.format === 'json') {
    console.log(JSON.stringify({ languages: report }, null, 2));
    return;
  }
  const counts = (values: Record<string, number>) =>
    Object.entries(values)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ');
  for (const language of report) {
    console.log(`${language.lang}: ${counts(language.sections.counts)} (sections and titles)`);
    console.log(`${language.lang}: ${counts(language.blocks.counts)} (blocks)`);
    console.log(`${language.lang}: ${counts(language.strings.counts)} (UI strings)`);
    for (const item of language.sections.items) console.log(`  ${item.page}/${item.id}: ${item.status}`);
    for (const item of language.blocks.items) console.log(`  ${item.document}/${item.id}: ${item.status}`);
    for (const item of language.strings.items) console.log(`  ${item.document}:${item.id}: ${item.status}`);
  }
}

async function check(): Promise<void> {
  const result = await compile({ spelling: true });
  const languages = new Set(languagesOf(result.translations.documents));
  const sourceLanguage = result.manifest?.sourceLanguage;
  const findings = result.translations.findings.filter(
    (finding) => languages.has(finding.lang) || finding.lang === sourceLanguage,
  );
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  process.exitCode = errors > 0 || (!result.ok && findings.length === 0) ? 1 : 0;
  if (values.format === 'json') {
    console.log(JSON.stringify({ errors, warnings: findings.length - errors, findings }, null, 2));
    return;
  }
  let file = '';
  for (const finding of findings) {
    if (finding.file !== file) {
      file = finding.file;
      console.log(`\n${file}`);
    }
    const place = finding.line === undefined ? '' : `${finding.line}:${finding.column ?? 1}`;
    console.log(
      `  ${place.padEnd(7)} ${finding.severity.padEnd(7)} ${finding.check.padEnd(15)} ${finding.key ? `${finding.key}: ` : ''}${finding.message}`,
    );
    console.log(`          source: “${finding.source}”`);
    if (finding.target)
      console.log(`          ${finding.lang === sourceLanguage ? 'text' : 'translation'}: “${finding.target}”`);
  }
  console.log(
    `\n${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}`,
  );
}

async function review(): Promise<void> {
  const result = await compile({ spelling: true });
  const languages = languagesOf(result.translations.documents);
  const documents = languages.flatMap((lang) => result.translations.documents.get(lang) ?? []);
  const findings: Finding[] = [...result.translations.findings];
  const languageNames = Object.fromEntries(
    (result.manifest?.languages ?? []).map((language) => [language.code, language.name]),
  );
  const out = path.resolve(root, values.out ?? 'dist/reports/review.html');
  await writeAtomically(out, reviewPage({ documents, findings, languageNames }));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  console.log(
    `${path.relative(process.cwd(), out)}: ${documents.reduce((sum, document) => sum + document.units.length, 0)} units, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
  );
}

async function exportXliff(): Promise<void> {
  const version = values.xliff;
  if (version !== '1.2' && version !== '2.0') fail(`--xliff is 1.2 or 2.0, not \`${version}\`.`);
  const result = await compile();
  const outDir = path.resolve(root, values.out ?? 'dist/xliff');
  let written = 0;
  for (const lang of languagesOf(result.translations.documents)) {
    for (const document of result.translations.documents.get(lang) ?? []) {
      if (values.page && (document.kind !== 'page' || document.id !== values.page)) continue;
      if (values.namespace && (document.kind !== 'namespace' || document.id !== values.namespace)) continue;
      const file = path.join(outDir, version, lang, `${document.id}.xlf`);
      await writeAtomically(file, version === '1.2' ? toXliff12(document) : toXliff20(document));
      const counts = statuses
        .map((name) => [name, document.units.filter((unit) => unit.status === name).length] as const)
        .filter(([, count]) => count > 0);
      console.log(
        `${path.relative(process.cwd(), file)}: ${document.units.length} units (${counts.map(([name, count]) => `${count} ${name}`).join(', ')})`,
      );
      written += 1;
    }
  }
  if (written === 0)
    fail(
      `Nothing to export${values.page ? ` for page \`${values.page}\`` : values.namespace ? ` for namespace \`${values.namespace}\`` : ''}.`,
    );
}

async function importXliff(paths: readonly string[]): Promise<void> {
  if (paths.length === 0)
    fail('Name the XLIFF files to import: npm run translations -- import dist/xliff/1.2/es/mexico.xlf');
  const result = await compile();
  const xliffFiles: VFile[] = [];
  const writes = new Map<string, string>();
  const summaries: string[] = [];
  const hashesByLang = new Map<string, StringHashes>();
  for (const name of paths) {
    const absolute = path.resolve(name);
    const xliff = new VFile({
      path: path.relative(process.cwd(), absolute),
      value: await readFile(absolute, 'utf8').catch(() => fail(`${name}: cannot read the file.`)),
    });
    xliffFiles.push(xliff);
    const imported = readXliff(xliff);
    if (!imported) continue;
    const document = result.translations.documents
      .get(imported.lang)
      ?.find((candidate) => candidate.kind === imported.kind && candidate.id === imported.id);
    if (!document) {
      xliff.message(
        `No ${imported.kind} \`${imported.id}\` in ${imported.lang} on this site: check the file, or the site's languages in ${siteConfigPath}.`,
        { place: { line: 1, column: 1 }, ruleId: 'import' },
      ).fatal = true;
      continue;
    }
    const matched = matchUnits(imported, document, xliff);
    if (!matched) continue;
    if (document.kind === 'page') {
      const source = result.files.find((file) => file.path === document.sourcePath);
      const target = result.files.find((file) => file.path === document.targetPath);
      if (!source) continue;
      const page = importPage(document, matched, { source, ...(target ? { target } : {}) }, xliff);
      if (!page) continue;
      const written = page.writes[0]?.value;
      const options = { page: document.id, lang: document.lang, sourceLanguage: document.sourceLanguage };
      if (
        written !== undefined &&
        !(await verifyPageImport(document, written, page, matched, xliff, (file) => pageBlocks(file, options)))
      )
        continue;
      for (const write of page.writes) writes.set(write.path, write.value);
      summaries.push(`${document.targetPath}: ${describeImport(page.updated, page.current)}`);
    } else {
      // The build already read both files: read their strings from its copies, not from disk again.
      const textOf = (filePath: string) => {
        const file = result.files.find((candidate) => candidate.path === filePath);
        return file ? String(file.value) : undefined;
      };
      const sourceText = textOf(document.sourcePath) ?? '';
      const targetText = textOf(document.targetPath);
      const sourceNamespace = readUiNamespace(new VFile({ path: document.sourcePath, value: sourceText }));
      const targetNamespace =
        targetText === undefined
          ? undefined
          : readUiNamespace(new VFile({ path: document.targetPath, value: targetText }));
      if (!sourceNamespace || (targetText !== undefined && !targetNamespace)) {
        xliff.message(
          `Cannot read ${targetNamespace ? document.sourcePath : document.targetPath}: fix it first (npm run build shows the error).`,
          { place: { line: 1, column: 1 }, ruleId: 'import' },
        ).fatal = true;
        continue;
      }
      const hashes = hashesByLang.get(document.lang) ?? (await loadStringHashes(document.lang));
      const strings = importNamespace(document, matched, {
        source: sourceNamespace.strings,
        ...(targetNamespace && targetText !== undefined
          ? { target: { strings: targetNamespace.strings, text: targetText } }
          : {}),
        hashes,
      });
      for (const write of strings.writes) writes.set(write.path, write.value);
      if (strings.hashes) hashesByLang.set(document.lang, strings.hashes);
      summaries.push(`${document.targetPath}: ${describeImport(strings.updated, strings.current)}`);
    }
  }
  if (hasErrors(xliffFiles)) fail(`${reporter(xliffFiles, { quiet: true })}\nNothing was written.`);
  const warnings = xliffFiles.filter((file) => file.messages.length > 0);
  if (warnings.length > 0) console.error(reporter(warnings, { quiet: true }));
  for (const [lang, hashes] of hashesByLang) writes.set(stringHashesPath(lang), writeStringHashes(hashes));
  await writeAll([...writes].map(([filePath, value]) => ({ path: filePath, value })));
  for (const summary of summaries) console.log(summary);
}

function describeImport(updated: readonly string[], current: readonly string[]): string {
  const parts = [
    updated.length > 0 ? `updated ${updated.join(', ')}` : '',
    current.length > 0 ? `recorded the current source of ${current.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join('; ')}.` : 'unchanged.';
}

async function loadStringHashes(lang: string): Promise<StringHashes> {
  const file = await readProjectFile(root, stringHashesPath(lang)).catch(() => undefined);
  if (!file) return new Map();
  const hashes = readStringHashes(file);
  if (hasErrors([file])) fail(reporter(file));
  return hashes;
}

async function rehashAll(): Promise<void> {
  const configFile = await readProjectFile(root, siteConfigPath);
  const config = readSiteConfig(configFile);
  if (!config) fail(reporter(configFile));
  const languages = config.languages.filter(
    (code) => code !== config.sourceLanguage && (!values.lang || code === values.lang),
  );
  if (values.lang && languages.length === 0)
    fail(`\`${values.lang}\` is not a translation language in ${siteConfigPath} (${config.languages.join(', ')}).`);
  const only = values.only?.split(',').map((id) => id.trim());
  const files: VFile[] = [];
  for (const lang of languages) {
    if (!values.namespace) {
      const names = (await readdir(path.join(root, 'content', lang)).catch(() => []))
        .filter((name) => name.endsWith('.md'))
        .sort();
      for (const name of names) {
        const page = name.slice(0, -'.md'.length);
        if (values.page && page !== values.page) continue;
        const translation = await readProjectFile(root, `content/${lang}/${name}`);
        const source = await readProjectFile(root, `content/${config.sourceLanguage}/${name}`).catch(() => undefined);
        if (!source) {
          console.error(`${translation.path}: no source page content/${config.sourceLanguage}/${name}; skipped.`);
          continue;
        }
        const changed = await rehash({
          page,
          lang,
          sourceLanguage: config.sourceLanguage,
          source,
          translation,
          ...(only ? { only } : {}),
        });
        files.push(translation);
        if (hasErrors([translation])) continue;
        if (changed.length > 0) {
          await writeAtomically(path.join(root, translation.path), String(translation.value));
          console.log(`${translation.path}: recorded the current source of ${changed.join(', ')}.`);
        } else {
          console.log(`${translation.path}: already current.`);
        }
      }
    }
    if (!values.page) await rehashStrings(lang, only);
  }
  if (hasErrors(files)) fail(reporter(files, { quiet: true }));
}

/** Record the source hash of every string the language has (or of `only` keys). */
async function rehashStrings(lang: string, only: readonly string[] | undefined): Promise<void> {
  const compiled = await compileSite(root);
  if (!compiled.translations) fail(reporter([...compiled.files], { quiet: true }));
  const documents = (compiled.translations.documents.get(lang) ?? []).filter(
    (document) => document.kind === 'namespace' && (!values.namespace || document.id === values.namespace),
  );
  const hashes = await loadStringHashes(lang);
  const changed: string[] = [];
  for (const document of documents) {
    const recorded = new Map(hashes.get(document.id) ?? []);
    for (const unit of document.units) {
      if (!unit.target || (only && !only.includes(unit.id))) continue;
      const hash = sourceHash(contentToString(unit.source.content));
      if (recorded.get(unit.id) !== hash) changed.push(`${document.id}:${unit.id}`);
      recorded.set(unit.id, hash);
    }
    hashes.set(document.id, recorded);
  }
  const file = stringHashesPath(lang);
  if (changed.length === 0) {
    if (documents.length > 0) console.log(`${file}: already current.`);
    return;
  }
  await writeAtomically(path.join(root, file), writeStringHashes(hashes));
  console.log(`${file}: recorded the current source of ${changed.join(', ')}.`);
}

/** Write every file or none: each to a temporary file first, then all renamed into place. */
async function writeAll(writes: readonly FileWrite[]): Promise<void> {
  const staged: [string, string][] = [];
  for (const write of writes) {
    const target = path.join(root, write.path);
    const temporary = `${target}.${process.pid}.tmp`;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, write.value, 'utf8');
    staged.push([temporary, target]);
  }
  for (const [temporary, target] of staged) await rename(temporary, target);
}

async function writeAtomically(file: string, value: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, value, 'utf8');
  await rename(temporary, file);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [command, ...files] = positionals;
if (values.format !== 'text' && values.format !== 'json') fail(`--format is text or json, not \`${values.format}\`.`);
if (command === 'status') await status();
else if (command === 'check') await check();
else if (command === 'review') await review();
else if (command === 'export') await exportXliff();
else if (command === 'import') await importXliff(files);
else if (command === 'rehash') await rehashAll();
else fail(command ? `Unknown command \`${command}\`.\n${usage}` : usage);
