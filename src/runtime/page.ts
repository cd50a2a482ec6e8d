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

export interface PageOptions {
  readonly localizer: Localizer;
  readonly manifest: Manifest;
  readonly page: PageId;
  /** Language of the page; negotiated against the published ones (es-MX → es). */
  readonly lang: string;
  /** Stylesheet URL (none when absent). */
  readonly stylesheet?: string;
  /** Module script URL that enhances the page (browser.ts's mount); none when absent. */
  readonly script?: string;
  /** Icon URL (none when absent). */
  readonly icon?: string;
  /** Links to the build's reports (in the source language), in the footer. */
  readonly reports?: { readonly accessibility?: string; readonly translationReview?: string };
}

/** The `hreflang` alternates of a page: each language, and `x-default`. */
export function alternateLinks(page: ManifestPage): Element[] {
  return page.alternates.map((alternate) =>
    h('link', { rel: 'alternate', hrefLang: alternate.hreflang, href: alternate.href }),
  );
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
}

/** A page of the manifest in a language (negotiated: es-MX → es), ready for a template. */
export function pageView(localizer: Localizer, manifest: Manifest, pageId: string, lng: string): PageView {
  if (!manifest.pages.some((candidate) => candidate.id === pageId)) {
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

  const reports = options.reports ?? {};
  const reportLinks = [
    reports.accessibility
      ? h('li', [
          h(
            'a',
            { href: reports.accessibility, hrefLang: manifest.sourceLanguage, dataUi: 'reports.accessibility' },
            t('reports.accessibility'),
          ),
        ])
      : undefined,
    reports.translationReview
      ? h('li', [
          h(
            'a',
            { href: reports.translationReview, hrefLang: manifest.sourceLanguage, dataUi: 'reports.translationReview' },
            t('reports.translationReview'),
          ),
        ])
      : undefined,
  ].filter((link) => link !== undefined);

  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang, dir: view.dir }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', { dataTitle: options.page, dataTitleSuffix: 'publisher' }, `${view.title} – ${t('publisher')}`),
          ...(page ? alternateLinks(page) : []),
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
              hrefs: page?.urls ?? {},
              label: t('landmarks.languageSwitcher'),
            }),
          ]),
          h('main', { id: 'main' }, [h('h1', { dataTitle: options.page, ...titleLang }, view.title), ...sections]),
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

/** The page as HTML. */
export function renderPage(options: PageOptions): string {
  return `${toHtml(pageTree(options), { allowDangerousHtml: true })}\n`;
}
