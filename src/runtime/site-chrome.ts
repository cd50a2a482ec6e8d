/**
 * The parts of a site of many pages around a page's text: the navigation
 * between its pages, the date it was last updated, the index of pages and
 * the "page not found" page, in each language. They are made from the
 * manifest and the UI strings alone, so that a server, a static build and the
 * browser runtime make the same HTML.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Manifest, ManifestPage } from './manifest.ts';

/** A page as a language lists it: its URL and title, and the title's language when it is not the list's. */
export interface ListedPage {
  readonly id: string;
  readonly href: string;
  readonly title: string;
  /** The title's language: the source language's for a page not translated yet. */
  readonly lang: string;
  /** The page's summary, and its language (the source's where it is not translated). */
  readonly summary?: { readonly text: string; readonly lang: string };
}

/** The site's pages in navigation order: front matter `order` (lowest first), then the rest by source title. */
export function pagesInOrder(manifest: Manifest): ManifestPage[] {
  const title = (page: ManifestPage) => page.languages[manifest.sourceLanguage]?.title ?? page.id;
  return [...manifest.pages].sort(
    (a, b) =>
      (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
      title(a).localeCompare(title(b), manifest.sourceLanguage) ||
      a.id.localeCompare(b.id),
  );
}

/** A site of at most this many pages, none with an `order`, lists them all in its navigation. */
export const smallSite = 12;

/**
 * The pages the navigation lists: those with an `order` (the site's main
 * pages), or, where no page has one, every page of a small site. The index
 * lists every page; a navigation of hundreds of links helps no one, and
 * would make every page's size grow with the site's.
 */
export function navigationPages(manifest: Manifest): ManifestPage[] {
  const ordered = pagesInOrder(manifest).filter((page) => page.order !== undefined);
  if (ordered.length > 0) return ordered;
  return manifest.pages.length <= smallSite ? pagesInOrder(manifest) : [];
}

/** Each page as `lang` lists it: in that language where it is written, else in the source language. */
export function listedPages(
  manifest: Manifest,
  lang: string,
  pages: readonly ManifestPage[] = pagesInOrder(manifest),
): ListedPage[] {
  const source = manifest.sourceLanguage;
  return pages.map((page) => {
    const own = page.languages[lang];
    const original = page.languages[source];
    const titled = own?.title !== undefined;
    // A summary not translated yet is the source's, marked with its language like a title.
    const summary = titled && own.summary !== undefined ? own.summary : original?.summary;
    const summaryLang = titled && own.summary !== undefined ? lang : source;
    return {
      id: page.id,
      href: page.urls[lang] ?? page.urls[source] ?? '',
      title: (titled ? own.title : original?.title) ?? page.id,
      lang: titled ? lang : source,
      ...(summary === undefined ? {} : { summary: { text: summary, lang: summaryLang } }),
    };
  });
}

export interface NavigationOptions {
  readonly manifest: Manifest;
  readonly lang: string;
  /** The page shown (its link gets `aria-current="page"`); none on the index and "not found" pages. */
  readonly current?: string;
  /** The landmark's name and the index link's text, in the page's language. */
  readonly label: string;
  readonly indexText: string;
  /** The search page link's text, on a site with search. */
  readonly searchText?: string;
}

/**
 * The navigation between the site's pages: a labelled `<nav>` with a link to
 * the index, then one per page. A page not translated yet is listed with its
 * source title, marked with its language (`lang`, `hreflang`), so that a
 * screen reader reads it in the right voice.
 */
export function siteNavigation(options: NavigationOptions): Element {
  const { manifest, lang } = options;
  const index = manifest.site?.index[lang];
  const search = manifest.site?.search?.[lang];
  const items: ElementContent[] = [];
  if (index) items.push(h('li', [h('a', { href: index, dataUi: 'pageIndex' }, options.indexText)]));
  if (search && options.searchText)
    items.push(h('li', [h('a', { href: search, dataUi: 'search.title' }, options.searchText)]));
  for (const page of listedPages(manifest, lang, navigationPages(manifest))) {
    const other = page.lang === lang ? {} : { lang: page.lang, hrefLang: page.lang };
    const current = page.id === options.current ? { ariaCurrent: 'page' } : {};
    items.push(h('li', [h('a', { href: page.href, ...other, ...current }, page.title)]));
  }
  return h(
    'nav',
    {
      className: ['site-navigation'],
      ariaLabel: options.label,
      dataUiLabel: 'landmarks.pages',
      dataPageChrome: 'navigation',
    },
    [h('ul', items)],
  );
}

/** The page's date in the language's words, `December 6, 2026` or `6 de diciembre de 2026`, from an ISO date. */
export function formatDate(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** What stands for the date when the UI string `lastUpdated` is looked up: `t('lastUpdated', { date: dateMarker })`. */
export const dateMarker = '\u0000';

/**
 * "Last updated: <time>": the UI string `lastUpdated`, looked up with its
 * `{{date}}` as `dateMarker`, and the marker replaced by a `<time datetime>`
 * element, so that the date is machine readable where it is shown.
 */
export function lastUpdated(isoDate: string, lang: string, text: string): Element {
  const [before = '', after = ''] = text.split(dateMarker);
  return h('p', { className: ['updated'] }, [
    before,
    h('time', { dateTime: isoDate }, formatDate(isoDate, lang)),
    after,
  ]);
}

/** The index of pages in a language: each page's link, with its summary when it has one. */
export function pageIndexList(manifest: Manifest, lang: string): Element {
  return h(
    'ul',
    { className: ['page-index'] },
    listedPages(manifest, lang).map((page) => {
      const titleLang = page.lang === lang ? {} : { lang: page.lang, hrefLang: page.lang };
      const summary = page.summary;
      return h('li', [
        h('a', { href: page.href, ...titleLang }, page.title),
        ...(summary === undefined ? [] : [h('p', summary.lang === lang ? {} : { lang: summary.lang }, summary.text)]),
      ]);
    }),
  );
}
