/**
 * The translators' review page, read from its HTML: structure, languages,
 * statuses and findings. In Chromium (the accessibility gate, keyboard
 * filtering, reflow): review-page.e2e.test.ts.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { reviewPage } from '../../src/translation/review-page.ts';
import { finding, input } from './review-input.ts';

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

  it('links back to the index of every document’s review, before its heading, when it is one of several', () => {
    const one = fromHtml(
      reviewPage({ ...input, title: 'Translation review: page mexico', index: '../../review.html' }),
    );
    expect(select('main > p:first-child a', one)?.properties.href).toBe('../../review.html');
    expect(toText(select('main > p:first-child', one) ?? one)).toBe('All documents under review');
    expect(select('main > p:first-child a', tree)).toBeUndefined();
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(reviewPage(structuredClone(input))).toBe(html);
  });
});
