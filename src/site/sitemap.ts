/**
 * `sitemap.xml` and `robots.txt`. The sitemap follows the sitemaps.org
 * protocol, with each URL's language versions as `xhtml:link rel="alternate"
 * hreflang` (the form search engines document for multilingual sites):
 * every published language of every page, and each language's index of
 * pages, lists all its alternates and `x-default`. A language that only
 * shows the source's text is not an alternate, and not listed. The URLs are
 * absolute, made from site.yaml's `baseUrl`; without it there is no sitemap,
 * as a site's address is never guessed.
 */
import type { Manifest } from '../runtime/manifest.ts';

interface SitemapEntry {
  readonly loc: string;
  readonly lastmod?: string;
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
}

/** The sitemap of the site at `baseUrl` (an origin, `https://mx.usembassy.gov`). */
export function sitemap(manifest: Manifest, baseUrl: string): string {
  const absolute = (href: string) => new URL(href, baseUrl).href;
  const entries: SitemapEntry[] = [];
  for (const page of manifest.pages) {
    const alternates = page.alternates.map((alternate) => ({ ...alternate, href: absolute(alternate.href) }));
    for (const alternate of page.alternates) {
      if (alternate.hreflang === 'x-default') continue;
      const lastmod = page.languages[alternate.hreflang]?.updated;
      entries.push({ loc: absolute(alternate.href), ...(lastmod ? { lastmod } : {}), alternates });
    }
  }
  const index = manifest.site?.index ?? {};
  const indexAlternates = [
    ...Object.entries(index).map(([hreflang, href]) => ({ hreflang, href: absolute(href) })),
    ...(index[manifest.sourceLanguage]
      ? [{ hreflang: 'x-default', href: absolute(index[manifest.sourceLanguage] ?? '') }]
      : []),
  ];
  for (const href of Object.values(index)) entries.push({ loc: absolute(href), alternates: indexAlternates });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map(urlElement),
    '</urlset>',
    '',
  ].join('\n');
}

function urlElement(entry: SitemapEntry): string {
  return [
    '  <url>',
    `    <loc>${xml(entry.loc)}</loc>`,
    ...(entry.lastmod ? [`    <lastmod>${entry.lastmod}</lastmod>`] : []),
    ...entry.alternates.map(
      (alternate) =>
        `    <xhtml:link rel="alternate" hreflang="${xml(alternate.hreflang)}" href="${xml(alternate.href)}"/>`,
    ),
    '  </url>',
  ].join('\n');
}

/** `robots.txt`: everything may be crawled, and the sitemap is named. */
export function robots(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', baseUrl).href}\n`;
}

function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
