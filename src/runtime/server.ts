/**
 * Pages and fragments for a Node server, with no framework in it: each
 * function takes a request-like object (`url`, `headers`) and returns a
 * plain response (`status`, `headers`, `body`) that any server writes out:
 *
 *   node:http  response.writeHead(r.status, r.headers).end(r.body)
 *   Express    res.status(r.status).set(r.headers).send(r.body)
 *   Fastify    reply.code(r.status).headers(r.headers).send(r.body)
 *
 * A URL that names its language (`/es/mexico/`) gets that language; a
 * language-neutral one (`/mexico/`, a fragment) is negotiated (`?lang=`,
 * cookie, Accept-Language) and says so in `Vary`. Every page and fragment
 * carries `Content-Language`; pages list their `hreflang` alternates
 * (`<link>` in the page, a `Link` header for fragments).
 */
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import type { Manifest, ManifestPage } from './manifest.ts';
import {
  isHttps,
  languageCookie,
  languageHeaders,
  negotiateRequest,
  type CookieOptions,
  type Negotiation,
  type RequestLike,
} from './http.ts';
import type { Localizer, PageId, SectionId } from './localizer.ts';
import { fragmentWithNotice } from './notice.ts';
import {
  alternateLinkHeader,
  indexPageTree,
  notFoundPageTree,
  pageTree,
  pageView,
  searchPageTree,
  type PageOptions,
  type PageView,
  type SearchPageOptions,
} from './page.ts';

/** A response for any server to write. */
export interface SiteResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface SiteOptions extends Pick<PageOptions, 'stylesheet' | 'script' | 'icon' | 'reports'> {
  readonly localizer: Localizer;
  readonly manifest: Manifest;
  /** The cookie that remembers a choice (name, lifetime, `Secure`). */
  readonly cookie?: CookieOptions;
  /** Query parameter with an explicit choice (default `lang`). */
  readonly queryParameter?: string;
  /** Where `/` goes: the negotiated language's URL of this page (default: `/` is not handled). */
  readonly home?: PageId;
  /** Without `home`, send `/` to the negotiated language's index of pages instead. */
  readonly indexAsHome?: boolean;
  /** Path prefix of the language-neutral fragment URLs (default `/fragment/`: `/fragment/mexico/goals`). */
  readonly fragmentPath?: string;
  /** The search page's script (the package's `assets/search.js`, which loads the index from `/pagefind/`); without it, the page says search needs JavaScript. */
  readonly searchScript?: string;
}

export interface Site {
  readonly localizer: Localizer;
  readonly manifest: Manifest;
  /** The language of a request (`?lang=`, cookie, Accept-Language, source language). */
  negotiate(request: RequestLike): Negotiation;
  /** A page in a language, ready for a template (a CMS): title, and each section's HTML with the notice where one is due. */
  view(page: PageId, lang: string): PageView;
  /** A whole page: in `lang` when the URL names it, else negotiated. */
  page(request: RequestLike, page: PageId, lang?: string): SiteResponse;
  /** The index of pages in a language (the URL's, or negotiated). */
  index(request: RequestLike, lang?: string): SiteResponse;
  /** The search page in a language (the URL's, or negotiated); on a site without search, its "page not found". */
  search(request: RequestLike, lang?: string): SiteResponse;
  /**
   * The "page not found" page, status 404, in the language the URL starts
   * with (`/es/…`), else the visitor's (negotiated): for a server to send
   * when neither `respond` nor its own routes and files have the URL.
   */
  notFound(request: RequestLike): SiteResponse;
  /** One section's fragment (a `<section lang>`; a fallback has the "not translated yet" notice inside, after its heading). */
  fragment<P extends PageId>(request: RequestLike, page: P, section: SectionId<P>, lang?: string): SiteResponse;
  /**
   * Route a GET or HEAD request: page URLs from the manifest (`/es/mexico/`),
   * each language's index of pages (`/es/`), language-neutral page URLs
   * (`/mexico/`), fragments
   * (`/fragment/mexico/goals`) and `/` when `home` is set. Undefined for
   * anything else (static files, the caller's own routes).
   */
  respond(request: RequestLike & { readonly method?: string | undefined }): SiteResponse | undefined;
}

const html = 'text/html; charset=utf-8';

export function createSite(options: SiteOptions): Site {
  const { localizer, manifest } = options;
  const negotiation = {
    languages: localizer.languages,
    sourceLanguage: localizer.sourceLanguage,
    ...(options.queryParameter ? { queryParameter: options.queryParameter } : {}),
    ...(options.cookie?.name ? { cookieName: options.cookie.name } : {}),
  };
  const fragmentPath = options.fragmentPath ?? '/fragment/';
  // The cookie is `Secure` on a site that says so, and on any request that came over HTTPS.
  const cookieFor = (request: RequestLike): CookieOptions =>
    isHttps(request) ? { ...options.cookie, secure: true } : (options.cookie ?? {});

  const manifestPage = (id: string): ManifestPage => {
    const found = manifest.pages.find((page) => page.id === id);
    if (!found)
      throw new RangeError(
        `Unknown page \`${id}\`: not in the manifest (known pages: ${manifest.pages.map((page) => page.id).join(', ')}).`,
      );
    return found;
  };

  /** The language of a response: the URL's, or negotiated (then Vary, and a `?lang=` choice is remembered). */
  const choose = (request: RequestLike, lang: string | undefined) => {
    if (lang !== undefined) return { lang: localizer.negotiate(lang), negotiated: false, remember: undefined };
    const chosen = negotiateRequest(request, negotiation);
    return {
      lang: chosen.lang,
      negotiated: true,
      remember: chosen.from === 'query' ? languageCookie(chosen.lang, cookieFor(request)) : undefined,
    };
  };

  // A page in a language is the same HTML for every visitor: made once per site (a new build makes a new site).
  const made = new Map<string, string>();
  const once = (key: string, make: () => Root): string => {
    let body = made.get(key);
    if (body === undefined) {
      body = `${toHtml(make(), { allowDangerousHtml: true })}\n`;
      made.set(key, body);
    }
    return body;
  };
  const pageHtml = (page: PageId, lang: string): string =>
    once(`page\0${page}\0${lang}`, () => pageTree({ localizer, manifest, page, lang, ...pick(options) }));
  // The site's own pages (index, "not found", search) in a language.
  const ownPageTrees = {
    index: indexPageTree,
    'not-found': notFoundPageTree,
    search: (shell: SearchPageOptions) =>
      searchPageTree({ ...shell, ...(options.searchScript ? { searchScript: options.searchScript } : {}) }),
  };
  type OwnPage = keyof typeof ownPageTrees;
  const ownPageHtml = (kind: OwnPage, lang: string): string =>
    once(`${kind}\0${lang}`, () => ownPageTrees[kind]({ localizer, manifest, lang, ...pick(options) }));
  const ownPage = (kind: OwnPage, status: number, chosen: ReturnType<typeof choose>): SiteResponse => ({
    status,
    headers: { 'Content-Type': html, ...languageHeaders(chosen.lang, chosen), ...remembered(chosen.remember) },
    body: ownPageHtml(kind, chosen.lang),
  });

  const site: Site = {
    localizer,
    manifest,
    negotiate: (request) => negotiateRequest(request, negotiation),
    view: (page, lang) => pageView(localizer, manifest, page, lang),
    page(request, page, lang) {
      const chosen = choose(request, lang);
      const body = pageHtml(page, chosen.lang);
      return {
        status: 200,
        headers: { 'Content-Type': html, ...languageHeaders(chosen.lang, chosen), ...remembered(chosen.remember) },
        body,
      };
    },
    index: (request, lang) => ownPage('index', 200, choose(request, lang)),
    search: (request, lang) =>
      manifest.site?.search ? ownPage('search', 200, choose(request, lang)) : site.notFound(request),
    notFound(request) {
      const first = new URL(request.url ?? '/', 'http://localhost').pathname.split('/')[1] ?? '';
      const named = localizer.languages.find((code) => code.toLowerCase() === first.toLowerCase());
      return ownPage('not-found', 404, choose(request, named));
    },
    fragment(request, page, section, lang) {
      const chosen = choose(request, lang);
      const fragment = localizer.fragment(page, section, chosen.lang);
      const dir = manifest.languages.find((language) => language.code === fragment.requested)?.dir;
      const body = fragment.notice
        ? `${toHtml(fragmentWithNotice(fragment.html, { text: fragment.notice, lang: fragment.requested, ...(dir ? { dir } : {}) }))}\n`
        : fragment.html;
      return {
        status: 200,
        headers: {
          'Content-Type': html,
          // A fallback is in the source language, with the notice in the visitor's: both are named.
          ...languageHeaders(fragment.fallback ? `${fragment.requested}, ${fragment.lng}` : fragment.lng, chosen),
          Link: alternateLinkHeader(manifestPage(page)),
          ...remembered(chosen.remember),
        },
        body,
      };
    },
    respond(request) {
      if (request.method !== undefined && request.method !== 'GET' && request.method !== 'HEAD') return undefined;
      const url = new URL(request.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return undefined; // a malformed escape (`/%E0%A4%A`) names none of these routes
      }
      for (const page of manifest.pages) {
        for (const [lang, href] of Object.entries(page.urls)) {
          const target = new URL(href, 'http://localhost').pathname;
          if (pathname === target) {
            // A choice made on another language's page (`/en/mexico/?lang=es`, a switcher without the page's URLs): go there, and remember it.
            const chosen = negotiateRequest({ url: request.url, headers: {} }, negotiation); // the query only
            if (chosen.from === 'query' && chosen.lang !== lang)
              return redirect(
                303,
                page.urls[chosen.lang] ?? href,
                false,
                languageCookie(chosen.lang, cookieFor(request)),
              );
            return site.page(request, page.id as PageId, lang);
          }
          if (`${pathname}/` === target) return redirect(308, `${target}${url.search}`, false);
        }
        if (pathname === `/${page.id}/` || pathname === `/${page.id}`) return site.page(request, page.id as PageId);
      }
      const ownPages = [
        ...Object.entries(manifest.site?.index ?? {}).map(([lang, href]) => ({
          lang,
          href,
          serve: (request: RequestLike, lang: string) => site.index(request, lang),
        })),
        ...Object.entries(manifest.site?.search ?? {}).map(([lang, href]) => ({
          lang,
          href,
          serve: (request: RequestLike, lang: string) => site.search(request, lang),
        })),
      ];
      for (const { lang, href, serve } of ownPages) {
        const target = new URL(href, 'http://localhost').pathname;
        if (pathname === target) return serve(request, lang);
        if (`${pathname}/` === target) return redirect(308, `${target}${url.search}`, false);
      }
      if (pathname.startsWith(fragmentPath)) {
        const [page, section, ...rest] = pathname.slice(fragmentPath.length).split('/');
        const known = manifest.pages.find((candidate) => candidate.id === page);
        if (known && rest.length === 0 && known.sections.some((candidate) => candidate.id === section)) {
          return site.fragment(request, known.id as PageId, section as SectionId<PageId>);
        }
        return undefined;
      }
      if (pathname === '/' && (options.home !== undefined || options.indexAsHome === true)) {
        const chosen = choose(request, undefined);
        const href =
          options.home === undefined ? manifest.site?.index[chosen.lang] : manifestPage(options.home).urls[chosen.lang];
        if (href) return redirect(302, href, true, chosen.remember);
      }
      return undefined;
    },
  };
  return site;
}

function pick(options: SiteOptions): Pick<PageOptions, 'stylesheet' | 'script' | 'icon' | 'reports'> {
  return {
    ...(options.stylesheet ? { stylesheet: options.stylesheet } : {}),
    ...(options.script ? { script: options.script } : {}),
    ...(options.icon ? { icon: options.icon } : {}),
    ...(options.reports ? { reports: options.reports } : {}),
  };
}

function redirect(status: number, location: string, negotiated: boolean, cookie?: string): SiteResponse {
  return {
    status,
    headers: { Location: location, ...(negotiated ? { Vary: 'Accept-Language, Cookie' } : {}), ...remembered(cookie) },
    body: '',
  };
}

/** A response that sets the visitor's cookie is theirs alone: no shared cache may keep it. */
function remembered(cookie: string | undefined): Record<string, string> {
  return cookie ? { 'Set-Cookie': cookie, 'Cache-Control': 'private' } : {};
}
