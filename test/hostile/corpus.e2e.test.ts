/**
 * The hostile corpus (corpus.ts) through the whole build in both languages,
 * then in Chromium with a tripwire:
 *
 * 1. every case is rendered in English and Spanish exactly as the build
 *    renders it (renderFile, as `npm run render` does): the output passes the
 *    safety oracle;
 * 2. every case goes into one project as a page per case and language (or a
 *    title, a UI string, front matter lines): the build refuses some, each
 *    with errors on that case's own file or line, and builds the rest;
 * 3. what the build wrote (fragments, titles, UI strings, site pages) and
 *    every rendering of step 1 are loaded in Chromium, statically and with
 *    innerHTML, hovered, focused and clicked: nothing trips, and the live
 *    DOM passes the oracle.
 *
 * The controls, which show that this can fail: corpus-controls.e2e.test.ts.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherLanguageDetector, type OtherLanguageDetector } from '../../src/text-analysis/other-language.ts';
import { buildSite, compileSite } from '../../src/build/build-site.ts';
import { renderProblem } from '../../src/build/publishable-render.ts';
import { renderFile } from '../../src/build/render-file.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import {
  hostileProject,
  inPages,
  languages,
  pageId,
  pageSource,
  scanContainers,
  serveHostile,
  type HostileServer,
} from './corpus-harness.ts';
import { hostileCases, type HostileCase } from './corpus.ts';
import { findUnsafe, parseHtml } from './safety.ts';
import { openTripwire } from './tripwire.ts';

let root: string;
let detector: OtherLanguageDetector;
let browser: RunBrowser;
let server: HostileServer;
/** Every rendering of step 1: page id, language, fragment HTML. */
const renderings: { page: string; lang: string; html: string }[] = [];

beforeAll(async () => {
  root = await hostileProject();
  detector = await otherLanguageDetector();
  browser = await connectBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the hostile corpus', () => {
  it('has at least 150 cases from public sources, with unique ids', () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(hostileCases.map((hostile) => hostile.id)).size).toBe(hostileCases.length);
    for (const hostile of hostileCases) {
      expect(hostile.id).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
      expect(hostile.origin.length).toBeGreaterThan(5);
    }
  });

  it('step 1: every case, rendered in both languages as the build renders it, is sanitized and has its lang', async () => {
    const drafts = path.join(root, 'drafts');
    await mkdir(drafts, { recursive: true });
    const unsafe: string[] = [];
    for (const hostile of hostileCases.filter((candidate) => candidate.place !== 'ui')) {
      for (const lang of languages) {
        const file = path.join(drafts, `${pageId(hostile)}.md`);
        await writeFile(file, pageSource(hostile, lang));
        const result = await renderFile({ root, file, lang, detector });
        // A cached copy of what the pipeline makes is used as it is (publishable-render.ts refuses none of it).
        const refused = renderProblem(
          { messages: [], data: {}, sections: result.sections ?? [], hashes: {} },
          { page: pageId(hostile), lang },
        );
        if (refused) unsafe.push(`${hostile.id} (${lang}): a cached render would be refused: ${refused}`);
        for (const section of result.sections ?? []) {
          renderings.push({ page: pageId(hostile), lang, html: section.html });
          const [element] = parseHtml(section.html);
          if (!element?.attributes.some(([name, value]) => name === 'lang' && value === lang))
            unsafe.push(`${hostile.id} (${lang}): no lang`);
          for (const finding of findUnsafe(parseHtml(section.html), { idPrefix: `${pageId(hostile)}-` }))
            unsafe.push(`${hostile.id} (${lang}): ${finding.kind} ${finding.detail}`);
        }
      }
    }
    expect(unsafe).toEqual([]);
    expect(renderings.length).toBeGreaterThanOrEqual(
      2 * hostileCases.filter((hostile) => hostile.place !== 'ui').length,
    );
  }, 120_000);

  let accepted: HostileCase[] = [];

  it('step 2: the build refuses some cases, each with errors on its own file or line only, and builds all the others', async () => {
    const ui = hostileCases.filter((hostile) => hostile.place === 'ui');
    const pages = hostileCases.filter((hostile) => hostile.place !== 'ui');
    const writeProject = async (included: readonly HostileCase[]) => {
      for (const lang of languages) {
        await rm(path.join(root, 'content', lang), { recursive: true, force: true });
        await mkdir(path.join(root, 'content', lang), { recursive: true });
        for (const hostile of included.filter((candidate) => candidate.place !== 'ui')) {
          await writeFile(path.join(root, 'content', lang, `${pageId(hostile)}.md`), pageSource(hostile, lang));
        }
        const file = path.join(root, 'locales', lang, 'ui.json');
        const strings = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
        strings.hostile = Object.fromEntries(
          included.filter((candidate) => candidate.place === 'ui').map((hostile) => [hostile.id, hostile.payload]),
        );
        await writeFile(file, `${JSON.stringify(strings, null, 2)}\n`);
      }
    };
    await writeProject(hostileCases);
    const compiled = await compileSite(root);
    expect(compiled.ok).toBe(false);

    const refused = new Set<string>();
    const stray: string[] = [];
    const uiText = new Map(
      await Promise.all(
        languages.map(
          async (lang) =>
            [lang, (await readFile(path.join(root, 'locales', lang, 'ui.json'), 'utf8')).split('\n')] as const,
        ),
      ),
    );
    for (const file of compiled.files) {
      for (const message of file.messages.filter((candidate) => candidate.fatal === true)) {
        const page = /^content\/(?:en|es)\/h-(.+)\.md$/.exec(file.path ?? '');
        const strings = /^locales\/(en|es)\/ui\.json$/.exec(file.path ?? '');
        const key = strings
          ? /^\s*"([^"]+)":/.exec(uiText.get(strings[1] as 'en' | 'es')?.[(message.line ?? 0) - 1] ?? '')?.[1]
          : undefined;
        const hostile = page
          ? pages.find((candidate) => candidate.id === page[1])
          : ui.find((candidate) => candidate.id === key);
        if (hostile) refused.add(hostile.id);
        else stray.push(`${file.path}:${message.line}:${message.column} ${message.reason}`);
      }
    }
    // Every error belongs to a case: none lands on the site's own files, and none is without a place.
    expect(stray).toEqual([]);
    accepted = hostileCases.filter((hostile) => !refused.has(hostile.id));
    expect(refused.size).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(0);

    await writeProject(accepted);
    const built = await buildSite({ root, outDir: path.join(root, 'dist'), browserChecks: false });
    expect(
      built.files.flatMap((file) =>
        file.messages
          .filter((message) => message.fatal === true)
          .map((message) => `${file.path}:${message.line} ${message.reason}`),
      ),
    ).toEqual([]);
    expect(built.ok).toBe(true);

    // Serve what the build wrote, and the renderings of step 1.
    server = await serveHostile(path.join(root, 'dist'));
  }, 120_000);

  it('step 3: in Chromium, nothing the build wrote or rendered trips the tripwire, statically or through innerHTML', async () => {
    expect(server).toBeDefined();
    const { origin, served } = server;
    const dist = path.join(root, 'dist');
    // Fragments as the build wrote them, and the renderings of step 1 (refused cases included).
    const written: { page: string; lang: string; html: string }[] = [];
    for (const hostile of accepted.filter((candidate) => candidate.place !== 'ui')) {
      for (const lang of languages) {
        const bundle = JSON.parse(
          await readFile(path.join(dist, 'locales', lang, `${pageId(hostile)}.json`), 'utf8'),
        ) as { title: string; sections: Record<string, string> };
        for (const html of Object.values(bundle.sections)) written.push({ page: pageId(hostile), lang, html });
        // A title is text: a site may still put it into HTML.
        written.push({ page: pageId(hostile), lang, html: bundle.title });
      }
    }
    for (const lang of languages) {
      const strings = JSON.parse(await readFile(path.join(dist, 'locales', lang, 'ui.json'), 'utf8')) as {
        hostile: Record<string, string>;
      };
      for (const value of Object.values(strings.hostile)) written.push({ page: 'ui', lang, html: value });
    }
    const all = [...written, ...renderings];
    const container = (item: { page: string; lang: string; html: string }) =>
      `<div data-hostile data-prefix="${item.page}" lang="${item.lang}">${item.html}</div>`;
    served.set(
      '/hostile/static.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static</title></head><body>${all.map(container).join('\n')}</body></html>`,
    );
    served.set(
      '/hostile/blank.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>innerHTML</title></head><body></body></html>',
    );

    const tripwire = await openTripwire(browser.context, { origin });
    try {
      await tripwire.goto(`${origin}/hostile/static.html`);
      const staticFindings = await scanContainers(tripwire, '[data-hostile]', 'data-prefix');
      await tripwire.exercise('[data-hostile]');
      staticFindings.push(...(await scanContainers(tripwire, '[data-hostile]', 'data-prefix')));

      await tripwire.goto(`${origin}/hostile/blank.html`);
      await tripwire.page.evaluate((items: { page: string; lang: string; html: string }[]) => {
        for (const item of items) {
          const element = document.createElement('div');
          element.dataset.hostile = '';
          element.dataset.prefix = item.page;
          element.lang = item.lang;
          element.innerHTML = item.html;
          document.body.append(element);
        }
      }, all);
      const innerFindings = await scanContainers(tripwire, '[data-hostile]', 'data-prefix');
      await tripwire.exercise('[data-hostile]');
      innerFindings.push(...(await scanContainers(tripwire, '[data-hostile]', 'data-prefix')));

      // The site pages the build wrote, with the run-time layer: each page in English as served, then switched to
      // Spanish in place (every fragment of both languages is also in the documents above).
      const siteFindings: string[] = [];
      const siteTrips: string[] = [];
      const sitePages = accepted
        .filter((candidate) => candidate.place !== 'ui')
        .map((hostile) => `/en/${pageId(hostile)}/`);
      await inPages(browser.context, origin, sitePages, async (site, url) => {
        expect(await site.goto(`${origin}${url}`)).toBe(200);
        siteFindings.push(...(await scanContainers(site, 'main [data-fragment]', 'data-fragment')));
        await site.exercise('main [data-fragment]', 50);
        siteFindings.push(...(await scanContainers(site, 'main [data-fragment]', 'data-fragment')));
        // Switch language in place: the run-time layer fetches the other bundles and inserts their fragments with innerHTML.
        const lang = await site.page.evaluate(() => document.documentElement.lang);
        await site.page.click('[data-language-switcher] a:not([aria-current="true"])');
        await site.page.waitForFunction((before: string) => document.documentElement.lang !== before, {}, lang);
        await site.exercise('main [data-fragment]', 50);
        siteFindings.push(...(await scanContainers(site, 'main [data-fragment]', 'data-fragment')));
        // The run-time layer's own work is not a trip: fetching the other language's bundles and page (its navigation), and the URL it pushes.
        const other = url.replace(/^\/(en|es)\//, (_, from: string) => `/${from === 'en' ? 'es' : 'en'}/`);
        const own = new RegExp(
          `^(fetch\\(${origin}/locales/(en|es)/[\\w-]+\\.json\\)|fetch\\(${origin}${other}\\)|navigated to ${origin}${other})$`,
        );
        siteTrips.push(...(await site.trips()).filter((trip) => !own.test(trip)).map((trip) => `${url}: ${trip}`));
        await site.reset();
      });
      expect(sitePages.length).toBeGreaterThan(40);
      expect({ trips: await tripwire.trips(), staticFindings, innerFindings, siteTrips, siteFindings }).toEqual({
        trips: [],
        staticFindings: [],
        innerFindings: [],
        siteTrips: [],
        siteFindings: [],
      });
    } finally {
      await tripwire.close();
    }
  }, 240_000);
});
