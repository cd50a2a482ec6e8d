/**
 * `npm run translations -- <command>`: the translator's tools.
 *
 *   status [--lang es] [--format text|json]   what is translated, stale or missing
 *   rehash [--lang es] [--page mexico] [--only title,goals]
 *                                             mark translations current after updating them
 *
 * Every command takes --root DIR to work on another project folder.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import type { VFile } from 'vfile';
import { compileSite } from '../src/build/build-site.ts';
import { readProjectFile } from '../src/content/read-file.ts';
import { readSiteConfig, siteConfigPath } from '../src/content/site-config.ts';
import { hasErrors } from '../src/pipeline/report.ts';
import { rehash } from '../src/translation/rehash.ts';

const usage = 'Usage: npm run translations -- <status|rehash> [--lang es] [--page ID] [--only title,SECTION] [--format text|json] [--root DIR]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    page: { type: 'string' },
    only: { type: 'string' },
    format: { type: 'string', default: 'text' },
    root: { type: 'string' },
  },
});

// --root works on another project folder (content/ and locales/).
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '..'));

const command = positionals[0];
if (command === 'status') await status();
else if (command === 'rehash') await rehashAll();
else fail(command ? `Unknown command \`${command}\`.\n${usage}` : usage);

async function status(): Promise<void> {
  const result = await compileSite(root);
  const manifest = result.manifest;
  // Errors are shown, and the status of what could be read is listed all the same.
  if (!result.ok) console.error(reporter([...result.files], { quiet: true }));
  if (!manifest) process.exit(1);
  process.exitCode = result.ok ? 0 : 1;
  const languages = manifest.languages.map((language) => language.code).filter((code) => code !== manifest.sourceLanguage && (!values.lang || code === values.lang));
  const rows = manifest.pages.flatMap((page) =>
    languages.flatMap((lang) => [
      { lang, page: page.id, item: 'title', status: page.languages[lang]?.titleStatus ?? 'missing' },
      ...page.sections.map((section) => ({ lang, page: page.id, item: section.id, status: section.languages[lang]?.status ?? 'missing' })),
    ]),
  );
  if (values.format === 'json') {
    console.log(JSON.stringify({ items: rows }, null, 2));
    return;
  }
  for (const lang of languages) {
    const mine = rows.filter((row) => row.lang === lang);
    const count = (wanted: string) => mine.filter((row) => row.status === wanted).length;
    console.log(`${lang}: ${count('translated')} translated, ${count('stale')} stale, ${count('missing')} missing`);
    for (const row of mine) console.log(`  ${row.page}/${row.item}: ${row.status}`);
  }
}

async function rehashAll(): Promise<void> {
  const configFile = await readProjectFile(root, siteConfigPath);
  const config = readSiteConfig(configFile);
  if (!config) fail(reporter(configFile));
  const languages = config.languages.filter((code) => code !== config.sourceLanguage && (!values.lang || code === values.lang));
  if (values.lang && languages.length === 0) fail(`\`${values.lang}\` is not a translation language in ${siteConfigPath} (${config.languages.join(', ')}).`);
  const files: VFile[] = [];
  for (const lang of languages) {
    const names = (await readdir(path.join(root, 'content', lang)).catch(() => [])).filter((name) => name.endsWith('.md')).sort();
    for (const name of names) {
      const page = name.slice(0, -'.md'.length);
      if (values.page && page !== values.page) continue;
      const translation = await readProjectFile(root, `content/${lang}/${name}`);
      const source = await readProjectFile(root, `content/${config.sourceLanguage}/${name}`).catch(() => undefined);
      if (!source) {
        console.error(`${translation.path}: no source page content/${config.sourceLanguage}/${name}; skipped.`);
        continue;
      }
      const only = values.only?.split(',').map((id) => id.trim());
      const changed = await rehash({ page, lang, sourceLanguage: config.sourceLanguage, source, translation, ...(only ? { only } : {}) });
      files.push(translation);
      if (hasErrors([translation])) continue;
      if (changed.length > 0) {
        await writeFile(path.join(root, translation.path), String(translation.value), 'utf8');
        console.log(`${translation.path}: recorded the current source of ${changed.join(', ')}.`);
      } else {
        console.log(`${translation.path}: already current.`);
      }
    }
  }
  if (hasErrors(files)) fail(reporter(files, { quiet: true }));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
