/**
 * Browser checks are reused only while the page, and every file it loaded,
 * are as they were: a change to a fragment, or to a bundle a site page
 * loads, has those pages checked again.
 */
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { ContentCache } from '../../src/cache/content-cache.ts';
import { editFile, scratchFolders, sitePageFiles, smallFixtureRoot } from '../helpers.ts';

let run: RunBrowser;
let browser: Browser;
const scratch = scratchFolders();
beforeAll(async () => {
  run = await connectBrowser();
  browser = run.browser;
});
afterAll(async () => run?.close());

describe('reusing browser checks', () => {
  it('reuses a page’s check only while the page and all it loads are unchanged, with the same report', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const cacheFolder = await scratch.folder('cache');
    const outDir = path.join(root, 'dist');
    const build = async () => {
      const cache = new ContentCache(cacheFolder);
      const result = await buildSite({ root, outDir, browserChecks: { browser }, cache });
      expect(result.ok).toBe(true);
      const checks = result.browserChecks ?? [];
      return {
        result,
        reused: checks.filter((check) => check.cached).map((check) => check.path),
        checked: checks.filter((check) => !check.cached).map((check) => check.path),
      };
    };
    const first = await build();
    expect(first.reused).toEqual([]);
    // The site pages in both languages (the page, the index of pages, "not found"), the review pages (the index, the
    // page's and the UI strings'), and the accessibility report in both languages.
    expect([...first.checked].sort()).toEqual([
      ...sitePageFiles(['mexico']),
      'reports/a11y.es.html',
      'reports/a11y.html',
      'reports/review.html',
      'reports/review/pages/mexico.html',
      'reports/review/strings/ui.html',
    ]);

    // A change that alters no page: the source text gains a blank line at its end.
    await editFile(root, 'content/en/mexico.md', (text) => `${text}\n`);
    const second = await build();
    expect(second.checked).toEqual([]);
    expect(second.result.manifest).toEqual(first.result.manifest);

    // One Spanish paragraph changes: the pages that show it are checked again, the English one is not.
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace('Estos esfuerzos reducen', 'Estas acciones reducen'),
    );
    const third = await build();
    // The index counts the same units and findings, so it is unchanged too; so is the UI strings' review. The
    // accessibility report shows the page's transcript, which has the new words.
    expect([...third.checked].sort()).toEqual([
      'es/mexico/index.html',
      'reports/a11y.es.html',
      'reports/a11y.html',
      'reports/review/pages/mexico.html',
    ]);
    expect([...third.reused].sort()).toEqual([
      ...sitePageFiles(['mexico']).filter((file) => file !== 'es/mexico/index.html'),
      'reports/review.html',
      'reports/review/strings/ui.html',
    ]);
  });
});
