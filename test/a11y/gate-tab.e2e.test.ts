/**
 * What the gate checks is what a reader gets: a site page written into a
 * tab that already checked others (gate-tab.ts) has the DOM, scripts run,
 * that the same page has when a reader's browser loads it.
 */
import { fromHtml } from 'hast-util-from-html';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveGate } from '../../src/a11y/browser-checks.ts';
import { openGateTab, type GateTab } from '../../src/a11y/gate-tab.ts';
import type { Harness } from '../../src/a11y/harness.ts';
import { axeTags } from '../../src/a11y/in-page-checks.ts';
import { compileSite } from '../../src/build/build-site.ts';
import { normalizedGenericPhrases } from '../../src/text-analysis/generic-link-text.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { smallFixtureRoot } from '../helpers.ts';

let run: RunBrowser;
let server: Server;
let origin: string;
let sitePages: Harness[];
let tab: GateTab;

beforeAll(async () => {
  run = await connectBrowser();
  const compiled = await compileSite(smallFixtureRoot);
  expect(compiled.ok).toBe(true);
  // The content pages (the index and "not found" pages have no fragment, nothing of the Markdown to trace).
  sitePages = (compiled.harnesses ?? []).filter((harness) => harness.wholePage && harness.path.includes('/mexico/'));
  expect(sitePages.map((page) => page.path)).toEqual(['en/mexico/index.html', 'es/mexico/index.html']);
  server = await serveGate(compiled.harnesses ?? [], compiled.output ?? new Map());
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tab = await openGateTab(run.context, origin, 30_000);
});

afterAll(async () => {
  await tab?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await run?.close();
});

/** The document as the page has it now, once its scripts have had a moment. */
const domOf = async (tab: { page: GateTab['page'] }): Promise<string> => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  return tab.page.evaluate(() => document.documentElement.outerHTML);
};

describe('a page written into the gate’s tab', () => {
  it('has the DOM of the same page loaded by a reader’s browser, its scripts run, even after other pages', async () => {
    const setup = { axeTags, standard: 'WCAG2AA' as const, phrases: normalizedGenericPhrases() };
    const reader = await run.context.newPage();
    try {
      // English, Spanish, then English again: the third is written after its own scripts already ran once.
      for (const page of [...sitePages, sitePages[0] as Harness]) {
        await tab.check(`/${page.path}`, page.html, setup);
        const written = await domOf(tab);
        await reader.goto(`${origin}/${page.path}`, { waitUntil: 'load' });
        expect(written).toBe(await domOf({ page: reader }));
      }
    } finally {
      await reader.close();
    }
  });

  it('runs each page’s module scripts once, as a fresh load does, however many pages the tab showed before', async () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Scripts</title><script type="module" src="/mark.js"></script></head><body><main><h1>Scripts</h1></main></body></html>';
    const page: Harness = {
      path: 'scripts.html',
      lang: 'en',
      wholePage: false,
      html,
      tree: fromHtml(html),
      sources: new Map(),
    };
    // The script marks the document it ran on, and counts its runs in the window (which the tab keeps).
    const mark = 'window.runs = (window.runs ?? 0) + 1; document.documentElement.dataset.ran = String(window.runs);';
    const own = await serveGate([page], new Map([['mark.js', mark]]));
    const ownTab = await openGateTab(run.context, `http://127.0.0.1:${(own.address() as AddressInfo).port}`, 30_000);
    try {
      const setup = { axeTags, standard: 'WCAG2AA' as const, phrases: {} };
      for (const expected of ['1', '2', '3']) {
        await ownTab.check('/scripts.html', html, setup);
        expect(await ownTab.page.evaluate(() => document.documentElement.dataset.ran)).toBe(expected);
      }
    } finally {
      await ownTab.close();
      own.closeAllConnections();
      await new Promise((resolve) => own.close(resolve));
    }
  });
});
