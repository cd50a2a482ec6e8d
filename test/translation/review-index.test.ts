/**
 * The index of the build's review pages, read from its HTML: each document's
 * row counts its units and findings and links to its own review page.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { reviewIndexTree } from '../../src/translation/review-index.ts';
import { finding, input } from './review-input.ts';

const href = (document: { kind: string; id: string }) => `review/${document.kind}/${document.id}.html`;
const orphan = {
  ...finding({ check: 'numbers', severity: 'warning', unit: 'x', line: 1, column: 1, message: 'Elsewhere.' }),
  document: 'gone',
};
const html = toHtml(reviewIndexTree({ ...input, findings: [...input.findings, orphan], href }));
const tree = fromHtml(html);

describe('the review index', () => {
  it('is an English page with one heading per part and no script (it filters nothing)', () => {
    expect(html.startsWith('<!doctype html><html lang="en" dir="ltr">')).toBe(true);
    expect(selectAll('h1, h2', tree).map((heading) => `${heading.tagName} ${toText(heading)}`)).toEqual([
      'h1 Translation review',
      'h2 Summary',
      'h2 Documents',
      'h2 Findings outside these documents',
    ]);
    expect(selectAll('script', tree)).toEqual([]);
  });

  it('counts each document’s units by status and findings by severity, and links to its table on its own page', () => {
    const rows = selectAll('table.documents tbody tr', tree).map((row) =>
      selectAll('th, td', row)
        .map((cell) => toText(cell))
        .join(' | '),
    );
    expect(rows).toEqual([
      'Page mexico (Español) | 5 | 2 | 1 | 1 | 1 | 1 | 1',
      'UI namespace ui (Español) | 2 | 1 | 0 | 1 | 0 | 0 | 0',
    ]);
    expect(selectAll('table.documents a', tree).map((link) => link.properties.href)).toEqual([
      'review/page/mexico.html#page-mexico-es',
      'review/namespace/ui.html#namespace-ui-es',
    ]);
    expect(select('table.documents a span', tree)?.properties).toEqual({ lang: 'es', dir: 'ltr' });
  });

  it('lists a finding of no document under its own heading, so that none is lost', () => {
    expect(toText(select('section:last-of-type ul', tree) ?? tree)).toContain('Elsewhere.');
  });
});
