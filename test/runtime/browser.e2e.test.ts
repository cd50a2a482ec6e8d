/**
 * The run-time layer in a real browser: bundled for the browser, given the
 * bundles inline (no network), it negotiates from navigator.languages and
 * renders fragments that keep their own lang.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LanguageBundle, LocalizerOptions } from '../../src/runtime/index.ts';
import { loadBundles } from '../../src/runtime/node.ts';
import type * as Runtime from '../../src/runtime/index.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { projectRoot } from '../helpers.ts';

declare global {
  interface Window {
    EmbassyContent: typeof Runtime;
  }
}

let run: RunBrowser;
let browser: Browser;
let runtime: string;
let options: LocalizerOptions;

beforeAll(async () => {
  // The run's build of the project, read only.
  const { manifest, resources } = await loadBundles(inject('projectBuild'));
  options = {
    resources,
    languages: manifest.languages.map((language) => language.code),
    sourceLanguage: manifest.sourceLanguage,
  };
  const bundled = await build({
    entryPoints: [path.join(projectRoot, 'src/runtime/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'EmbassyContent',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
  });
  runtime = bundled.outputFiles[0]?.text ?? '';
  run = await connectBrowser();
  browser = run.browser;
});

afterAll(async () => run?.close());

/** A page whose browser prefers `acceptLanguage`, with the runtime loaded, counting network requests. */
async function openPage(acceptLanguage: string): Promise<{ page: Page; requests: string[] }> {
  const page = await run.context.newPage();
  const client = await page.createCDPSession();
  await client.send('Emulation.setUserAgentOverride', { userAgent: await browser.userAgent(), acceptLanguage });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Mexico</title></head><body><main></main></body></html>',
  );
  await page.addScriptTag({ content: runtime });
  return { page, requests };
}

/** In the page: negotiate, set <html lang>, render every section of the Mexico page. */
async function renderMexico(page: Page, localizerOptions: LocalizerOptions) {
  return page.evaluate((localizerOptions) => {
    const localizer = window.EmbassyContent.createLocalizer(localizerOptions);
    const lng = localizer.negotiate(navigator.languages);
    document.documentElement.lang = lng;
    const main = document.querySelector('main');
    if (!main) throw new Error('no <main>');
    main.innerHTML = localizer
      .sections('mexico')
      .map((section) => localizer.fragment('mexico', section, lng).html)
      .join('\n');
    return {
      lng,
      htmlLang: document.documentElement.lang,
      sections: [...main.querySelectorAll<HTMLElement>('[data-fragment-id]')].map((section) => ({
        lang: section.lang,
        heading: section.querySelector('h2')?.textContent ?? null,
        items: section.querySelectorAll('li').length,
      })),
      marshals: main.querySelector('span[lang="en"]')?.textContent ?? null,
    };
  }, localizerOptions);
}

describe('the run-time layer in Chromium', () => {
  it('negotiates Spanish from navigator.languages (es-MX) and renders the Spanish fragments, with no network', async () => {
    const { page, requests } = await openPage('es-MX,es');
    const result = await renderMexico(page, options);
    expect(result).toEqual({
      lng: 'es',
      htmlLang: 'es',
      sections: [
        { lang: 'es', heading: null, items: 0 },
        { lang: 'es', heading: 'Desafíos', items: 0 },
        { lang: 'es', heading: 'Objetivos', items: 5 },
        { lang: 'es', heading: 'Logros', items: 3 },
      ],
      marshals: 'U.S. Marshals',
    });
    expect(requests).toEqual([]);
    await page.close();
  });

  it('falls back to English for a browser in an unpublished language', async () => {
    const { page } = await openPage('fr-FR,fr');
    const result = await renderMexico(page, options);
    expect(result.lng).toBe('en');
    expect(result.sections.map((section) => [section.lang, section.heading])).toEqual([
      ['en', null],
      ['en', 'Challenges'],
      ['en', 'Goals'],
      ['en', 'Accomplishments'],
    ]);
    await page.close();
  });

  it('serves the English fragment with lang="en" inside a Spanish page when a section is not translated', async () => {
    const spanish = options.resources.es as LanguageBundle;
    const mexico = spanish.mexico;
    if (!mexico) throw new Error('no Spanish bundle');
    const { goals: _removed, ...sections } = mexico.sections;
    const partial = {
      ...options,
      resources: {
        ...options.resources,
        es: { ...spanish, mexico: { ...mexico, sections: sections as typeof mexico.sections } },
      },
    };
    const { page } = await openPage('es-MX');
    const result = await renderMexico(page, partial);
    expect(result.htmlLang).toBe('es');
    expect(result.sections.map((section) => [section.lang, section.heading])).toEqual([
      ['es', null],
      ['es', 'Desafíos'],
      ['en', 'Goals'],
      ['es', 'Logros'],
    ]);
    await page.close();
  });

  it('loads the same fragment text the build wrote', async () => {
    const { page } = await openPage('es');
    const html = await page.evaluate(
      (localizerOptions) =>
        window.EmbassyContent.createLocalizer(localizerOptions).fragment('mexico', 'goals', 'es').html,
      options,
    );
    expect(`${html}\n`).toBe(
      await readFile(path.join(inject('projectBuild'), 'fragments/es/mexico/goals.html'), 'utf8'),
    );
    await page.close();
  });
});
