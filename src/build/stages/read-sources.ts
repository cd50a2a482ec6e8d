/**
 * Read every source: content/site.yaml and glossary.yaml, the UI strings of
 * locales/ with their recorded source hashes, and the page files of content/.
 * Without a readable site config nothing else can be read, and the build stops.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { reportError } from '../../content/report.ts';
import { hasInterruptedWrite, journalPath } from '../../content/write-together.ts';
import { glossaryPath, readGlossary } from '../../content/glossary.ts';
import { readInto } from '../../content/read-file.ts';
import { readSiteConfig, siteConfigPath, type SiteConfig } from '../../content/site-config.ts';
import { readStringHashes, stringHashesPath, type StringHashes } from '../../content/string-hashes.ts';
import { readPageFiles } from '../page-files.ts';
import { loadUiStrings } from '../ui-strings.ts';
import type { BuildContext, Stage } from './context.ts';

async function readAll(context: BuildContext): Promise<BuildContext> {
  const { root, files } = context;
  if (hasInterruptedWrite(root)) {
    files.push(interruptedWrite(root));
    return { ...context, stopped: true };
  }
  // The live preview's cache remembers texts, so that a save reads only the files it changed.
  const remembered = context.options.cache?.remembers ? context.options.cache : undefined;
  const read = (relativePath: string) => readInto(files, root, relativePath, { remembered });
  const configFile = await read(siteConfigPath);
  const config = configFile && readSiteConfig(configFile);
  if (!config) return { ...context, stopped: true };
  // The glossary is optional: a site without one has no terms to check.
  const glossaryFile = existsSync(path.join(root, glossaryPath)) ? await read(glossaryPath) : undefined;
  const glossary = glossaryFile ? readGlossary(glossaryFile, config.languages, config.sourceLanguage) : [];
  const ui = await loadUiStrings(root, config, read, files);
  const stringHashes = await loadStringHashes(root, config, files);
  const pageFiles = await readPageFiles(root, config, ui, read, files, context.options.shard);
  return { ...context, config, glossary, ui, stringHashes, pageFiles };
}

/** A project that an import or rehash was killed while changing is half changed: no build of it until that is finished. */
function interruptedWrite(root: string): VFile {
  const file = new VFile({ cwd: root, path: journalPath });
  reportError(
    file,
    'An import or rehash was stopped while it wrote the files this names, so some have changed and others not. Run `npm run translations -- status`, which completes or undoes that change, then build again.',
    undefined,
    'interrupted-write',
  );
  return file;
}

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

export const readSources: Stage = { name: 'read sources', phase: 'read', continuesOnErrors: true, run: readAll };
