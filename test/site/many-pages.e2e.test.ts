/**
 * The site of many pages in Chromium: every page of test/fixtures/site, in
 * both languages (content pages, the index, "not found"), passes the
 * accessibility gate; switching language in place on a page with a Spanish
 * slug brings that language's navigation and date with it; `/` and an
 * unknown URL answer in the visitor's language.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageCheck } from '../../src/a11y/browser-checks.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { startDemoServer, type DemoServer } from '../../src/site/demo-server.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { reported, scratchFolders, siteFixtureRoot } from '../helpers.ts';

const scratch = scratchFolders();

describe('a site of many pages, in Chromium', () => {
  let run: RunBrowser;
  let checks: readonly PageCheck[];
  let server: DemoServer;

  beforeAll(async () => {
    run = await connectBrowser();
    const root = await scratch.project(siteFixtureRoot);
    const outDir = path.join(root, 'dist');
    const result = await buildSite({ root, outDir, browserChecks: { browser: run.browser } });
    expect(result.files.flatMap((file) => reported(file))).toEqual([]);
    checks = result.browserChecks ?? [];
    server = await startDemoServer({ distDir: outDir, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await run?.close();
  });

  it('checks every page in both languages, the site’s own included, with no error and no warning', () => {
    const pages = checks.filter((check) => check.wholePage).map((check) => check.path);
    expect([...pages].sort()).toEqual(
      [
        ...[
          'contact/index.html',
          'mexico/index.html',
          'services/index.html',
          'index.html',
          '404.html',
          'search/index.html',
        ].flatMap((file) => [`en/${file}`, `es/${file}`]),
        'en/visas/index.html',
        'es/tramites-de-visa/index.html',
      ].sort(),
    );
    expect(
      checks.flatMap((check) => check.issues.map((issue) => `${check.path}: ${issue.runner}/${issue.code}`)),
    ).toEqual([]);
  });

  it('switches in place to the Spanish slug, with the Spanish navigation and date', async () => {
    const page = await run.context.newPage();
    try {
      await page.goto(`${server.origin}/en/visas/`, { waitUntil: 'networkidle0' });
      await page.click('[data-language-switcher] a[hreflang="es"]');
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await page.waitForFunction(() => document.querySelector('.updated')?.textContent?.startsWith('Última'));
      expect(new URL(page.url()).pathname).toBe('/es/tramites-de-visa/');
      const state = await page.evaluate(() => ({
        navigation: [...document.querySelectorAll('nav.site-navigation a')].map((link) => [
          link.textContent,
          link.getAttribute('lang'),
          link.getAttribute('aria-current'),
        ]),
        updated: document.querySelector('.updated')?.textContent,
        title: document.title,
      }));
      expect(state).toEqual({
        navigation: [
          ['Todas las páginas', null, null],
          ['Buscar', null, null],
          ['México', null, null],
          ['Trámites de visa', null, 'page'],
          ['Services for U.S. citizens', 'en', null],
          ['Comuníquese con la embajada', null, null],
        ],
        updated: 'Última actualización: 6 de diciembre de 2026',
        title: 'Trámites de visa – Departamento de Estado de los Estados Unidos',
      });
    } finally {
      await page.close();
    }
  });

  it('finds a Spanish word on the Spanish page, says how many results there are, and keeps the focus in the field', async () => {
    const page = await run.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await page.goto(`${server.origin}/es/search/`, { waitUntil: 'networkidle0' });
      await page.type('#search-query', 'entrevista');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('«'));
      const found = await page.evaluate(() => ({
        status: document.querySelector('[role="status"][data-search-status]')?.textContent,
        results: [...document.querySelectorAll('[data-search-results] li')].map((item) => ({
          href: item.querySelector('a')?.getAttribute('href'),
          title: item.querySelector('a')?.textContent,
          marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
        })),
        focused: document.activeElement?.id,
        url: location.search,
      }));
      expect(found).toEqual({
        status: '1 resultado para «entrevista»',
        results: [{ href: '/es/tramites-de-visa/', title: 'Trámites de visa', marked: ['entrevista.', 'entrevista.'] }],
        focused: 'search-query',
        url: '?q=entrevista',
      });
      // An English word is in the English index only.
      await page.click('#search-query', { count: 3 });
      await page.type('#search-query', 'interview');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        document.querySelector('[data-search-status]')?.textContent?.includes('interview'),
      );
      expect(await page.$eval('[data-search-status]', (status) => status.textContent)).toBe(
        'No hay resultados para «interview». Pruebe con otras palabras o vea la lista de todas las páginas.',
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('sends / to the visitor’s index of pages, and an unknown URL to “not found” in the URL’s language', async () => {
    const home = await fetch(`${server.origin}/`, { headers: { 'accept-language': 'es-MX' }, redirect: 'manual' });
    expect([home.status, home.headers.get('location')]).toEqual([302, '/es/']);
    const missing = await fetch(`${server.origin}/es/no-existe/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-language')).toBe('es');
    expect(missing.headers.get('content-security-policy')).toBeTruthy();
    expect(await missing.text()).toContain('<h1 data-ui="notFound.title">Página no encontrada</h1>');
  });
});
