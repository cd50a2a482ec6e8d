/**
 * The translators' review page in Chromium: the same accessibility gate as
 * the fragments (which closes on a seeded violation), keyboard filtering
 * with and without JavaScript, and reflow at 200 % and 400 % zoom.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses, type PageCheck } from '../../src/a11y/browser-checks.ts';
import type { Harness } from '../../src/a11y/harness.ts';
import { reviewPage } from '../../src/translation/review-page.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { input } from './review-input.ts';

const html = reviewPage(input);

/** A page written by hand, wrapped as the gate's harness (no Markdown source). */
function asHarness(path: string, document: string): Harness {
  return {
    path,
    lang: 'en',
    wholePage: false,
    html: document,
    tree: fromHtml(document),
    sources: new Map(),
  };
}

/** The page with one exact passage replaced (the passage must exist). */
function seeded(from: string, to: string): string {
  expect(html).toContain(from);
  return html.replace(from, to);
}

const errors = (check: PageCheck | undefined): string[] =>
  (check?.issues ?? []).filter((issue) => issue.type === 'error').map((issue) => `${issue.runner}/${issue.code}`);

let run: RunBrowser;

beforeAll(async () => {
  run = await connectBrowser();
});
afterAll(async () => run?.close());

describe('the accessibility gate on the review page', () => {
  let checks: PageCheck[];

  beforeAll(async () => {
    checks = await checkHarnesses(
      [
        asHarness('review/es.html', html),
        // A status label whose colour fails contrast (2.3:1 on its background).
        asHarness(
          'review/low-contrast.html',
          seeded('.status-stale { color: #6b3d00;', '.status-stale { color: #b08a50;'),
        ),
        // A filter checkbox whose label was dropped.
        asHarness('review/unlabelled.html', seeded('<label for="filter-status-stale">Stale (1)</label>', '')),
        // A translation of one unbroken 60,000-character word.
        asHarness('review/long-word.html', seeded('Contenido principal', 'ab'.repeat(30_000))),
      ],
      { browser: run.browser },
    );
  });

  it('passes axe, htmlcs and the link-text runner with no error and no warning', () => {
    expect(
      checks[0]?.issues.map(
        (issue) => `${issue.type} ${issue.runner}/${issue.code} ${issue.selector}: ${issue.message}`,
      ),
    ).toEqual([]);
  });

  it('fails on a status colour without enough contrast', () => {
    expect(errors(checks[1])).toEqual(
      expect.arrayContaining(['axe/color-contrast', 'htmlcs/WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail']),
    );
  });

  it('passes with an unbroken 60,000-character word in a cell: the table does not run off the page', () => {
    // With cells that break only at word ends, the table grew as wide as the word, and axe could not read the colours off-screen.
    expect(errors(checks[3])).toEqual([]);
  });

  it('fails on a checkbox without a label', () => {
    expect(errors(checks[2])).toEqual(
      expect.arrayContaining(['axe/label', 'htmlcs/WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.InputCheckbox.Name']),
    );
  });
});

describe('filtering with the keyboard, in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    page = await run.context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
  });
  afterAll(async () => page.close());

  const hiddenRows = () =>
    page.$$eval('tr.unit', (rows) =>
      rows.filter((line) => line.hidden).map((line) => line.querySelector('th code')?.textContent),
    );
  const liveText = () => page.$eval('[role=status]', (region) => region.textContent);
  const focused = () =>
    page.evaluate(() =>
      document.activeElement instanceof HTMLInputElement ? document.activeElement.id : document.activeElement?.tagName,
    );

  it('reveals the form, says how many units are shown, and hides a status with Space on its checkbox', async () => {
    expect(await page.$eval('form#filters', (form) => form.hidden)).toBe(false);
    expect(await liveText()).toBe('Showing 7 of 7 units');
    for (let presses = 0; presses < 10 && (await focused()) !== 'filter-status-stale'; presses++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('filter-status-stale');
    expect(await page.$eval('#filter-status-stale', (input) => getComputedStyle(input).outlineStyle)).toBe('solid');
    await page.keyboard.press('Space');
    expect(await page.$eval('#filter-status-stale', (input) => (input as HTMLInputElement).checked)).toBe(false);
    expect(await hiddenRows()).toEqual(['goals.1']);
    expect(await liveText()).toBe('Showing 6 of 7 units');
    expect(await focused()).toBe('filter-status-stale');
  });

  it('filters by findings too, and says so when a table has no row left', async () => {
    await page.focus('#filter-findings-none');
    await page.keyboard.press('Space');
    // Left: rows with a finding whose status is still checked.
    expect(await liveText()).toBe('Showing 1 of 7 units');
    expect(
      await page.$$eval('tr.unit:not([hidden]) th code', (codes) => codes.map((code) => code.textContent)),
    ).toEqual(['intro.1']);
    expect(await page.$$eval('tr.no-match', (notes) => notes.map((note) => note.hidden))).toEqual([true, false]);
    expect(await focused()).toBe('filter-findings-none');
    const url = page.url();
    await page.focus('form#filters button');
    await page.keyboard.press('Enter');
    expect(page.url()).toBe(url);
    expect(await liveText()).toBe('Showing 1 of 7 units');
  });

  it('without JavaScript, shows every row and hides the form', async () => {
    const plain = await run.context.newPage();
    try {
      await plain.setJavaScriptEnabled(false);
      await plain.setContent(html, { waitUntil: 'load' });
      const shown = await plain.$$eval(
        'tr.unit',
        (rows) => rows.filter((line) => line.getClientRects().length > 0).length,
      );
      expect(shown).toBe(7);
      expect(await plain.$eval('form#filters', (form) => getComputedStyle(form).display)).toBe('none');
    } finally {
      await plain.close();
    }
  });

  it('reflows at 200 % and 400 % zoom: the page never scrolls sideways, a wide table scrolls in its region', async () => {
    const narrow = await run.context.newPage();
    try {
      for (const width of [640, 320]) {
        await narrow.setViewport({ width, height: 800 });
        await narrow.setContent(html, { waitUntil: 'load' });
        expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      }
      expect(
        await narrow.$$eval('.table-scroll', (regions) =>
          regions.some((region) => region.scrollWidth > region.clientWidth),
        ),
      ).toBe(true);
    } finally {
      await narrow.close();
    }
  });
});
