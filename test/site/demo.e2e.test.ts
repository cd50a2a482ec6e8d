/**
 * The demo site end to end, in Chromium: the pages the server renders, the
 * language switcher used with the keyboard, the browser runtime switching in
 * place (lang, texts, focus, aria-current, the reader's place, the history,
 * the remembered choice, what is fetched), the pages with JavaScript off,
 * and pa11y (axe and HTML_CodeSniffer) on the pages in both languages.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pa11y from 'pa11y';
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/site/demo-server.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';

let run: RunBrowser;
let browser: Browser;
let demo: DemoServer;
let out: string;
/** Browser contexts of their own (no cookie from another test), closed at the end. */
const contexts: BrowserContext[] = [];
async function freshContext(): Promise<BrowserContext> {
  const context = await run.browser.createBrowserContext();
  contexts.push(context);
  return context;
}

beforeAll(async () => {
  // The run's build of the project, copied: the probe pages are added to it.
  out = await mkdtemp(path.join(tmpdir(), 'embassy-demo-'));
  await cp(inject('projectBuild'), out, { recursive: true });
  // A page of one's own that mounts the runtime and keeps its handle (written before the server lists the folder).
  await writeFile(
    path.join(out, 'probe.js'),
    "import { mount } from '/assets/embassy-content.js';\nwindow.mounted = await mount();\n",
    'utf8',
  );
  await writeFile(
    path.join(out, 'probe.html'),
    `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Probe</title><link rel="icon" href="/assets/favicon.svg"><script type="module" src="/probe.js"></script></head><body>
<nav data-language-switcher><a href="?lang=en" hreflang="en" lang="en">English</a> <a href="?lang=es" hreflang="es" lang="es">Español</a></nav>
<main><h1 data-title="mexico">Mexico</h1><div data-fragment="mexico/goal"></div><div data-fragment="mexico/goals"></div></main></body></html>\n`,
    'utf8',
  );
  demo = await startDemoServer({ distDir: out, port: 0, host: '127.0.0.1' });
  run = await connectBrowser();
  browser = run.browser;
});

afterAll(async () => {
  await Promise.all(contexts.filter((context) => !context.closed).map((context) => context.close()));
  await run?.close();
  await demo?.close();
  await rm(out, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  /** Paths of the bundles fetched (/locales/…). */
  readonly bundles: string[];
  /** Uncaught errors and console errors (a CSP violation is one). */
  readonly errors: string[];
}

/** A page in a browser context of its own (no cookie from another test), at `pathname`. */
async function open(
  pathname: string,
  options: { acceptLanguage?: string; javaScript?: boolean } = {},
): Promise<Opened> {
  const page = await (await freshContext()).newPage();
  await page.setViewport({ width: 800, height: 600 });
  if (options.acceptLanguage) await page.setExtraHTTPHeaders({ 'Accept-Language': options.acceptLanguage });
  if (options.javaScript === false) await page.setJavaScriptEnabled(false);
  const bundles: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/locales/')) bundles.push(url.pathname);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${demo.origin}${pathname}`, { waitUntil: 'load' });
  if (options.javaScript !== false) await page.waitForFunction(() => document.readyState === 'complete');
  return { page, bundles, errors };
}

/** What a reader gets from the page: languages, texts, the switcher's state, focus. */
function readPage(page: Page) {
  return page.evaluate(() => ({
    path: location.pathname,
    htmlLang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1')?.textContent,
    h1Lang: document.querySelector('h1')?.getAttribute('lang') ?? null,
    skipLink: document.querySelector('.skip-link')?.textContent,
    switcherLabel: document.querySelector('[data-language-switcher]')?.getAttribute('aria-label'),
    current: [...document.querySelectorAll('[data-language-switcher] a[aria-current]')].map((link) => link.textContent),
    sections: [...document.querySelectorAll('main [data-fragment-id]')].map((section) => [
      section.getAttribute('lang'),
      section.querySelector('h2')?.textContent ?? null,
    ]),
    // Where each notice is (the section it is in, after the heading) and its language.
    notices: [...document.querySelectorAll('.translation-notice')].map(
      (notice) =>
        `${notice.closest<HTMLElement>('[data-fragment-id]')?.dataset.fragmentId} after ${notice.previousElementSibling?.localName} ${notice.getAttribute('lang')}: ${notice.textContent}`,
    ),
    focused:
      document.activeElement === document.body
        ? 'body'
        : `${document.activeElement?.localName}[${document.activeElement?.getAttribute('hreflang') ?? ''}] ${document.activeElement?.textContent}`,
    announced: document.querySelector('[data-announcer]')?.textContent ?? '',
    announcedLang: document.querySelector('[data-announcer]')?.getAttribute('lang') ?? null,
    cookie: document.cookie,
  }));
}

const spanishSections = [
  ['es', null],
  ['es', 'Desafíos'],
  ['es', 'Objetivos'],
  ['es', 'Logros'],
];
const englishSections = [
  ['en', null],
  ['en', 'Challenges'],
  ['en', 'Goals'],
  ['en', 'Accomplishments'],
];

/** Press Enter on the switcher link of a language, reached with Tab from the top of the page. */
async function switchWithKeyboard(page: Page, lang: string): Promise<void> {
  for (let presses = 0; presses < 5; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((lang) => document.activeElement?.getAttribute('hreflang') === lang, lang)) break;
  }
  expect(await page.evaluate(() => document.activeElement?.closest('[data-language-switcher]') !== null)).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (lang) => document.documentElement.lang === lang && document.querySelector('[data-announcer]')?.textContent !== '',
    {},
    lang,
  );
}

describe('the demo site, served', () => {
  it('sends a Spanish-speaking visitor from / to the Spanish page, and an unknown language to the English one', async () => {
    const spanish = await fetch(`${demo.origin}/`, {
      headers: { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.8' },
      redirect: 'manual',
    });
    expect([spanish.status, spanish.headers.get('location'), spanish.headers.get('vary')]).toEqual([
      302,
      '/es/mexico/',
      'Accept-Language, Cookie',
    ]);
    const other = await fetch(`${demo.origin}/`, { headers: { 'Accept-Language': 'fr-FR' }, redirect: 'manual' });
    expect(other.headers.get('location')).toBe('/en/mexico/');
    const remembered = await fetch(`${demo.origin}/`, {
      headers: { 'Accept-Language': 'en-US', Cookie: 'lang=es' },
      redirect: 'manual',
    });
    expect(remembered.headers.get('location')).toBe('/es/mexico/');
  });

  it('serves each page with Content-Language and its hreflang alternates, as the build wrote it', async () => {
    for (const lang of ['en', 'es']) {
      const response = await fetch(`${demo.origin}/${lang}/mexico/`);
      expect(response.headers.get('content-language')).toBe(lang);
      const body = await response.text();
      expect(body).toBe(await readFile(path.join(out, lang, 'mexico/index.html'), 'utf8'));
      expect(body).toContain(
        '<link rel="alternate" hreflang="en" href="/en/mexico/"><link rel="alternate" hreflang="es" href="/es/mexico/"><link rel="alternate" hreflang="x-default" href="/en/mexico/">',
      );
    }
  });

  it('serves the reports the pages link to', async () => {
    for (const report of ['/reports/a11y.html', '/reports/a11y.es.html', '/reports/review.html']) {
      expect((await fetch(`${demo.origin}${report}`)).status).toBe(200);
    }
  });

  it('sends the security headers on every response: pages, fragments, reports, assets, bundles, redirects and 404s', async () => {
    const paths = [
      '/',
      '/es/mexico/',
      '/fragment/mexico/goals',
      '/fragments/es/mexico/goals.html',
      '/reports/a11y.html',
      '/reports/review.html',
      '/reports/review/pages/mexico.html',
      '/assets/embassy-content.js',
      '/locales/es/ui.json',
      '/nowhere',
    ];
    for (const pathname of paths) {
      const response = await fetch(`${demo.origin}${pathname}`, { redirect: 'manual' });
      const policy = response.headers.get('content-security-policy') ?? '';
      expect([pathname, response.headers.get('x-content-type-options')]).toEqual([pathname, 'nosniff']);
      expect(policy, pathname).toContain("default-src 'self'");
      expect(policy, pathname).toContain("frame-ancestors 'none'");
      expect(policy, pathname).not.toContain('unsafe-inline');
    }
  });

  it('answers GET and HEAD only: any other method gets 405, with Allow and the security headers', async () => {
    for (const method of ['PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS']) {
      for (const pathname of ['/es/mexico/', '/assets/site.css', '/nowhere']) {
        const response = await fetch(`${demo.origin}${pathname}`, { method, body: method === 'OPTIONS' ? null : 'x' });
        expect([method, pathname, response.status, response.headers.get('allow')]).toEqual([
          method,
          pathname,
          405,
          'GET, HEAD',
        ]);
        expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      }
    }
    expect((await fetch(`${demo.origin}/assets/site.css`, { method: 'HEAD' })).status).toBe(200);
  });

  it('serves a review page with a policy that lets its own inline style and filter script run, and nothing else inline', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${demo.origin}/reports/review/pages/mexico.html`);
    // The script reveals the filters and says how many units are shown; the style is applied.
    await page.waitForSelector('#filters:not([hidden])');
    expect(await page.$eval('#filter-status', (status) => status.textContent)).toMatch(/^Showing \d+ of \d+ units?$/);
    expect(await page.$eval('table', (table) => getComputedStyle(table).borderCollapse)).toBe('collapse');
    // A script added inline by anyone else does not run.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
  });
});

describe('the demo site in Chromium', () => {
  it('shows the Spanish page to a Spanish-speaking visitor, without fetching any bundle', async () => {
    const { page, bundles, errors } = await open('/', { acceptLanguage: 'es-MX,es;q=0.9' });
    expect(await readPage(page)).toMatchObject({
      path: '/es/mexico/',
      htmlLang: 'es',
      title: 'México – Departamento de Estado de los Estados Unidos',
      h1: 'México',
      h1Lang: null,
      skipLink: 'Ir al contenido principal',
      switcherLabel: 'Idioma',
      current: ['Español'],
      sections: spanishSections,
      notices: [],
    });
    expect(bundles).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language in place with the keyboard: lang, texts, aria-current, focus, URL, the remembered choice, an announcement', async () => {
    const { page, bundles, errors } = await open('/es/mexico/');
    await page.evaluate(() => {
      const changes: string[] = [];
      Object.assign(window, { changes });
      document.addEventListener('embassy-content:languagechange', (event) =>
        changes.push((event as CustomEvent<{ lang: string }>).detail.lang),
      );
    });
    await switchWithKeyboard(page, 'en');
    expect(await readPage(page)).toMatchObject({
      path: '/en/mexico/',
      htmlLang: 'en',
      title: 'Mexico – U.S. Department of State',
      h1: 'Mexico',
      skipLink: 'Skip to main content',
      switcherLabel: 'Language',
      current: ['English'],
      sections: englishSections,
      // Focus stays on the link the reader pressed, now the current language.
      focused: 'a[en] English',
      announced: 'This page is now in English.',
      announcedLang: 'en',
      cookie: 'lang=en',
    });
    expect(bundles).toEqual(['/locales/en/ui.json', '/locales/en/mexico.json']);

    // To Spanish (the next link) and back to English (the one before): each language's bundles are fetched once.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await readPage(page)).toMatchObject({
      current: ['Español'],
      focused: 'a[es] Español',
      announced: 'Esta página ahora está en español.',
      announcedLang: 'es',
    });
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(bundles.toSorted()).toEqual([
      '/locales/en/mexico.json',
      '/locales/en/ui.json',
      '/locales/es/mexico.json',
      '/locales/es/ui.json',
    ]);

    // The browser's Back button goes back to the language before.
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await readPage(page)).toMatchObject({
      path: '/es/mexico/',
      current: ['Español'],
      sections: spanishSections,
    });
    expect(await page.evaluate(() => (window as unknown as { changes: string[] }).changes)).toEqual([
      'en',
      'es',
      'en',
      'es',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('remembers the choice: after switching to English, / sends a Spanish-speaking browser to the English page', async () => {
    const { page } = await open('/es/mexico/', { acceptLanguage: 'es-MX,es' });
    await page.click('[data-language-switcher] a[hreflang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto(`${demo.origin}/`, { waitUntil: 'load' });
    expect(await readPage(page)).toMatchObject({ path: '/en/mexico/', htmlLang: 'en', current: ['English'] });
    await page.close();
  });

  it('keeps the reader on the section they were reading', async () => {
    const { page } = await open('/en/mexico/');
    const before = await page.evaluate(() => {
      // Chromium's own scroll anchoring would keep the place by itself; Safari has none. Off, so the runtime is what is tested.
      document.documentElement.style.overflowAnchor = 'none';
      document.body.style.overflowAnchor = 'none';
      const section = document.querySelector('[data-fragment="mexico/goals"]');
      section?.scrollIntoView();
      window.scrollBy(0, 40);
      return { top: section?.getBoundingClientRect().top, scrollY: window.scrollY };
    });
    await page.evaluate(() =>
      document.querySelector<HTMLAnchorElement>('[data-language-switcher] a[hreflang="es"]')?.click(),
    );
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const after = await page.evaluate(() => ({
      top: document.querySelector('[data-fragment="mexico/goals"]')?.getBoundingClientRect().top,
      scrollY: window.scrollY,
    }));
    expect(before.scrollY).toBeGreaterThan(0);
    expect(Math.abs((after.top ?? 0) - (before.top ?? 0))).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('shows an untranslated section in English, marked lang="en" with a notice in Spanish, fetching the English bundle only then', async () => {
    const spanish = JSON.parse(await readFile(path.join(out, 'locales/es/mexico.json'), 'utf8')) as {
      sections: Record<string, string>;
    };
    delete spanish.sections.goals;
    const page = await run.context.newPage();
    const bundles: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/locales/')) bundles.push(pathname);
      if (pathname === '/locales/es/mexico.json')
        void request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(spanish) });
      else void request.continue();
    });
    await page.goto(`${demo.origin}/en/mexico/`, { waitUntil: 'load' });
    await page.evaluate(() =>
      document.querySelector<HTMLAnchorElement>('[data-language-switcher] a[hreflang="es"]')?.click(),
    );
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await readPage(page)).toMatchObject({
      htmlLang: 'es',
      sections: [
        ['es', null],
        ['es', 'Desafíos'],
        ['en', 'Goals'],
        ['es', 'Logros'],
      ],
      notices: [
        'mexico/goals after h2 es: Esta sección aún no está disponible en español. Se muestra en inglés, el idioma en que se redactó.',
      ],
    });
    // The page was English, so the English page bundle is fetched for the missing section, once.
    expect(bundles).toEqual(['/locales/es/ui.json', '/locales/es/mexico.json', '/locales/en/mexico.json']);
    await page.close();
  });

  it("follows Back to a history entry it did not make (the skip link's #main)", async () => {
    const { page, errors } = await open('/en/mexico/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    await page.click('[data-language-switcher] a[hreflang="es"]');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await readPage(page)).toMatchObject({
      path: '/en/mexico/',
      current: ['English'],
      sections: englishSections,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  describe("mount() on a page of one's own (probe.html)", () => {
    it('fills the containers it knows, and names the one it does not, without stopping', async () => {
      const { page, errors } = await open('/probe.html');
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warn') warnings.push(message.text());
      });
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => 'mounted' in window);
      expect(
        await page.evaluate(() => [
          document.querySelector('[data-fragment="mexico/goal"]')?.innerHTML,
          document.querySelector('[data-fragment="mexico/goals"] h2')?.textContent,
        ]),
      ).toEqual(['', 'Goals']);
      expect(warnings).toEqual([
        // Its <title> has no data-title, which a layout needs for the tab's title to switch language: said once.
        'embassy-content: <title> has no data-title: the browser tab keeps the old language\'s title (<title data-title="page" data-title-suffix="publisher">).',
        expect.stringContaining(
          'Unknown section `goal` of page `mexico` (its sections: intro, challenges, goals, accomplishments)',
        ),
      ]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it("takes <html lang> when the browser's languages are none of the site's", async () => {
      // A browser context of its own: no cookie from the other tests.
      const context = await freshContext();
      const page = await context.newPage();
      const client = await page.createCDPSession();
      await client.send('Emulation.setUserAgentOverride', {
        userAgent: await browser.userAgent(),
        acceptLanguage: 'fr-FR,fr',
      });
      await page.goto(`${demo.origin}/probe.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'mounted' in window);
      expect(
        await page.evaluate(() => [
          document.documentElement.lang,
          document.querySelector('[data-fragment="mexico/goals"] h2')?.textContent,
        ]),
      ).toEqual(['es', 'Objetivos']);
      await context.close();
    });

    it('switches again after a switch failed on the network', async () => {
      const page = await (await freshContext()).newPage();
      await page.setRequestInterception(true);
      let offline = true;
      page.on('request', (request) => {
        if (offline && new URL(request.url()).pathname.startsWith('/locales/es/'))
          void request.abort('internetdisconnected');
        else void request.continue();
      });
      await page.goto(`${demo.origin}/probe.html?lang=en`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'mounted' in window);
      type Mounted = { mounted: { switchTo(lang: string): Promise<void> } };
      const first = await page.evaluate(() =>
        (window as unknown as Mounted).mounted.switchTo('es').then(
          () => 'switched',
          (error: unknown) => String(error),
        ),
      );
      expect(first).toMatch(/Failed to fetch/);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      offline = false;
      const second = await page.evaluate(() =>
        (window as unknown as Mounted).mounted.switchTo('es').then(
          () => 'switched',
          (error: unknown) => String(error),
        ),
      );
      expect([second, await page.evaluate(() => document.documentElement.lang)]).toEqual(['switched', 'es']);
      await page.close();
    });
  });

  it("works with JavaScript off: complete pages, and the switcher is a link to the other language's page", async () => {
    const { page } = await open('/es/mexico/', { javaScript: false });
    expect(await readPage(page)).toMatchObject({ htmlLang: 'es', current: ['Español'], sections: spanishSections });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('en');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    expect(await readPage(page)).toMatchObject({
      path: '/en/mexico/',
      htmlLang: 'en',
      current: ['English'],
      sections: englishSections,
    });
    await page.close();
  });
});

describe('pa11y on the demo pages', () => {
  /** axe and HTML_CodeSniffer (WCAG 2 AA) on the page as it is now. */
  async function check(page: Page) {
    const results = await pa11y(page.url(), {
      browser,
      page,
      ignoreUrl: true,
      runners: ['axe', 'htmlcs'],
      standard: 'WCAG2AA',
      includeWarnings: true,
      includeNotices: false,
      timeout: 30_000,
    });
    return results.issues.map(
      (issue) => `${issue.type} ${issue.runner} ${issue.code}: ${issue.message} (${issue.selector})`,
    );
  }

  it.each(['en', 'es'])('finds nothing on the %s page', async (lang) => {
    const { page } = await open(`/${lang}/mexico/`);
    expect(await check(page)).toEqual([]);
    await page.close();
  });

  it('finds nothing after switching language in place', async () => {
    const { page } = await open('/en/mexico/');
    await switchWithKeyboard(page, 'es');
    expect(await check(page)).toEqual([]);
    await page.close();
  });
});
