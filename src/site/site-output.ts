/**
 * The site the build writes next to the fragments, so that `dist/` served
 * as it is is a working bilingual site:
 *
 *   <lang>/<page>/index.html     each page in each language of the site (the
 *                                page URLs of site.yaml), complete without
 *                                JavaScript; an untranslated page shows the
 *                                source text, marked as such
 *   assets/embassy-content.js    the browser run-time layer (ESM, i18next
 *                                included), with the site's languages built in
 *   assets/site.js               mounts it on the page
 *   assets/site.css, favicon.svg the pages' styles and icon
 *
 * The pages go through the build's browser gate, once each.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { Manifest } from '../runtime/manifest.ts';
import { createLocalizer, type LanguageBundle, type PageId } from '../runtime/localizer.ts';
import { pageTree } from '../runtime/page.ts';
import { toHtml } from 'hast-util-to-html';

/** Where the site's files are, relative to the output folder. */
export const siteAssets = {
  runtime: 'assets/embassy-content.js',
  script: 'assets/site.js',
  stylesheet: 'assets/site.css',
  icon: 'assets/favicon.svg',
} as const;

/** The reports the pages link to, relative to the output folder. */
export const siteReports = { accessibility: 'reports/a11y.md', translationReview: 'reports/review.html' } as const;

/** A page of the site: its file (relative to the output folder), language and HTML. */
export interface SitePage {
  readonly path: string;
  readonly lang: string;
  readonly html: string;
}

export interface SiteOutput {
  /** Files to write, by path relative to the output folder. */
  readonly files: ReadonlyMap<string, string>;
  /** The pages, for the browser gate. */
  readonly pages: readonly SitePage[];
}

/** What the site's pages link and load: root-relative, as `dist/` is served at the site's root. */
export const pageLinks = {
  stylesheet: `/${siteAssets.stylesheet}`,
  script: `/${siteAssets.script}`,
  icon: `/${siteAssets.icon}`,
  reports: { accessibility: `/${siteReports.accessibility}`, translationReview: `/${siteReports.translationReview}` },
};

/** The site, from the build's bundles (`locales/<lang>/<ns>.json` in `output`) and manifest. */
export async function siteOutput(output: ReadonlyMap<string, string>, manifest: Manifest): Promise<SiteOutput> {
  const languages = manifest.languages.map((language) => language.code);
  const resources: Record<string, LanguageBundle> = {};
  for (const lng of languages) {
    const bundle: Record<string, unknown> = {};
    for (const namespace of manifest.namespaces) {
      const text = output.get(`locales/${lng}/${namespace}.json`);
      if (text !== undefined) bundle[namespace] = JSON.parse(text);
    }
    resources[lng] = bundle;
  }
  const localizer = createLocalizer({ resources, languages, sourceLanguage: manifest.sourceLanguage });

  const files = new Map<string, string>();
  files.set(siteAssets.runtime, await browserRuntime(manifest));
  files.set(siteAssets.script, mountScript);
  files.set(siteAssets.stylesheet, await readFile(path.join(import.meta.dirname, 'site.css'), 'utf8'));
  files.set(siteAssets.icon, await readFile(path.join(import.meta.dirname, 'favicon.svg'), 'utf8'));

  const pages: SitePage[] = [];
  for (const page of manifest.pages) {
    for (const [lang, href] of Object.entries(page.urls)) {
      const file = pageFile(href);
      const tree = pageTree({ localizer, manifest, page: page.id as PageId, lang, ...pageLinks });
      const html = `${toHtml(tree, { allowDangerousHtml: true })}\n`;
      files.set(file, html);
      // The gate checks it as it is; the build traces its findings to the Markdown (a11y/site-page-harness.ts).
      pages.push({ path: file, lang, html });
    }
  }
  return { files, pages };
}

/** The file of a page URL: `/es/mexico/` → `es/mexico/index.html`. */
export function pageFile(href: string): string {
  const pathname = decodeURIComponent(new URL(href, 'http://localhost').pathname).replace(/^\/+/, '');
  return pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

const mountScript = `// Switch language in place; without this script the switcher links are plain links.
import { mount } from './embassy-content.js';

mount().catch((error) => console.error(error));
`;

const runtimeBundles = new Map<string, Promise<string>>();

/** How src/runtime/browser.ts is bundled for browsers: ESM, minified, with the site's languages built in. */
export function runtimeBuildOptions(manifest: Manifest): BuildOptions & { write: false } {
  const site = {
    languages: manifest.languages.map((language) => language.code),
    sourceLanguage: manifest.sourceLanguage,
    directions: Object.fromEntries(manifest.languages.map((language) => [language.code, language.dir])),
  };
  return {
    entryPoints: [path.join(import.meta.dirname, '../runtime/browser.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    define: { EMBASSY_SITE: JSON.stringify(site) },
    logLevel: 'silent',
  };
}

/** The browser runtime for a site (built once per set of languages, per process). */
export function browserRuntime(manifest: Manifest): Promise<string> {
  const options = runtimeBuildOptions(manifest);
  const key = JSON.stringify(options.define);
  let bundle = runtimeBundles.get(key);
  if (!bundle) {
    bundle = build(options).then((result) => result.outputFiles[0]?.text ?? '');
    runtimeBundles.set(key, bundle);
  }
  return bundle;
}
