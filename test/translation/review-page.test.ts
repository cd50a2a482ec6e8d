/**
 * The translators' review page: its structure read from the HTML, the same
 * in-browser accessibility gate as the fragments (which closes on a seeded
 * violation), and keyboard filtering in real Chromium, with and without
 * JavaScript.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses, type PageCheck } from '../../src/a11y/browser-checks.ts';
import type { Harness } from '../../src/a11y/harness.ts';
import { reviewPage, type ReviewInput } from '../../src/translation/review-page.ts';
import type { Finding, TranslationUnit, UnitStatus } from '../../src/translation/unit.ts';
import { launchBrowser } from '../browser.ts';

const english = 'content/en/mexico.md';
const spanish = 'content/es/mexico.md';

function unit(
  id: string,
  status: UnitStatus,
  source: string,
  target: string | undefined,
  line: number,
): TranslationUnit {
  const section = id === 'title' ? undefined : id.split('.')[0];
  return {
    id,
    kind: id === 'title' ? 'title' : 'paragraph',
    ...(section ? { section } : {}),
    source: {
      text: source,
      content: [source],
      file: english,
      position: { start: { line, column: 1 }, end: { line, column: 1 + source.length } },
    },
    ...(target === undefined
      ? {}
      : {
          target: {
            text: target,
            content: [target],
            file: spanish,
            position: { start: { line, column: 1 }, end: { line, column: 1 + target.length } },
          },
        }),
    status,
  };
}

const input: ReviewInput = {
  documents: [
    {
      kind: 'page',
      id: 'mexico',
      sourceLanguage: 'en',
      lang: 'es',
      sourcePath: english,
      targetPath: spanish,
      units: [
        unit('title', 'translated', 'Mexico', 'México', 2),
        unit(
          'intro.1',
          'translated',
          'Never paste <script>alert("x")</script> & friends into a page.',
          'Nunca pegue <script>alert("x")</script> y similares en una página.',
          6,
        ),
        unit('goals.1', 'stale', 'We supported 3 programs in 2024.', 'Apoyamos 2 programas en 2023.', 10),
        unit('goals.2', 'missing', 'Visa appointments open every Monday.', undefined, 12),
        {
          ...unit('goals.3', 'identical', 'Fulbright Program', 'Fulbright Program', 14),
          notes: ['A program name: the glossary keeps it in English.'],
        },
      ],
    },
    {
      kind: 'namespace',
      id: 'ui',
      sourceLanguage: 'en',
      lang: 'es',
      sourcePath: 'locales/en/ui.json',
      targetPath: 'locales/es/ui.json',
      units: [
        {
          id: 'landmarks.main',
          kind: 'string',
          source: { text: 'Main content', content: ['Main content'], file: 'locales/en/ui.json' },
          target: { text: 'Contenido principal', content: ['Contenido principal'], file: 'locales/es/ui.json' },
          status: 'translated',
        },
        {
          id: 'sections.intro',
          kind: 'string',
          source: { text: 'Introduction', content: ['Introduction'], file: 'locales/en/ui.json' },
          status: 'missing',
        },
      ],
    },
  ],
  findings: [
    finding({
      check: 'numbers',
      severity: 'error',
      unit: 'goals.1',
      line: 10,
      column: 1,
      message: 'The translation is missing 3 and 2024, and has 2 and 2023 instead.',
    }),
    finding({
      check: 'spelling',
      severity: 'warning',
      unit: 'intro.1',
      line: 6,
      column: 23,
      message: 'Unknown word “similares”?',
    }),
  ],
  languageNames: { en: 'English', es: 'Español' },
};

function finding(fields: Pick<Finding, 'check' | 'severity' | 'unit' | 'line' | 'column' | 'message'>): Finding {
  return { lang: 'es', document: 'mexico', file: spanish, source: '', target: '', ...fields };
}

const html = reviewPage(input);
const tree: Root = fromHtml(html);

function row(unitId: string): Element {
  const found = selectAll('tr.unit', tree).find(
    (candidate) => toText(select('th[scope=row] code', candidate) ?? candidate) === unitId,
  );
  if (!found) throw new Error(`No row for ${unitId}`);
  return found;
}

function cell(unitId: string, className: string): Element {
  const found = select(`td.${className}`, row(unitId));
  if (!found) throw new Error(`No ${className} cell for ${unitId}`);
  return found;
}

/** A page written by hand, wrapped as the gate's harness (no Markdown source). */
function asHarness(path: string, document: string): Harness {
  return {
    path,
    lang: 'en',
    title: '',
    fragments: [],
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

describe('the review page, read from its HTML', () => {
  it('is an English document titled after the target language, with a skip link to <main> and headings in order', () => {
    expect(html.startsWith('<!doctype html><html lang="en" dir="ltr">')).toBe(true);
    expect(toText(select('title', tree) ?? tree)).toBe('Translation review: Español');
    expect(select('h1', tree)?.children).toEqual([
      expect.objectContaining({ value: 'Translation review: ' }),
      expect.objectContaining({ tagName: 'span', properties: { lang: 'es', dir: 'ltr' } }),
    ]);
    expect(select('body > a', tree)?.properties.href).toBe('#main');
    expect(select('main#main > h1', tree)).toBeDefined();
    expect(selectAll('h1, h2, h3, h4, h5, h6', tree).map((heading) => `${heading.tagName} ${toText(heading)}`)).toEqual(
      ['h1 Translation review: Español', 'h2 Summary', 'h2 Filter the units', 'h2 Page: mexico', 'h2 UI namespace: ui'],
    );
    expect(selectAll('link, img, [src]', tree)).toEqual([]);
  });

  it('sums up, per language, the units by status and the findings by severity', () => {
    const summary = select('table', tree);
    expect(toText(select('caption', summary ?? tree) ?? tree)).toBe(
      'Units by status and findings by severity, per language',
    );
    expect(
      selectAll('thead th', summary ?? tree).map((header) => `${String(header.properties.scope)} ${toText(header)}`),
    ).toEqual(['col Count', 'col Español']);
    expect(
      selectAll('tbody tr', summary ?? tree).map((line) =>
        selectAll('th, td', line)
          .map((part) => toText(part))
          .join(' '),
      ),
    ).toEqual(['Units 7', 'Translated 3', 'Stale 1', 'Missing 2', 'Identical 1', 'Errors 1', 'Warnings 1']);
    for (const header of selectAll('tbody th', summary ?? tree)) expect(header.properties.scope).toBe('row');
  });

  it('gives each document a captioned table with column headers and a row header per unit', () => {
    const tables = selectAll('table.units', tree);
    expect(tables.map((table) => toText(select('caption', table) ?? table))).toEqual([
      'Units of page mexico: English source and Español translation',
      'Units of UI namespace ui: English source and Español translation',
    ]);
    for (const table of tables) {
      expect(
        selectAll('thead th', table).map((header) => `${String(header.properties.scope)} ${toText(header)}`),
      ).toEqual(['col Unit', 'col English', 'col Español', 'col Status', 'col Findings']);
      for (const line of selectAll('tr.unit', table)) expect(select('th', line)?.properties.scope).toBe('row');
    }
    for (const region of selectAll('.table-scroll', tree)) {
      expect(region.properties).toMatchObject({ role: 'region', tabIndex: 0 });
      expect(select(`caption#${String(region.properties.ariaLabelledBy)}`, region)).toBeDefined();
    }
    expect(toText(select('th', row('goals.1')) ?? tree)).toBe('goals.1section goals, paragraph');
    expect(toText(select('th', row('landmarks.main')) ?? tree)).toBe('landmarks.mainUI string');
  });

  it('marks every source cell with the source language and every translation cell with the target language', () => {
    const sources = selectAll('td.source', tree);
    const targets = selectAll('td.target', tree);
    expect(sources).toHaveLength(7);
    expect(targets).toHaveLength(7);
    for (const source of sources) expect(source.properties).toMatchObject({ lang: 'en', dir: 'ltr' });
    for (const target of targets) expect(target.properties).toMatchObject({ lang: 'es', dir: 'ltr' });
  });

  it('says in words that a translation is missing, gives each status as text, and shows the translator’s notes', () => {
    expect(toText(cell('goals.2', 'target'))).toBe('Not translated yet');
    expect(select('.placeholder', cell('goals.2', 'target'))?.properties.lang).toBe('en');
    expect(toText(cell('sections.intro', 'target'))).toBe('Not translated yet');
    const status = (unitId: string) => toText(select('.status', row(unitId)) ?? tree);
    expect(status('title')).toBe('Translated');
    expect(status('goals.1')).toBe('Stale: the English changed since this was translated');
    expect(status('goals.2')).toBe('Missing: not translated yet');
    expect(status('goals.3')).toBe('Identical: the same text as the English, probably not translated');
    expect(selectAll('.notes li', cell('goals.3', 'source')).map((note) => toText(note))).toEqual([
      'Note: A program name: the glossary keeps it in English.',
    ]);
  });

  it('lists each finding in its row: severity in words, check, message and file:line:column', () => {
    const findings = (unitId: string) => selectAll('.findings li', row(unitId)).map((item) => toText(item));
    expect(findings('goals.1')).toEqual([
      'Error numbers: The translation is missing 3 and 2024, and has 2 and 2023 instead. content/es/mexico.md:10:1',
    ]);
    expect(findings('intro.1')).toEqual(['Warning spelling: Unknown word “similares”? content/es/mexico.md:6:23']);
    for (const unitId of ['title', 'goals.2', 'goals.3', 'landmarks.main']) {
      expect(findings(unitId)).toEqual([]);
      expect(toText(row(unitId).children.at(-1) as Element)).toBe('None');
    }
    expect(row('goals.1').properties).toMatchObject({ dataStatus: 'stale', dataFindings: 'error' });
    expect(row('title').properties).toMatchObject({ dataStatus: 'translated', dataFindings: 'none' });
  });

  it('escapes the texts: markup in a unit is shown as text, never run', () => {
    expect(toText(cell('intro.1', 'source'))).toBe('Never paste <script>alert("x")</script> & friends into a page.');
    expect(html).toContain('Never paste &#x3C;script>alert("x")&#x3C;/script> &#x26; friends');
    expect(selectAll('script', tree)).toHaveLength(1);
    expect(select('main script', tree)).toBeUndefined();
  });

  it('renders the filter form hidden, with a legend per fieldset and a status region', () => {
    const form = select('form#filters', tree);
    expect(form?.properties.hidden).toBe(true);
    expect(selectAll('fieldset > legend', form ?? tree).map((legend) => toText(legend))).toEqual([
      'Status',
      'Findings',
    ]);
    expect(selectAll('label', form ?? tree).map((label) => toText(label))).toEqual([
      'Translated (3)',
      'Stale (1)',
      'Missing (2)',
      'Identical (1)',
      'With errors (1)',
      'With warnings (1)',
      'With no finding (5)',
    ]);
    expect(select('[role=status]', form ?? tree)).toBeDefined();
    expect(selectAll('tr[hidden]', tree).every((line) => line.properties.className?.toString() === 'no-match')).toBe(
      true,
    );
  });

  it('still lists a finding whose unit or document is not on the page', () => {
    const extra = reviewPage({
      ...input,
      findings: [
        finding({
          check: 'structure',
          severity: 'error',
          unit: 'challenges',
          line: 20,
          column: 1,
          message: 'Section `challenges` does not have the source’s structure.',
        }),
        {
          ...finding({
            check: 'spelling',
            severity: 'warning',
            unit: 'intro.1',
            line: 3,
            column: 5,
            message: 'Unknown word “Embasy”?',
          }),
          document: 'canada',
          file: 'content/es/canada.md',
        },
      ],
    });
    const extraTree = fromHtml(extra);
    expect(selectAll('h3', extraTree).map((heading) => toText(heading))).toEqual(['Findings not tied to a unit']);
    expect(toText(select('h2#other-findings-heading', extraTree) ?? extraTree)).toBe(
      'Findings outside these documents',
    );
    expect(selectAll('ul.findings li', extraTree).map((item) => toText(item))).toEqual([
      'Error structure: Section `challenges` does not have the source’s structure. content/es/mexico.md:20:1',
      'Warning spelling: Unknown word “Embasy”? content/es/canada.md:3:5',
    ]);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(reviewPage(structuredClone(input))).toBe(html);
  });
});

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser.close());

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
      ],
      { browser },
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

  it('fails on a checkbox without a label', () => {
    expect(errors(checks[2])).toEqual(
      expect.arrayContaining(['axe/label', 'htmlcs/WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.InputCheckbox.Name']),
    );
  });
});

describe('filtering with the keyboard, in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
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
    const plain = await browser.newPage();
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
    const narrow = await browser.newPage();
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
