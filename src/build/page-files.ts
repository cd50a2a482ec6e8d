/**
 * The page files of content/<lang>/, read in order (so that the build's list
 * of files does not depend on rendering), by language, source first.
 */
import { VFile } from 'vfile';
import { reportError } from '../content/report.ts';
import { siteConfigPath, type SiteConfig } from '../content/site-config.ts';
import { listFiles, listFolders } from './list-folder.ts';
import { inShard, type Shard } from './shard.ts';
import type { Reader, UiStrings } from './ui-strings.ts';

/** A page file, read, with its page id. */
export interface PageFile {
  readonly file: VFile;
  readonly page: string;
}

export interface PageFiles {
  /** The files to render, by language: the source language first, as translations are read against its section ids. */
  readonly byLanguage: readonly { readonly lang: string; readonly files: readonly PageFile[] }[];
  /** Source pages whose file exists, even if it is broken: its translations then have a source, with errors of its own. */
  readonly sourcePages: ReadonlySet<string>;
}

export async function readPageFiles(
  root: string,
  config: SiteConfig,
  ui: UiStrings,
  read: Reader,
  files: VFile[],
  shard: Shard | undefined,
): Promise<PageFiles> {
  const folders = await listFolders(root, 'content');
  reportUnknownFolders(root, config, folders, files);
  const languages = [config.sourceLanguage, ...config.languages.filter((lang) => lang !== config.sourceLanguage)];
  const sourcePages = new Set<string>();
  const byLanguage: { lang: string; files: PageFile[] }[] = [];
  for (const lang of languages) {
    const all = folders.includes(lang) ? ((await listFiles(root, `content/${lang}`, '.md')) ?? []) : [];
    if (lang === config.sourceLanguage) for (const name of all) sourcePages.add(name.slice(0, -'.md'.length));
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
    const names = shard ? all.filter((name) => inShard(name.slice(0, -'.md'.length), shard)) : all;
    byLanguage.push({ lang, files: await readLanguage(config, ui, read, lang, names) });
  }
  return { byLanguage, sourcePages };
}

function reportUnknownFolders(root: string, config: SiteConfig, folders: readonly string[], files: VFile[]): void {
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
}

/** A language's page files; one named like a UI namespace is refused, as both share the bundle folder. */
async function readLanguage(
  config: SiteConfig,
  ui: UiStrings,
  read: Reader,
  lang: string,
  names: readonly string[],
): Promise<PageFile[]> {
  const pageFiles: PageFile[] = [];
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
  return pageFiles;
}
