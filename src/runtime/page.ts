/**
 * A whole page in one language, as an embassy site serves it: skip link,
 * language switcher, the page title as `<h1>`, every section in its marked
 * container, links to the reports, and a live region for the browser
 * runtime's announcements. It works without JavaScript; with the browser
 * runtime (browser.ts) loaded, switching language happens in place.
 *
 * The parts are exported too (the switcher, the alternate links), for sites
 * that have their own page chrome.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Manifest, ManifestLanguage, ManifestPage } from './manifest.ts';
import type { Localizer, PageId } from './localizer.ts';
import { fragmentWithNotice } from './notice.ts';
import { dateMarker, lastUpdated, pageIndexList, siteNavigation } from './site-chrome.ts';

/** What every page of the site is made with. */
export interface ShellOptions {
  readonly localizer: Localizer;
  readonly manifest: Manifest;
  /** Stylesheet URL (none when absent). */
  readonly stylesheet?: string;
  /** Module script URL that enhances the page (browser.ts's mount); none when absent. */
  readonly script?: string;
  /** Icon URL (none when absent). */
  readonly icon?: string;
  /**
   * Links to the build's reports, in the footer: a URL in the source language, or one per language
   * (the page's own language's is linked, else the source language's).
   */
  readonly reports?: {
    readonly accessibility?: string | Readonly<Record<string, string>>;
    readonly translationReview?: string | Readonly<Record<string, string>>;
  };
}

export interface PageOptions extends ShellOptions {
  readonly page: PageId;
  /** Language of the page; negotiated against the published ones (es-MX → es). */
  readonly lang: string;
}

/** The `hreflang` alternates of a page: each language, and `x-default`. */
export function alternateLinks(page: ManifestPage): Element[] {
  return page.alternates.map((alternate) =>
    h('link', { rel: 'alternate', hrefLang: alternate.hreflang, href: alternate.href }),
  );
}

/** The alternates as HTML, for a template that outputs the `<head>` itself. */
export function alternateLinksHtml(page: ManifestPage): string {
  return toHtml(alternateLinks(page));
}

/** The same alternates as an HTTP `Link` header value (RFC 8288), for responses that are not HTML pages. */
export function alternateLinkHeader(page: ManifestPage): string {
  return page.alternates
    .map((alternate) => `<${encodeURI(alternate.href)}>; rel="alternate"; hreflang="${alternate.hreflang}"`)
    .join(', ');
}

export interface SwitcherOptions {
  readonly languages: readonly ManifestLanguage[];
  /** The page's language: its link gets `aria-current`. */
  readonly current: string;
  /** Each language's URL of this page. */
  readonly hrefs: Readonly<Record<string, string>>;
  /** Accessible name of the navigation landmark, in the page's language. */
  readonly label: string;
}

/**
 * The language switcher (USWDS language selector, GOV.UK language
 * navigation): a labelled `<nav>` with one real link per language, each
 * named in its own language with `lang` and `hreflang`, the current one
 * marked `aria-current`. Every language stays a link, so that when the
 * browser runtime switches in place, the focused link stays focused.
 */
export function languageSwitcher(options: SwitcherOptions): Element {
  return h(
    'nav',
    {
      className: ['language-switcher'],
      ariaLabel: options.label,
      dataUiLabel: 'landmarks.languageSwitcher',
      dataLanguageSwitcher: '',
    },
    [
      h(
        'ul',
        options.languages.map((language) =>
          h('li', [
            h(
              'a',
              {
                href: options.hrefs[language.code] ?? `?lang=${language.code}`,
                lang: language.code,
                hrefLang: language.code,
                dir: language.dir,
                ...(language.code === options.current ? { ariaCurrent: 'true' } : {}),
              },
              language.name,
            ),
          ]),
        ),
      ),
    ],
  );
}

/** The language switcher as HTML, for a template that outputs it as it is (Liquid, Nunjucks, JSX `dangerouslySetInnerHTML`). */
export function languageSwitcherHtml(options: SwitcherOptions): string {
  return toHtml(languageSwitcher(options));
}

/** A section as a template outputs it. */
export interface SectionView {
  readonly id: string;
  /** Its container's `data-fragment` value (`mexico/goals`), for the browser runtime. */
  readonly fragment: string;
  /** The language of its text (the source language's when the translation is missing). */
  readonly lang: string;
  /** The section's HTML, with the "not translated yet" notice inside it when it is a fallback. */
  readonly html: string;
}

/** A page in one language as a template (a CMS, a server page) outputs it: text to escape, HTML to output as it is. */
export interface PageView {
  readonly id: string;
  /** `<html lang>` and `dir`. */
  readonly lang: string;
  readonly dir: string;
  readonly title: string;
  /** The title's language when it is not the page's (a missing translation). */
  readonly titleLang?: string;
  readonly sections: readonly SectionView[];
  /** The page's URL in this language (a static site generator's permalink). */
  readonly url: string;
  /** The language switcher for this page (languageSwitcherHtml), and its `<link rel="alternate">`s for the `<head>`: HTML. */
  readonly switcher: string;
  readonly alternates: string;
}

/** A page of the manifest in a language (negotiated: es-MX → es), ready for a template. */
export function pageView(localizer: Localizer, manifest: Manifest, pageId: string, lng: string): PageView {
  const page = manifest.pages.find((candidate) => candidate.id === pageId);
  if (!page) {
    throw new RangeError(
      `Unknown page \`${pageId}\`: not in the manifest (known pages: ${manifest.pages.map((known) => known.id).join(', ')}).`,
    );
  }
  const localized = localizer.page(pageId as PageId, lng);
  const { lang, title } = localized;
  const dir = manifest.languages.find((language) => language.code === lang)?.dir ?? 'ltr';
  return {
    id: pageId,
    lang,
    dir,
    title: title.text,
    ...(title.fallback ? { titleLang: title.lng } : {}),
    sections: localized.sections.map((section) => ({
      id: section.id,
      fragment: `${pageId}/${section.id}`,
      lang: section.lng,
      html: section.notice
        ? toHtml(fragmentWithNotice(section.html, { text: section.notice, lang, dir }))
        : section.html,
    })),
    url: page.urls[lang] ?? '',
    switcher: languageSwitcherHtml({
      languages: manifest.languages,
      current: lang,
      hrefs: page.urls,
      label: localizer.t(lang)('landmarks.languageSwitcher'),
    }),
    alternates: alternateLinksHtml(page),
  };
}

/** What every page of the site has around its main content. */
interface ShellParts {
  readonly lang: string;
  readonly dir: string;
  /** The `<title>` and the `<h1>`, with what the browser runtime needs to change them in place. */
  readonly title: ElementContent;
  readonly heading: Element;
  readonly head: readonly Element[];
  /** Each language's URL of this page, for the switcher. */
  readonly hrefs: Readonly<Record<string, string>>;
  /** The page the navigation marks as the current one. */
  readonly current?: string;
  readonly main: readonly ElementContent[];
}

function shell(options: ShellOptions, parts: ShellParts): Root {
  const { manifest } = options;
  const { lang } = parts;
  const t = options.localizer.t(lang);
  const reports = options.reports ?? {};
  const reportLink = (
    hrefs: string | Readonly<Record<string, string>> | undefined,
    key: 'reports.accessibility' | 'reports.translationReview',
  ) => {
    const source = manifest.sourceLanguage;
    const [hrefLang, href] =
      typeof hrefs === 'string' ? [source, hrefs] : hrefs?.[lang] ? [lang, hrefs[lang]] : [source, hrefs?.[source]];
    return href ? [h('li', [h('a', { href, hrefLang, dataUi: key }, t(key))])] : [];
  };
  const reportLinks = [
    ...reportLink(reports.accessibility, 'reports.accessibility'),
    ...reportLink(reports.translationReview, 'reports.translationReview'),
  ];
  const navigation = manifest.site
    ? [
        siteNavigation({
          manifest,
          lang,
          ...(parts.current === undefined ? {} : { current: parts.current }),
          label: t('landmarks.pages'),
          indexText: t('pageIndex'),
          searchText: t('search.title'),
        }),
      ]
    : [];
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang, dir: parts.dir }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          parts.title,
          ...parts.head,
          ...(options.icon ? [h('link', { rel: 'icon', href: options.icon, type: 'image/svg+xml' })] : []),
          ...(options.stylesheet ? [h('link', { rel: 'stylesheet', href: options.stylesheet })] : []),
          ...(options.script ? [h('script', { type: 'module', src: options.script })] : []),
        ]),
        h('body', [
          h('a', { className: ['skip-link'], href: '#main', dataUi: 'skipLink' }, t('skipLink')),
          h('header', [
            h('p', { className: ['publisher'], dataUi: 'publisher' }, t('publisher')),
            languageSwitcher({
              languages: manifest.languages,
              current: lang,
              hrefs: parts.hrefs,
              label: t('landmarks.languageSwitcher'),
            }),
            ...navigation,
          ]),
          h('main', { id: 'main' }, [parts.heading, ...parts.main]),
          ...(reportLinks.length > 0
            ? [
                h('footer', [
                  h('nav', { ariaLabel: t('landmarks.reports'), dataUiLabel: 'landmarks.reports' }, [
                    h('ul', reportLinks),
                  ]),
                ]),
              ]
            : []),
          // Present from the start: a live region added at the moment of an announcement is often not read.
          h('div', { className: ['visually-hidden'], role: 'status', dataAnnouncer: '' }),
        ]),
      ]),
    ],
  };
}

/** The page as a syntax tree (fragments are raw HTML nodes: they are built and sanitized already). */
export function pageTree(options: PageOptions): Root {
  const { localizer, manifest } = options;
  const view = pageView(localizer, manifest, options.page, options.lang);
  const page = manifest.pages.find((candidate) => candidate.id === view.id);
  const { lang } = view;
  const t = localizer.t(lang);
  const titleLang = view.titleLang ? { lang: view.titleLang } : {};
  const sections: ElementContent[] = view.sections.map((section) =>
    h('div', { dataFragment: section.fragment }, [{ type: 'raw', value: section.html }]),
  );
  const updated = page ? updatedDate(page, lang, manifest.sourceLanguage) : undefined;
  return shell(options, {
    lang,
    dir: view.dir,
    title: h('title', { dataTitle: options.page, dataTitleSuffix: 'publisher' }, `${view.title} – ${t('publisher')}`),
    heading: h('h1', { dataTitle: options.page, ...titleLang }, view.title),
    head: page ? alternateLinks(page) : [],
    hrefs: page?.urls ?? {},
    current: view.id,
    main: [
      ...sections,
      // Always there, so that switching to a language whose version has a date has a place to put it.
      h(
        'div',
        { dataPageChrome: 'updated' },
        updated ? [lastUpdated(updated, lang, t('lastUpdated', { date: dateMarker }))] : [],
      ),
    ],
  });
}

/** The date a page in a language was last updated: its own, or the source's where it shows the source's text. */
function updatedDate(page: ManifestPage, lang: string, sourceLanguage: string): string | undefined {
  const own = page.languages[lang];
  return own?.title === undefined ? page.languages[sourceLanguage]?.updated : own.updated;
}

/** A page of the site's own (the index, "not found") in a language, titled by the UI string `key`. */
function ownPage(
  options: ShellOptions,
  lang: string,
  urls: Readonly<Record<string, string>>,
  titleKey: 'pageIndex' | 'notFound.title' | 'search.title',
  main: readonly ElementContent[],
  head: readonly Element[] = [],
): Root {
  const { manifest } = options;
  const published = manifest.languages.some((language) => language.code === lang) ? lang : manifest.sourceLanguage;
  const t = options.localizer.t(published);
  const dir = manifest.languages.find((language) => language.code === published)?.dir ?? 'ltr';
  return shell(options, {
    lang: published,
    dir,
    title: h('title', { dataPageChrome: 'title' }, `${t(titleKey)} – ${t('publisher')}`),
    heading: h('h1', { dataUi: titleKey }, t(titleKey)),
    head: [
      ...Object.entries(urls).map(([code, href]) => h('link', { rel: 'alternate', hrefLang: code, href })),
      ...head,
    ],
    hrefs: urls,
    main,
  });
}

export interface SearchPageOptions extends ShellOptions {
  readonly lang: string;
  /** The search script's URL (loaded on this page only). */
  readonly searchScript?: string;
}

/**
 * The search page in a language: a labelled search form, a polite status
 * that says how many results there are, and the results as a list of links
 * with their excerpts. The search script (site/search-script.ts) fills them;
 * without JavaScript, the page says so and points to the index.
 */
export function searchPageTree(options: SearchPageOptions): Root {
  const { manifest, lang } = options;
  const t = options.localizer.t(lang);
  // The status's templates, with their placeholders left for the script to fill.
  const template = (key: 'search.resultsOne' | 'search.resultsOther' | 'search.none') =>
    t(key, { query: '{{query}}', count: '{{count}}', interpolation: { escapeValue: false } });
  const index = manifest.site?.index[lang];
  return ownPage(
    options,
    lang,
    manifest.site?.search ?? {},
    'search.title',
    [
      h(
        'form',
        {
          className: ['site-search'],
          role: 'search',
          action: manifest.site?.search?.[lang] ?? '',
          method: 'get',
          dataSearch: '',
        },
        [
          h('label', { htmlFor: 'search-query', dataUi: 'search.label' }, t('search.label')),
          h('input', { id: 'search-query', name: 'q', type: 'search', autoComplete: 'off' }),
          h('button', { type: 'submit', dataUi: 'search.button' }, t('search.button')),
        ],
      ),
      h('p', {
        className: ['search-status'],
        role: 'status',
        dataSearchStatus: '',
        dataSearching: t('search.searching'),
        dataOne: template('search.resultsOne'),
        dataOther: template('search.resultsOther'),
        dataNone: template('search.none'),
      }),
      h('ol', { className: ['search-results'], dataSearchResults: '' }),
      h('noscript', [h('p', [t('search.noScript'), ...(index ? [' ', h('a', { href: index }, t('pageIndex'))] : [])])]),
    ],
    options.searchScript ? [h('script', { type: 'module', src: options.searchScript })] : [],
  );
}

/** The index of the site's pages in a language. */
export function indexPageTree(options: ShellOptions & { readonly lang: string }): Root {
  const urls = options.manifest.site?.index ?? {};
  return ownPage(options, options.lang, urls, 'pageIndex', [
    h('div', { dataPageChrome: 'index' }, [pageIndexList(options.manifest, options.lang)]),
  ]);
}

/** The "page not found" page in a language: what happened, and the way on (the index). */
export function notFoundPageTree(options: ShellOptions & { readonly lang: string }): Root {
  const { manifest, lang } = options;
  const t = options.localizer.t(lang);
  const index = manifest.site?.index[lang];
  return ownPage(options, lang, manifest.site?.notFound ?? {}, 'notFound.title', [
    h('p', { dataUi: 'notFound.text' }, t('notFound.text')),
    ...(index ? [h('p', [h('a', { href: index, dataUi: 'pageIndex' }, t('pageIndex'))])] : []),
  ]);
}

/** The page as HTML. */
export function renderPage(options: PageOptions): string {
  return `${toHtml(pageTree(options), { allowDangerousHtml: true })}\n`;
}
