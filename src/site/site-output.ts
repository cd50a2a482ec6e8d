/**
 * The site the build writes next to the fragments, so that `dist/` served
 * as it is is a working bilingual site:
 *
 *   <lang>/<page>/index.html     each page in each language of the site (the
 *                                page URLs of site.yaml), complete without
 *                                JavaScript; an untranslated page shows the
 *                                source text, marked as such
 *   <lang>/index.html            each language's index of pages (indexUrl)
 *   <lang>/404.html              each language's "page not found" (notFoundUrl)
 *   sitemap.xml, robots.txt      with hreflang alternates, when site.yaml
 *                                has the site's baseUrl (sitemap.ts)
 *   assets/embassy-content.js    the browser run-time layer (ESM, i18next
 *                                included), with the site's languages built in
 *   assets/site.js               mounts it on the page
 *   assets/site.css, favicon.svg the pages' styles and icon
 *
 * The pages go through the build's browser gate, once each.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { Manifest } from '../runtime/manifest.ts';
import {
  createLocalizer,
  uiNamespace,
  type LanguageBundle,
  type Localizer,
  type PageId,
} from '../runtime/localizer.ts';
import { indexPageTree, notFoundPageTree, pageTree, searchPageTree } from '../runtime/page.ts';
import { listedPages, navigationPages } from '../runtime/site-chrome.ts';
import { toHtml } from 'hast-util-to-html';
import { accessibilityPageUrls } from './report-pages.ts';

/** The build's files by path relative to the output folder: text, or bytes (a search index). */
export type BuildFiles = ReadonlyMap<string, string | Uint8Array>;

/** Where the site's files are, relative to the output folder. */
export const siteAssets = {
  runtime: 'assets/embassy-content.js',
  script: 'assets/site.js',
  stylesheet: 'assets/site.css',
  icon: 'assets/favicon.svg',
  search: 'assets/search.js',
} as const;

/** The reports the pages link to, relative to the output folder (the accessibility report's in the source language). */
export const siteReports = { accessibility: 'reports/a11y.html', translationReview: 'reports/review.html' } as const;

/** What the site's pages link and load: root-relative, as `dist/` is served at the site's root. */
export const pageLinks = {
  stylesheet: `/${siteAssets.stylesheet}`,
  script: `/${siteAssets.script}`,
  searchScript: `/${siteAssets.search}`,
  icon: `/${siteAssets.icon}`,
  reports: { accessibility: `/${siteReports.accessibility}`, translationReview: `/${siteReports.translationReview}` },
};

/** The links of a site's pages: each language's page links the accessibility report in its own language, where there is one. */
export function sitePageLinks(manifest: Pick<Manifest, 'languages' | 'sourceLanguage'>): Omit<
  typeof pageLinks,
  'reports'
> & {
  reports: { accessibility: Readonly<Record<string, string>>; translationReview: string };
} {
  const accessibility = accessibilityPageUrls(manifest);
  return { ...pageLinks, reports: { ...pageLinks.reports, accessibility } };
}

/** The files every page loads: the browser runtime, its mount script, the stylesheet and the icon. */
export async function siteAssetFiles(manifest: Manifest): Promise<Map<string, string | Uint8Array>> {
  const asset = (name: string) => readFile(path.join(import.meta.dirname, name), 'utf8');
  return new Map([
    [siteAssets.runtime, await browserRuntime(manifest)],
    [siteAssets.script, mountScript],
    [siteAssets.stylesheet, await asset('site.css')],
    [siteAssets.icon, await asset('favicon.svg')],
    // The search page's own script, out of the runtime every page loads.
    ...(manifest.site?.search ? [[siteAssets.search, await asset('search.js')] as const] : []),
  ]);
}

/** A page of the site to make: its file, language and kind, and everything its HTML is made from. */
export interface SitePageSource {
  readonly path: string;
  readonly lang: string;
  /** A content page (by id), the language's index of pages, its "page not found" page, or its search page. */
  readonly kind: 'page' | 'index' | 'not-found' | 'search';
  readonly page: string;
  /** The same input makes the same HTML: a build may reuse a page whose input it has seen. */
  readonly input: unknown;
  /** The input with its parts shared by every page of a language replaced by their digest, for keying it. */
  readonly identity?: unknown;
}

/**
 * Each page in each language, then each language's index and "not found"
 * page. A page's HTML is made from its language, the links, the manifest's
 * languages, its entry there and the navigation (every page's title and URL
 * in its language), and the bundles of the page and of the UI strings in
 * every language (an untranslated part falls back to the source's).
 */
export function sitePages(output: BuildFiles, manifest: Manifest): SitePageSource[] {
  const languages = manifest.languages.map((language) => language.code);
  // Bundles by digest: the UI strings' are in every page's input, and each page's in each of its languages'.
  const digests = new Map<string, string>();
  const bundle = (file: string): string | null => {
    const text = output.get(file);
    if (typeof text !== 'string') return null;
    let found = digests.get(file);
    if (found === undefined) {
      found = digest(text);
      digests.set(file, found);
    }
    return found;
  };
  const uiBundles = languages.map((lng) => bundle(`locales/${lng}/${uiNamespace}.json`));
  // What each language's navigation lists; the index pages' input has every page.
  const shown = navigationPages(manifest);
  const navigation = Object.fromEntries(languages.map((lng) => [lng, listedPages(manifest, lng, shown)]));
  const everyPage = Object.fromEntries(languages.map((lng) => [lng, listedPages(manifest, lng)]));
  const shared = {
    links: sitePageLinks(manifest),
    languages: manifest.languages,
    sourceLanguage: manifest.sourceLanguage,
    site: manifest.site,
  };
  // Every page of a language has the same navigation: written out once, not once per page.
  const sharedDigests = Object.fromEntries(
    languages.map((lng) => [lng, digest(JSON.stringify({ navigation: navigation[lng], ...shared }))]),
  );
  const contentPages = manifest.pages.flatMap((page) => {
    const bundles = Object.fromEntries(
      languages.map((lng) => [
        lng,
        [uiNamespace, page.id].map((namespace) => bundle(`locales/${lng}/${namespace}.json`)),
      ]),
    );
    return Object.entries(page.urls).map(([lang, href]) => ({
      path: pageFile(href),
      lang,
      kind: 'page' as const,
      page: page.id,
      input: { lang, page, bundles, navigation: navigation[lang], ...shared },
      identity: { lang, page, bundles, shared: sharedDigests[lang] },
    }));
  });
  const ownPages = (kind: 'index' | 'not-found' | 'search', urls: Readonly<Record<string, string>>) =>
    Object.entries(urls).map(([lang, href]) => ({
      path: pageFile(href),
      lang,
      kind,
      page: '',
      input: {
        kind,
        lang,
        uiBundles,
        navigation: navigation[lang],
        ...(kind === 'index' ? { pages: everyPage[lang] } : {}),
        ...shared,
      },
    }));
  return [
    ...contentPages,
    ...ownPages('index', manifest.site?.index ?? {}),
    ...ownPages('not-found', manifest.site?.notFound ?? {}),
    ...ownPages('search', manifest.site?.search ?? {}),
  ];
}

const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

/**
 * Makes pages from the build's bundles and manifest. The UI strings are read
 * on the first page it makes, and a page's own bundles when it makes that
 * page: after one edit, the one page made again reads only its own.
 */
export function sitePageMaker(
  output: BuildFiles,
  manifest: Manifest,
): (page: Pick<SitePageSource, 'page' | 'lang' | 'kind'>) => string {
  let localizer: Localizer | undefined;
  const pageIds = new Set(manifest.pages.map((page) => page.id));
  const loaded = new Set<string>();
  return ({ page, lang, kind }) => {
    localizer ??= bundleLocalizer(
      output,
      manifest,
      manifest.namespaces.filter((namespace) => !pageIds.has(namespace)),
    );
    if (kind === 'page' && !loaded.has(page)) {
      for (const [lng, bundle] of Object.entries(bundlesOf(output, manifest, [page]))) localizer.add(lng, bundle);
      loaded.add(page);
    }
    const options = { localizer, manifest, lang, ...sitePageLinks(manifest) };
    const tree =
      kind === 'index'
        ? indexPageTree(options)
        : kind === 'not-found'
          ? notFoundPageTree(options)
          : kind === 'search'
            ? searchPageTree(options)
            : pageTree({ ...options, page: page as PageId });
    return `${toHtml(tree, { allowDangerousHtml: true })}\n`;
  };
}

function bundleLocalizer(output: BuildFiles, manifest: Manifest, namespaces: readonly string[]): Localizer {
  const languages = manifest.languages.map((language) => language.code);
  const resources = bundlesOf(output, manifest, namespaces);
  return createLocalizer({ resources, languages, sourceLanguage: manifest.sourceLanguage });
}

/** These namespaces' bundles in each language, from the build's files. */
function bundlesOf(
  output: BuildFiles,
  manifest: Manifest,
  namespaces: readonly string[],
): Record<string, LanguageBundle> {
  const resources: Record<string, LanguageBundle> = {};
  for (const { code: lng } of manifest.languages) {
    const bundle: Record<string, unknown> = {};
    for (const namespace of namespaces) {
      const text = output.get(`locales/${lng}/${namespace}.json`);
      if (typeof text === 'string') bundle[namespace] = JSON.parse(text);
    }
    resources[lng] = bundle;
  }
  return resources;
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
    // browser.ts beside this file, or browser.js in the compiled package (lib/).
    entryPoints: [path.join(import.meta.dirname, `../runtime/browser${path.extname(import.meta.filename)}`)],
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
