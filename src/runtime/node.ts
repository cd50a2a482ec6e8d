/** The run-time layer's Node helpers: load the built bundles from dist/. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../build/manifest.ts';
import { createLocalizer, type LanguageBundle, type Localizer } from './localizer.ts';

export * from './index.ts';

/** The manifest and every language's bundles from a build output folder. */
export async function loadBundles(distDir: string = packageDist): Promise<{ manifest: Manifest; resources: Record<string, LanguageBundle> }> {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'manifest.json'), 'utf8')) as Manifest;
  const resources: Record<string, LanguageBundle> = {};
  for (const { code } of manifest.languages) {
    const bundle: Record<string, unknown> = {};
    for (const namespace of manifest.namespaces) {
      const file = path.join(distDir, 'locales', code, `${namespace}.json`);
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined; // a page not translated into this language
        throw error;
      });
      if (text !== undefined) bundle[namespace] = JSON.parse(text);
    }
    resources[code] = bundle as LanguageBundle;
  }
  return { manifest, resources };
}

/** This package's build output (dist/, two levels up from src/runtime and from lib/runtime). */
export const packageDist = fileURLToPath(new URL('../../dist', import.meta.url));

/** A localizer over a build output folder (default: this package's dist/). */
export async function loadLocalizer(distDir: string = packageDist): Promise<Localizer> {
  const { manifest, resources } = await loadBundles(distDir);
  return createLocalizer({ resources, languages: manifest.languages.map((language) => language.code), sourceLanguage: manifest.sourceLanguage });
}
