/**
 * The accessibility report as a page, in each language of the site: made
 * from a gate run with findings (a seeded reflow mistake), it shows them
 * all with their rule, criterion, page, fragment and Markdown line, a chart
 * and a table of the same numbers, and the transcripts; and it passes the
 * gate itself. The site's pages link it in their own language.
 */
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses, type PageCheck } from '../../src/a11y/browser-checks.ts';
import type { Harness } from '../../src/a11y/harness.ts';
import { accessibilityFindings, accessibilityPages } from '../../src/build/accessibility-report.ts';
import { compileSite } from '../../src/build/build-site.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { smallFixtureRoot } from '../helpers.ts';

let run: RunBrowser;
let pages: Harness[];
let pageChecks: PageCheck[];
let siteChecks: PageCheck[];
let sitePages: Harness[];

beforeAll(async () => {
  run = await connectBrowser();
  const compiled = await compileSite(smallFixtureRoot);
  const output = new Map(compiled.output);
  output.set(
    'assets/site.css',
    `${String(output.get('assets/site.css'))}\nmain [data-fragment-id] p { width: 40rem; }`,
  );
  sitePages = (compiled.harnesses ?? []).filter((harness) => harness.path.includes('/mexico/'));
  siteChecks = await checkHarnesses(sitePages, { browser: run.browser, files: output });
  const report = accessibilityFindings(compiled.files, siteChecks, 'failed');
  if (!compiled.manifest) throw new Error('The fixture did not compile.');
  pages = accessibilityPages(report, compiled.manifest);
  pageChecks = await checkHarnesses(pages, { browser: run.browser, files: output });
});
afterAll(async () => run?.close());

describe('the accessibility report page', () => {
  it('is written in English and Spanish', () => {
    expect(pages.map((page) => [page.path, page.lang])).toEqual([
      ['reports/a11y.html', 'en'],
      ['reports/a11y.es.html', 'es'],
    ]);
    expect(pages.map((page) => toText(selectAll('h1', page.tree)[0] ?? { type: 'text', value: '' }))).toEqual([
      'Accessibility report',
      'Informe de accesibilidad',
    ]);
  });

  it('lists every finding with its rule, criterion, page, fragment and Markdown line', () => {
    const found = siteChecks.flatMap((check) => check.issues);
    expect(found.length).toBeGreaterThan(0);
    for (const page of pages) {
      const rows = selectAll('#findings tbody tr', page.tree).map((row) =>
        selectAll('th, td', row).map((cell) => toText(cell)),
      );
      const reflow = rows.find((row) => row[1] === 'reflow/horizontal-scroll' && row[3] === 'es/mexico/index.html');
      expect(reflow?.slice(2, 6)).toEqual([
        '1.4.10',
        'es/mexico/index.html',
        'mexico/intro',
        expect.stringMatching(/^content\/es\/mexico\.md:\d+:1$/),
      ]);
      expect(rows.filter((row) => row[3] !== '').length).toBe(found.length);
    }
  });

  it('has a chart of findings by rule and by page, each with a table of the same numbers', () => {
    for (const page of pages) {
      const charts = selectAll('.chart', page.tree);
      expect(charts).toHaveLength(2);
      const bars = selectAll('.chart-row', charts[0]).map((row) => toText(row).replace(/\s+/g, ' ').trim());
      const table = selectAll('#rules tbody tr', page.tree).map((row) => {
        const cells = selectAll('th, td', row).map((cell) => toText(cell));
        return `${cells[0]} ${cells[2]}`;
      });
      expect(bars).toEqual(table);
    }
  });

  it('shows what a screen reader says on each site page', () => {
    for (const page of pages) {
      expect(selectAll('ol.transcript', page.tree)).toHaveLength(sitePages.length * 3);
      expect(toText(page.tree)).toContain('heading, Desafíos, level 2');
    }
  });

  it('passes the gate, in both languages', () => {
    expect(pageChecks.map((check) => check.issues)).toEqual([[], []]);
  });
});
