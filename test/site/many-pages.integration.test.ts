/**
 * A site of many pages, built from test/fixtures/site: an untranslated page,
 * a page with a Spanish slug, dates and summaries. Its navigation, index,
 * switcher, hreflang alternates and sitemap agree with each other and with
 * the manifest; the sitemap is well-formed XML (xmllint); a page deleted
 * between two builds leaves every list; two pages at one URL are an error at
 * both files; and the server helper sends the "page not found" page in the
 * visitor's language.
 */
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { loadSite } from '../../src/runtime/node.ts';
import type { Manifest } from '../../src/runtime/manifest.ts';
import { pageFile, sitePageLinks } from '../../src/site/site-output.ts';
import { editFile, scratchFolders, siteFixtureRoot } from '../helpers.ts';

const scratch = scratchFolders();

async function build(root: string) {
  const outDir = path.join(root, 'dist');
  const result = await buildSite({ root, outDir, browserChecks: false });
  expect(result.files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String))).toEqual([]);
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  const page = async (href: string) => fromHtml(await readFile(path.join(outDir, pageFile(href)), 'utf8'));
  return { outDir, manifest, page };
}

const links = (tree: ReturnType<typeof fromHtml>, selector: string) =>
  selectAll(selector, tree).map((link: Element) => ({
    href: String(link.properties.href),
    text: toString(link),
    ...(link.properties.lang ? { lang: String(link.properties.lang) } : {}),
  }));

describe('a site of many pages', () => {
  let site: Awaited<ReturnType<typeof build>>;
  let root: string;

  beforeAll(async () => {
    root = await scratch.project(siteFixtureRoot);
    site = await build(root);
  });

  it('gives each language its URLs: its own slug, else the source page’s', () => {
    const urls = Object.fromEntries(site.manifest.pages.map((page) => [page.id, page.urls]));
    expect(urls).toEqual({
      contact: { en: '/en/contact/', es: '/es/contact/' },
      mexico: { en: '/en/mexico/', es: '/es/mexico/' },
      services: { en: '/en/services/', es: '/es/services/' },
      visas: { en: '/en/visas/', es: '/es/tramites-de-visa/' },
    });
    expect(site.manifest.site).toEqual({
      index: { en: '/en/', es: '/es/' },
      notFound: { en: '/en/404.html', es: '/es/404.html' },
      search: { en: '/en/search/', es: '/es/search/' },
    });
  });

  it('lists the same pages, in front matter order, in the navigation of every page and in the index', async () => {
    for (const { code: lang } of site.manifest.languages) {
      const expected = ['mexico', 'visas', 'services', 'contact'].map((id) => {
        const page = site.manifest.pages.find((candidate) => candidate.id === id);
        return page?.urls[lang];
      });
      const index = await site.page(site.manifest.site?.index[lang] ?? '');
      expect(links(index, '.page-index a').map((link) => link.href)).toEqual(expected);
      for (const page of site.manifest.pages) {
        const tree = await site.page(page.urls[lang] ?? '');
        const navigation = links(tree, 'nav.site-navigation a');
        expect(navigation.map((link) => link.href)).toEqual([
          site.manifest.site?.index[lang],
          site.manifest.site?.search?.[lang],
          ...expected,
        ]);
        // The current page, and only it, is marked.
        expect(
          selectAll('nav.site-navigation a[aria-current="page"]', tree).map((link) => link.properties.href),
        ).toEqual([page.urls[lang]]);
      }
    }
  });

  it('lists an untranslated page in Spanish with its English title, marked as English', async () => {
    const tree = await site.page('/es/mexico/');
    expect(links(tree, 'nav.site-navigation a')).toEqual([
      { href: '/es/', text: 'Todas las páginas' },
      { href: '/es/search/', text: 'Buscar' },
      { href: '/es/mexico/', text: 'México' },
      { href: '/es/tramites-de-visa/', text: 'Trámites de visa' },
      { href: '/es/services/', text: 'Services for U.S. citizens', lang: 'en' },
      { href: '/es/contact/', text: 'Comuníquese con la embajada' },
    ]);
    expect(select('nav.site-navigation a[lang="en"]', tree)?.properties.hrefLang).toBe('en');
    // The index gives the summary too, the English one marked as such.
    const index = await site.page('/es/');
    const services = selectAll('.page-index li', index)[2];
    expect(services && toString(services)).toBe(
      'Services for U.S. citizensPassports, birth records and help in an emergency.',
    );
    expect(services && select('p', services)?.properties.lang).toBe('en');
  });

  it('switches between the Spanish slug and the English one, and lists the same alternates as the manifest and the sitemap', async () => {
    const visas = site.manifest.pages.find((page) => page.id === 'visas');
    const sitemap = await readFile(path.join(site.outDir, 'sitemap.xml'), 'utf8');
    for (const lang of ['en', 'es']) {
      const tree = await site.page(visas?.urls[lang] ?? '');
      expect(links(tree, '[data-language-switcher] a').map((link) => link.href)).toEqual([
        '/en/visas/',
        '/es/tramites-de-visa/',
      ]);
      const alternates = selectAll('link[rel="alternate"]', tree).map((link) => ({
        hreflang: String(link.properties.hrefLang),
        href: String(link.properties.href),
      }));
      expect(alternates).toEqual(visas?.alternates);
    }
    const entry = /<url>\s*<loc>https:\/\/mx\.usembassy\.gov\/es\/tramites-de-visa\/<\/loc>[\s\S]*?<\/url>/.exec(
      sitemap,
    )?.[0];
    expect(entry).toBeDefined();
    expect(
      [...(entry ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]]),
    ).toEqual(
      (visas?.alternates ?? []).map((alternate) => [alternate.hreflang, `https://mx.usembassy.gov${alternate.href}`]),
    );
  });

  it('writes a well-formed sitemap of every published language of every page, and a robots.txt naming it', async () => {
    const file = path.join(site.outDir, 'sitemap.xml');
    execFileSync('xmllint', ['--noout', file]);
    const sitemap = await readFile(file, 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const published = site.manifest.pages.flatMap((page) =>
      page.alternates
        .filter((alternate) => alternate.hreflang !== 'x-default')
        .map((alternate) => `https://mx.usembassy.gov${alternate.href}`),
    );
    expect(locs).toEqual([...published, 'https://mx.usembassy.gov/en/', 'https://mx.usembassy.gov/es/']);
    // The untranslated page is in English only: /es/services/ shows the English text, and is no alternate.
    expect(locs).not.toContain('https://mx.usembassy.gov/es/services/');
    expect(sitemap).toContain('<lastmod>2026-12-06</lastmod>');
    expect(await readFile(path.join(site.outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://mx.usembassy.gov/sitemap.xml',
    );
  });

  it('indexes each page for search in each language it is written in, the untranslated one in English only', async () => {
    const entry = JSON.parse(await readFile(path.join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count])),
    ).toEqual({
      en: 4,
      es: 3,
    });
    // The index is bytes, written as they are (gzip), not as text.
    const wasm = await readFile(path.join(site.outDir, 'pagefind/wasm.es.pagefind'));
    expect([...wasm.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    // Pagefind's own interfaces are not shipped: the search page has its own.
    await expect(readFile(path.join(site.outDir, 'pagefind/pagefind-ui.js'))).rejects.toThrow(/ENOENT/);
  });

  it('shows the date in each language’s words, in a <time datetime>', async () => {
    const english = select('.updated', await site.page('/en/visas/'));
    const spanish = select('.updated', await site.page('/es/tramites-de-visa/'));
    expect(english && toString(english)).toBe('Last updated: December 6, 2026');
    expect(spanish && toString(spanish)).toBe('Última actualización: 6 de diciembre de 2026');
    expect(spanish && select('time', spanish)?.properties.dateTime).toBe('2026-12-06');
    // A page without a date says nothing of one.
    expect(select('.updated', await site.page('/en/contact/'))).toBeUndefined();
  });

  it('serves the "page not found" page in the language the URL starts with, else the visitor’s', async () => {
    const served = await loadSite({ distDir: site.outDir });
    const spanish = served.notFound({ url: '/es/no-existe/', headers: {} });
    expect(spanish.status).toBe(404);
    expect(spanish.headers['Content-Language']).toBe('es');
    expect(toString(select('h1', fromHtml(spanish.body)) ?? fromHtml(''))).toBe('Página no encontrada');
    const negotiated = served.notFound({ url: '/nowhere', headers: { 'accept-language': 'es-MX,es;q=0.9' } });
    expect(negotiated.headers['Content-Language']).toBe('es');
    expect(served.notFound({ url: '/nowhere', headers: { 'accept-language': 'en' } }).headers['Content-Language']).toBe(
      'en',
    );
    // And the index of pages is a route of its own.
    expect(served.respond({ url: '/es/', headers: {} })?.status).toBe(200);
    expect(served.respond({ url: '/es', headers: {} })).toEqual(expect.objectContaining({ status: 308 }));
  });

  it('serves each language’s search page as the build wrote it', async () => {
    const manifest = JSON.parse(await readFile(path.join(site.outDir, 'manifest.json'), 'utf8')) as Manifest;
    const served = await loadSite({ distDir: site.outDir, ...sitePageLinks(manifest) });
    const spanish = served.respond({ url: '/es/search/', headers: { 'accept-language': 'en' } });
    expect([spanish?.status, spanish?.headers['Content-Language']]).toEqual([200, 'es']);
    expect(spanish?.body).toBe(await readFile(path.join(site.outDir, 'es/search/index.html'), 'utf8'));
    expect(served.search({ url: '/buscar', headers: { 'accept-language': 'es' } }).headers['Content-Language']).toBe(
      'es',
    );
  });

  it('drops a page deleted between two builds from the output, the navigation, the index and the sitemap', async () => {
    const again = await scratch.project(siteFixtureRoot);
    await build(again);
    await rm(path.join(again, 'content/en/contact.md'));
    await rm(path.join(again, 'content/es/contact.md'));
    const after = await build(again);
    expect(after.manifest.pages.map((page) => page.id)).toEqual(['mexico', 'services', 'visas']);
    await expect(readFile(path.join(after.outDir, 'en/contact/index.html'))).rejects.toThrow(/ENOENT/);
    const navigation = links(await after.page('/en/mexico/'), 'nav.site-navigation a').map((link) => link.href);
    expect(navigation).not.toContain('/en/contact/');
    expect(links(await after.page('/es/'), '.page-index a').map((link) => link.href)).not.toContain('/es/contact/');
    expect(await readFile(path.join(after.outDir, 'sitemap.xml'), 'utf8')).not.toContain('contact');
  });

  it('builds a site without a glossary, which is optional', async () => {
    const plain = await scratch.project(siteFixtureRoot);
    await rm(path.join(plain, 'content/glossary.yaml'));
    await build(plain);
  });

  it('says to run the build when the folder given to the server helper has none', async () => {
    const empty = await scratch.folder('no-build');
    await expect(loadSite({ distDir: empty })).rejects.toThrow(
      `No build in ${empty}: it has no manifest.json. Run \`npm run build\` first`,
    );
  });

  it('refuses two pages at one URL in a language, at both files', async () => {
    const clash = await scratch.project(siteFixtureRoot);
    await editFile(clash, 'content/es/contact.md', (text) =>
      text.replace('lang: es', 'lang: es\nslug: tramites-de-visa'),
    );
    const result = await buildSite({ root: clash, outDir: path.join(clash, 'dist'), browserChecks: false });
    expect(result.ok).toBe(false);
    const errors = result.files.flatMap((file) =>
      file.messages.filter((message) => message.ruleId === 'slug').map((message) => `${file.path}: ${message.reason}`),
    );
    expect(errors).toEqual([
      "content/es/contact.md: This page's URL in es, /es/tramites-de-visa/, is also that of `visas`: give one of them another `slug` in its front matter.",
      "content/es/visas.md: This page's URL in es, /es/tramites-de-visa/, is also that of `contact`: give one of them another `slug` in its front matter.",
    ]);
  });
});
