/**
 * The run-time layer's Node helpers: load the built bundles from dist/, and
 * serve pages and fragments from any Node server (server.ts, http.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from './manifest.ts';
import { createLocalizer, type LanguageBundle, type Localizer } from './localizer.ts';
import { createSite, type Site, type SiteOptions } from './server.ts';
import { folderIdentity } from './folder-identity.ts';
import { packageDist } from './package-dist.ts';

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
export {
  alternateLinkHeader,
  alternateLinks,
  alternateLinksHtml,
  languageSwitcher,
  languageSwitcherHtml,
  pageTree,
  pageView,
  renderPage,
} from './page.ts';
export type { PageOptions, PageView, SectionView, SwitcherOptions } from './page.ts';
export { createSite } from './server.ts';
export type { Site, SiteOptions, SiteResponse } from './server.ts';

/** A build output folder's manifest and every language's bundles. */
export interface BuildBundles {
  readonly manifest: Manifest;
  readonly resources: Record<string, LanguageBundle>;
}

/**
 * The manifest and every language's bundles from a build output folder, all
 * of one build: a build replaces the folder whole (a new folder takes its
 * name), so when the folder was replaced while they were read, they are read
 * again.
 */
export async function loadBundles(distDir: string = packageDist): Promise<BuildBundles> {
  return loadBundlesNow(distDir);
}

/** The same, synchronously (a site reads a new build on the request that finds it), with the folder's identity. */
function loadBundlesNow(distDir: string): BuildBundles & { readonly identity: string | undefined } {
  for (let attempt = 1; ; attempt += 1) {
    const identity = folderIdentity(distDir);
    try {
      const bundles = readBundles(distDir);
      if (folderIdentity(distDir) === identity) return { ...bundles, identity };
    } catch (error) {
      // Replaced while read (a file of the old build gone): read the new one; anything else is a real error.
      if (folderIdentity(distDir) === identity || attempt === wholeAttempts) throw error;
    }
    if (attempt === wholeAttempts)
      throw new Error(`${distDir} was replaced by a new build ${wholeAttempts} times while it was read: try again.`);
  }
}

/** The manifest's text; a folder without one is a build not run yet, and the error says so. */
function readManifestText(distDir: string): string {
  try {
    return readFileSync(path.join(distDir, 'manifest.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(
      `No build in ${distDir}: it has no manifest.json. Run \`npm run build\` first, or pass loadSite() the folder the build wrote ({ distDir }).`,
      { cause: error },
    );
  }
}

/** How many times a build's files are read before giving up (builds replacing the folder faster than it can be read). */
const wholeAttempts = 5;

function readBundles(distDir: string): BuildBundles {
  const manifest = JSON.parse(readManifestText(distDir)) as Manifest;
  const resources: Record<string, LanguageBundle> = {};
  for (const { code } of manifest.languages) {
    const bundle: Record<string, unknown> = {};
    for (const namespace of manifest.namespaces) {
      const file = path.join(distDir, 'locales', code, `${namespace}.json`);
      // A page not translated into this language has no bundle in it.
      if (existsSync(file)) bundle[namespace] = JSON.parse(readFileSync(file, 'utf8'));
    }
    resources[code] = bundle;
  }
  return { manifest, resources };
}

export { packageDist } from './package-dist.ts';

/** A localizer over a build output folder (default: this package's dist/). */
export async function loadLocalizer(distDir: string = packageDist): Promise<Localizer> {
  const { manifest, resources } = await loadBundles(distDir);
  return createLocalizer({
    resources,
    languages: manifest.languages.map((language) => language.code),
    sourceLanguage: manifest.sourceLanguage,
  });
}

/**
 * The server helper (server.ts) over a build output folder (default: this
 * package's dist/), serving every response from one complete build. Each
 * call looks at the folder's identity (one `stat`); when a new build has
 * replaced it, the site loads the new build whole before answering, and
 * drops the old one. A new build that cannot be read yet (the folder
 * missing for the instant of the swap) leaves the old one in use until the
 * next call.
 */
export async function loadSite(
  options: Omit<SiteOptions, 'localizer' | 'manifest'> & { readonly distDir?: string } = {},
): Promise<Site> {
  const { distDir = packageDist, ...siteOptions } = options;
  const load = (): { site: Site; identity: string | undefined } => {
    const { manifest, resources, identity } = loadBundlesNow(distDir);
    const languages = manifest.languages.map((language) => language.code);
    const localizer = createLocalizer({ resources, languages, sourceLanguage: manifest.sourceLanguage });
    return { site: createSite({ localizer, manifest, ...siteOptions }), identity };
  };
  let current = load();
  const site = (): Site => {
    const identity = folderIdentity(distDir);
    if (identity !== undefined && identity !== current.identity) {
      try {
        current = load();
      } catch {
        // Not readable as a whole yet: the next call tries again.
      }
    }
    return current.site;
  };
  return {
    get localizer() {
      return site().localizer;
    },
    get manifest() {
      return site().manifest;
    },
    negotiate: (request) => site().negotiate(request),
    view: (page, lang) => site().view(page, lang),
    page: (request, page, lang) => site().page(request, page, lang),
    index: (request, lang) => site().index(request, lang),
    search: (request, lang) => site().search(request, lang),
    notFound: (request) => site().notFound(request),
    fragment: (request, page, section, lang) => site().fragment(request, page, section, lang),
    respond: (request) => site().respond(request),
  };
}
