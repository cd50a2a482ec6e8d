/**
 * What every translations command shares: its options, the project folder,
 * where it writes, and the site compiled as far as the translations need
 * (units, findings, statuses: build-site.ts's compileTranslations, without
 * the site pages or the runtime bundle).
 */
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { compileTranslations, type CompileResult } from '../../build/build-site.ts';
import { readProjectFile } from '../../content/read-file.ts';
import { siteConfigPath } from '../../content/site-config.ts';
import { readStringHashes, stringHashesPath, type StringHashes } from '../../content/string-hashes.ts';
import { hasErrors } from '../../content/report.ts';
import { projectSpellingCheck } from '../../translation/checks/spelling.ts';
import type { UnitDocument, UnitStatus } from '../../translation/unit.ts';
import { readImportedMemory } from '../../translation/memory/imported-memory.ts';
import { siteEntries, translationMemory, type TranslationMemory } from '../../translation/memory/translation-memory.ts';
import { fail, println, type CommandIo } from '../io.ts';

export interface TranslationsOptions {
  readonly lang?: string | undefined;
  readonly page?: string | undefined;
  readonly namespace?: string | undefined;
  readonly only?: string | undefined;
  readonly format: 'text' | 'json';
  readonly xliff: string;
  readonly out?: string | undefined;
  /** `import`: replace translations changed in the project since the export. */
  readonly overwrite?: boolean | undefined;
}

export interface TranslationsContext {
  /** The project folder (content/ and locales/). */
  readonly root: string;
  readonly options: TranslationsOptions;
  readonly io: CommandIo;
}

export type CompiledSite = CompileResult & { translations: NonNullable<CompileResult['translations']> };

export const unitStatuses: readonly UnitStatus[] = ['translated', 'stale', 'missing', 'identical'];

/** Where `--out` points, relative to where the command was typed in; by default, `fallback` in the project. */
export function outPath(context: TranslationsContext, fallback: string): string {
  const out = context.options.out;
  return out === undefined ? path.join(context.root, fallback) : path.resolve(context.io.cwd, out);
}

/** A path as the person who typed the command sees it: relative to their folder. */
export function shown(context: TranslationsContext, file: string): string {
  return path.relative(context.io.cwd, file);
}

/** Compile the translations; errors that are not translation findings are shown (a broken file hides its units). */
export async function compile(
  context: TranslationsContext,
  options: { spelling?: boolean; findingsShown?: boolean } = {},
): Promise<CompiledSite> {
  const checks = options.spelling ? [await projectSpellingCheck(context.root)] : [];
  const result = await compileTranslations(context.root, { translationChecks: checks });
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
  if (other.length > 0) println(context.io.stderr, reporter(other, { quiet: true }));
  return { ...result, translations: result.translations };
}

/** The translation languages the command works on: all, or `--lang`. */
export function languagesOf(
  context: TranslationsContext,
  documents: ReadonlyMap<string, readonly UnitDocument[]>,
): string[] {
  const { lang } = context.options;
  const languages = [...documents.keys()].filter((code) => !lang || code === lang);
  if (lang && languages.length === 0)
    fail(
      `\`${lang}\` is not a translation language of this site (${[...documents.keys()].join(', ') || 'none'}); see ${siteConfigPath}.`,
    );
  return languages;
}

/** The recorded source hashes of a language's UI strings (none when the file does not exist yet). */
export async function loadStringHashes(context: TranslationsContext, lang: string): Promise<StringHashes> {
  const file = await readProjectFile(context.root, stringHashesPath(lang)).catch(() => undefined);
  if (!file) return new Map();
  const hashes = readStringHashes(file);
  if (hasErrors([file])) fail(reporter(file));
  return hashes;
}

/**
 * The memory pretranslate, export and status use: the site's confirmed
 * translations, and the memories imported into memory/ (what is wrong in
 * one is said, and its readable units are used).
 */
export async function siteMemory(context: TranslationsContext, result: CompiledSite): Promise<TranslationMemory> {
  const sourceLanguage = result.manifest?.sourceLanguage ?? 'en';
  const imported = await readImportedMemory(context.root, sourceLanguage, [...result.translations.documents.keys()]);
  const said = imported.files.filter((file) => file.messages.length > 0);
  if (said.length > 0) println(context.io.stderr, reporter(said, { quiet: true }));
  return translationMemory([...siteEntries(result.translations.documents), ...imported.entries], sourceLanguage);
}
