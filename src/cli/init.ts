/**
 * `embassy-content init [FOLDER]`: a new bilingual site that builds as it
 * is: content/site.yaml, one page in English and in Spanish, the UI strings
 * of both languages (this package's own), a glossary with one term, and a
 * .gitignore for what the build and the translators' commands write. The
 * Spanish is then marked current (`translations rehash`).
 *
 * It writes nothing when any of these files exists: a file a person wrote is
 * never replaced.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, packageRoot, parseCommandLine, println, type Command, type CommandIo } from './io.ts';
import { packageNameOf } from '../site/site-package.ts';
import { translations } from './translations/index.ts';

const usage = 'Usage: embassy-content init [FOLDER]';

/** The new site's files by path, as text. */
async function siteFiles(folder: string, today: string): Promise<Map<string, string>> {
  const files = new Map<string, string>([
    ['content/site.yaml', siteYaml(packageNameOf(folder))],
    ['content/en/welcome.md', englishPage(today)],
    ['content/es/welcome.md', spanishPage(today)],
    ['content/glossary.yaml', glossary],
    ['.gitignore', 'dist/\ntranslation-files/\nnode_modules/\n'],
  ]);
  for (const lang of ['en', 'es']) {
    files.set(`locales/${lang}/ui.json`, await readFile(path.join(packageRoot, 'locales', lang, 'ui.json'), 'utf8'));
  }
  return files;
}

function siteYaml(name: string): string {
  return `# Site settings read by the build and the run-time layer (embassy-content).

# The language content is written in; every other language translates it.
sourceLanguage: en

# Every language the site publishes, in the order the language switcher lists
# them. Each needs a folder in content/ and one in locales/.
languages:
  - en
  - es

# The site package the build writes into dist/ (npm pack dist/, or publish it).
package:
  name: ${name}
  version: 0.1.0

# The site's address, without a path. Once it is set, the build writes
# sitemap.xml and robots.txt with absolute URLs made from it.
# baseUrl: https://example.usembassy.gov
`;
}

function englishPage(today: string): string {
  return `---
id: welcome
lang: en
title: Welcome
summary: What this site offers, and in which languages.
updated: ${today}
---

This site gives the embassy's news and services in English and in Spanish.

## Services {#services}

The embassy helps citizens who live in the country or visit it.
`;
}

function spanishPage(today: string): string {
  return `---
id: welcome
lang: es
title: Bienvenida
summary: Lo que ofrece este sitio y en qué idiomas.
updated: ${today}
---

Este sitio ofrece las noticias y los servicios de la embajada en inglés y en español.

## Servicios {#services}

La embajada ayuda a los ciudadanos que viven en el país o lo visitan.
`;
}

const glossary = `# Terminology for translators, read by the translation checks: where the
# English term occurs, a translation must use the Spanish one.
terms:
  - en: embassy
    es: embajada
`;

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function writeSite(folder: string, files: ReadonlyMap<string, string>, io: CommandIo): Promise<void> {
  for (const [name, text] of files) {
    const file = path.join(folder, name);
    await mkdir(path.dirname(file), { recursive: true });
    // `wx`: a file that appeared since the check is still not replaced.
    await writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    println(io.stdout, `Wrote ${path.relative(io.cwd, file)}`);
  }
}

export const init: Command = async (argv, io) => {
  const { positionals } = parseCommandLine({ args: [...argv], allowPositionals: true, options: {} }, usage);
  if (positionals.length > 1) return fail(usage);
  const folder = path.resolve(io.cwd, positionals[0] ?? '.');
  const files = await siteFiles(folder, new Date().toISOString().slice(0, 10));
  const present = [];
  for (const name of files.keys()) if (await exists(path.join(folder, name))) present.push(name);
  if (present.length > 0)
    return fail(
      `${path.relative(io.cwd, folder) || 'This folder'} already has ${present.join(', ')}: nothing was written. Choose an empty folder (embassy-content init my-site).`,
    );
  await writeSite(folder, files, io);
  // The Spanish translates the English as it is now: record its source hashes.
  const rehashed = await translations(['rehash', '--root', folder], io);
  const shown = path.relative(io.cwd, folder);
  println(
    io.stdout,
    `\nA bilingual site is ready${shown ? ` in ${shown}` : ''}. Next:${shown ? `\n  cd ${shown}` : ''}
  npx embassy-content start     build it and serve it on http://localhost:4173
  npx embassy-content build     build it into dist/ (the site, and a package of its content)`,
  );
  return rehashed;
};
