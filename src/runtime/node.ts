/**
 * The run-time layer's Node helpers: load the built bundles from dist/, and
 * serve pages and fragments from any Node server (server.ts, http.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from './manifest.ts';
import { createLocalizer, type LanguageBundle, type Localizer } from './localizer.ts';
import { createSite, type Site, type SiteOptions } from './server.ts';

export * from './index.ts';
export {
  cookieValue,
  defaultCookieName,
  defaultQueryParameter,
  headerValue,
  languageCookie,
  languageHeaders,
  negotiateRequest,
} from './http.ts';
export type { CookieOptions, Negotiation, NegotiationOptions, RequestHeaders, RequestLike } from './http.ts';
export { alternateLinkHeader, alternateLinks, languageSwitcher, pageTree, pageView, renderPage } from './page.ts';
export type { PageOptions, PageView, SectionView, SwitcherOptions } from './page.ts';
export { createSite } from './server.ts';
export type { Site, SiteOptions, SiteResponse } from './server.ts';

/** The manifest and every language's bundles from a build output folder. */
export async function loadBundles(
  distDir: string = packageDist,
): Promise<{ manifest: Manifest; resources: Record<string, LanguageBundle> }> {
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
    resources[code] = bundle;
  }
  return { manifest, resources };
}

/** This package's build output (dist/, two levels up from src/runtime and from lib/runtime). */
export const packageDist = fileURLToPath(new URL('../../dist', import.meta.url));

/** A localizer over a build output folder (default: this package's dist/). */
export async function loadLocalizer(distDir: string = packageDist): Promise<Localizer> {
  const { manifest, resources } = await loadBundles(distDir);
  return createLocalizer({
    resources,
    languages: manifest.languages.map((language) => language.code),
    sourceLanguage: manifest.sourceLanguage,
  });
}

/** The server helper (server.ts) over a build output folder (default: this package's dist/). */
export async function loadSite(
  options: Omit<SiteOptions, 'localizer' | 'manifest'> & { readonly distDir?: string } = {},
): Promise<Site> {
  const { distDir = packageDist, ...siteOptions } = options;
  const { manifest, resources } = await loadBundles(distDir);
  const localizer = createLocalizer({
    resources,
    languages: manifest.languages.map((language) => language.code),
    sourceLanguage: manifest.sourceLanguage,
  });
  return createSite({ localizer, manifest, ...siteOptions });
}
