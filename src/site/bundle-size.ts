/**
 * What a visitor's browser downloads: the run-time JavaScript (the browser
 * runtime with i18next, and the script that mounts it) and each language's
 * bundles, raw and gzipped, measured on a build output folder.
 */
import { readFile } from 'node:fs/promises';
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
}

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;

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
  return { runtime, runtimeGzip: runtime.reduce((sum, file) => sum + file.gzip, 0), i18nextBytes, languages };
}
