import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestPage } from '../../src/runtime/manifest.ts';
import { formatDate, listedPages, navigationPages, smallSite } from '../../src/runtime/site-chrome.ts';
import { alternateLinksHtml, languageSwitcherHtml } from '../../src/runtime/page.ts';

const page = (id: string, title: string, order?: number, spanish?: string): ManifestPage => ({
  id,
  sourceHash: '',
  alternates: [],
  urls: { en: `/en/${id}/`, es: `/es/${id}/` },
  languages: {
    en: { status: 'source', title, titleStatus: 'source', counts: { translated: 0, stale: 0, missing: 0 } },
    es: spanish
      ? {
          status: 'translated',
          title: spanish,
          titleStatus: 'translated',
          counts: { translated: 0, stale: 0, missing: 0 },
        }
      : { status: 'missing', titleStatus: 'missing', counts: { translated: 0, stale: 0, missing: 1 } },
  },
  sections: [],
  ...(order === undefined ? {} : { order }),
});

const site = (pages: ManifestPage[]): Manifest => ({
  sourceLanguage: 'en',
  languages: [
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'es', name: 'Español', dir: 'ltr' },
  ],
  namespaces: [],
  pages,
});

describe('the navigation between pages', () => {
  it('lists pages by order, then by English title, each in the language where it is written', () => {
    const manifest = site([page('b', 'Beta'), page('a', 'Alpha'), page('z', 'Zeta', 1, 'Zeta en español')]);
    expect(listedPages(manifest, 'es')).toEqual([
      { id: 'z', href: '/es/z/', title: 'Zeta en español', lang: 'es' },
      { id: 'a', href: '/es/a/', title: 'Alpha', lang: 'en' },
      { id: 'b', href: '/es/b/', title: 'Beta', lang: 'en' },
    ]);
  });

  it('lists the pages with an order; without any, every page of a small site and none of a large one', () => {
    const ordered = site([page('a', 'Alpha', 2), page('b', 'Beta'), page('c', 'Gamma', 1)]);
    expect(navigationPages(ordered).map((entry) => entry.id)).toEqual(['c', 'a']);
    const small = site(Array.from({ length: smallSite }, (_, index) => page(`p${index}`, `Page ${index}`)));
    expect(navigationPages(small)).toHaveLength(smallSite);
    const large = site(Array.from({ length: smallSite + 1 }, (_, index) => page(`p${index}`, `Page ${index}`)));
    expect(navigationPages(large)).toEqual([]);
  });

  it('writes a date in each language’s words, whatever the time zone', () => {
    expect(formatDate('2026-12-06', 'en')).toBe('December 6, 2026');
    expect(formatDate('2026-12-06', 'es')).toBe('6 de diciembre de 2026');
    expect(formatDate('2026-01-01', 'es')).toBe('1 de enero de 2026');
  });
});

describe('the switcher and the alternates as HTML strings', () => {
  it('give what a template outputs as it is: the links with their languages and the current one marked', () => {
    const manifest = site([page('visas', 'Visas', 1, 'Trámites de visa')]);
    const html = languageSwitcherHtml({
      languages: manifest.languages,
      current: 'es',
      hrefs: { en: '/en/visas/', es: '/es/tramites-de-visa/' },
      label: 'Idioma',
    });
    expect(html).toBe(
      '<nav class="language-switcher" aria-label="Idioma" data-ui-label="landmarks.languageSwitcher" data-language-switcher=""><ul><li><a href="/en/visas/" lang="en" hreflang="en" dir="ltr">English</a></li><li><a href="/es/tramites-de-visa/" lang="es" hreflang="es" dir="ltr" aria-current="true">Español</a></li></ul></nav>',
    );
    const alternates = alternateLinksHtml({
      ...page('visas', 'Visas'),
      alternates: [
        { hreflang: 'en', href: '/en/visas/' },
        { hreflang: 'x-default', href: '/en/visas/' },
      ],
    });
    expect(alternates).toBe(
      '<link rel="alternate" hreflang="en" href="/en/visas/"><link rel="alternate" hreflang="x-default" href="/en/visas/">',
    );
  });
});
