/** `translations rehash`: record that translations are current, after a translator updated them. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { compileTranslations } from '../../build/build-site.ts';
import { readProjectFile } from '../../content/read-file.ts';
import { readSiteConfig, siteConfigPath, type SiteConfig } from '../../content/site-config.ts';
import { sourceHash } from '../../pipeline/source-hash.ts';
import { stringHashesPath, writeStringHashes } from '../../content/string-hashes.ts';
import { hasErrors } from '../../content/report.ts';
import { writeTogether, type ProjectWrite } from '../../content/write-together.ts';
import { contentToString } from '../../translation/inline-string.ts';
import { rehash } from '../../translation/rehash.ts';
import { fail, println } from '../io.ts';
import { writeAtomically } from '../write-files.ts';
import { loadStringHashes, type TranslationsContext } from './context.ts';

/** Rehash the pages of one language; the files read, for their messages. */
async function rehashPages(
  context: TranslationsContext,
  config: SiteConfig,
  lang: string,
  only: readonly string[] | undefined,
): Promise<VFile[]> {
  const { root, io } = context;
  const names = (await readdir(path.join(root, 'content', lang)).catch(() => []))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const files: VFile[] = [];
  const writes: ProjectWrite[] = [];
  const written: string[] = [];
  for (const name of names) {
    const page = name.slice(0, -'.md'.length);
    if (context.options.page && page !== context.options.page) continue;
    const translation = await readProjectFile(root, `content/${lang}/${name}`);
    const source = await readProjectFile(root, `content/${config.sourceLanguage}/${name}`).catch(() => undefined);
    if (!source) {
      println(io.stderr, `${translation.path}: no source page content/${config.sourceLanguage}/${name}; skipped.`);
      continue;
    }
    const sourceLanguage = config.sourceLanguage;
    const changed = await rehash({ page, lang, sourceLanguage, source, translation, ...(only ? { only } : {}) });
    files.push(translation);
    if (hasErrors([translation])) continue;
    if (changed.length > 0) {
      writes.push({ path: translation.path, value: String(translation.value) });
      written.push(`${translation.path}: recorded the current source of ${changed.join(', ')}.`);
    } else {
      println(io.stdout, `${translation.path}: already current.`);
    }
  }
  // The pages change together, or none does (write-together.ts).
  await writeTogether(root, writes);
  for (const line of written) println(io.stdout, line);
  return files;
}

/** Record the source hash of every string the language has (or of `only` keys). */
async function rehashStrings(context: TranslationsContext, lang: string, only: readonly string[] | undefined) {
  const compiled = await compileTranslations(context.root);
  if (!compiled.translations) fail(reporter([...compiled.files], { quiet: true }));
  const { namespace } = context.options;
  const documents = (compiled.translations.documents.get(lang) ?? []).filter(
    (document) => document.kind === 'namespace' && (!namespace || document.id === namespace),
  );
  const hashes = await loadStringHashes(context, lang);
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
    if (documents.length > 0) println(context.io.stdout, `${file}: already current.`);
    return;
  }
  await writeAtomically(path.join(context.root, file), writeStringHashes(hashes));
  println(context.io.stdout, `${file}: recorded the current source of ${changed.join(', ')}.`);
}

export async function rehashAll(context: TranslationsContext): Promise<number> {
  const configFile = await readProjectFile(context.root, siteConfigPath);
  const config = readSiteConfig(configFile);
  if (!config) fail(reporter(configFile));
  const { lang, page, namespace } = context.options;
  const languages = config.languages.filter((code) => code !== config.sourceLanguage && (!lang || code === lang));
  if (lang && languages.length === 0)
    fail(`\`${lang}\` is not a translation language in ${siteConfigPath} (${config.languages.join(', ')}).`);
  const only = context.options.only?.split(',').map((id) => id.trim());
  const files: VFile[] = [];
  for (const code of languages) {
    if (!namespace) files.push(...(await rehashPages(context, config, code, only)));
    if (!page) await rehashStrings(context, code, only);
  }
  if (hasErrors(files)) fail(reporter(files, { quiet: true }));
  return 0;
}
