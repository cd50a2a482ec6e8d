/**
 * What a visitor's browser downloads: the run-time JavaScript (the browser
 * runtime with i18next, and the script that mounts it) and each language's
 * bundles, raw and gzipped, measured on a build output folder; and what
 * the search page alone loads before the first query.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Manifest } from '../runtime/manifest.ts';
import { runtimeBuildOptions, siteAssets } from './site-output.ts';

/** The budget for run-time JavaScript, gzipped, i18next included. */
export const runtimeBudget = 25_000;

export interface FileSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface BundleSizes {
  /** The JavaScript a page loads. */
  readonly runtime: readonly FileSize[];
  readonly runtimeGzip: number;
  /** Bytes of the minified runtime that come from i18next (before gzip). */
  readonly i18nextBytes: number;
  /** Each language's bundles (fetched once each, on a switch). */
  readonly languages: Readonly<Record<string, readonly FileSize[]>>;
  /** What the search page loads before the first query (its script, Pagefind's, each language's index metadata and WebAssembly); absent without search. */
  readonly search?: readonly FileSize[];
}

const gzipped = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

/** The search page's own files: search.js, pagefind.js, then per language the WebAssembly and the index's metadata. */
async function searchFiles(distDir: string, manifest: Manifest): Promise<string[]> {
  const pagefind = await readdir(path.join(distDir, 'pagefind')).catch(() => []);
  const ofLanguage = (code: string) =>
    pagefind
      .filter(
        (name) =>
          name === `wasm.${code}.pagefind` || (name.startsWith(`pagefind.${code}_`) && name.endsWith('.pf_meta')),
      )
      .sort()
      .map((name) => `pagefind/${name}`);
  return [siteAssets.search, 'pagefind/pagefind.js', ...manifest.languages.flatMap(({ code }) => ofLanguage(code))];
}

export async function measureBundles(distDir: string): Promise<BundleSizes> {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'manifest.json'), 'utf8')) as Manifest;
  const size = async (file: string): Promise<FileSize> => {
    const text = await readFile(path.join(distDir, file), 'utf8');
    return { file, bytes: Buffer.byteLength(text), gzip: gzipped(text) };
  };
  const runtime = [await size(siteAssets.runtime), await size(siteAssets.script)];
  // The same bundle again, with esbuild's metafile, to see how much of it is i18next.
  const analysed = await build({ ...runtimeBuildOptions(manifest), metafile: true });
  const inputs = Object.values(analysed.metafile.outputs)[0]?.inputs ?? {};
  const i18nextBytes = Object.entries(inputs)
    .filter(([input]) => input.includes('node_modules/i18next/'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const languages: Record<string, FileSize[]> = {};
  for (const { code } of manifest.languages) {
    const files: FileSize[] = [];
    for (const namespace of manifest.namespaces) {
      files.push(
        await size(`locales/${code}/${namespace}.json`).catch(() => ({
          file: `locales/${code}/${namespace}.json`,
          bytes: 0,
          gzip: 0,
        })),
      );
    }
    languages[code] = files;
  }
  const search = manifest.site?.search
    ? await Promise.all((await searchFiles(distDir, manifest)).map(sizeOfBytes(distDir)))
    : undefined;
  return {
    runtime,
    runtimeGzip: runtime.reduce((sum, file) => sum + file.gzip, 0),
    i18nextBytes,
    languages,
    ...(search ? { search } : {}),
  };
}

/** A file's size, read as bytes (Pagefind's index files are binary, some of them already compressed). */
function sizeOfBytes(distDir: string): (file: string) => Promise<FileSize> {
  return async (file) => {
    const data = await readFile(path.join(distDir, file));
    return { file, bytes: data.length, gzip: gzipped(data) };
  };
}
