/**
 * The accessibility report page stays light on a large site: each table
 * lists its first rows (the most findings first) and says how many more
 * a11y.json has; transcripts are shown while they fit, the rest linked as
 * their text files, and those links are capped too. Without it, a site of a
 * hundred pages had a report the gate could not check in time.
 */
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import type { PageCheck } from '../../src/a11y/browser-checks.ts';
import { accessibilityPage, reportPageLimits } from '../../src/build/accessibility-page.ts';
import type { AccessibilityReport } from '../../src/build/accessibility-report.ts';

const lines = Array.from({ length: 50 }, (_, index) => `paragraph ${index}`);
const page = (index: number): Omit<PageCheck, 'milliseconds' | 'cached'> => ({
  path: `en/page-${index}/index.html`,
  lang: 'en',
  wholePage: true,
  issues: Array.from({ length: index === 7 ? 3 : 1 }, () => ({
    runner: 'reflow',
    code: 'horizontal-scroll',
    type: index === 7 ? ('error' as const) : ('warning' as const),
    message: 'Past the edge.',
    selector: 'p',
    context: '',
  })),
  transcript: { reading: lines, headings: ['heading, Page, level 1'], landmarks: ['main'] },
});
const report: AccessibilityReport = {
  standard: 'WCAG2AA',
  runners: [],
  browserChecks: 'failed',
  counts: { errors: 3, warnings: 999, info: 0 },
  static: [],
  readability: [],
  pages: Array.from({ length: 1000 }, (_, index) => page(index)),
};
const tree = accessibilityPage({ report, lang: 'en', languages: ['en', 'es'], sourceLanguage: 'en' });
const { rows, transcriptLines } = reportPageLimits;

describe('the report page of a large site', () => {
  it('lists each table’s first rows, the most findings first, and says how many more a11y.json has', () => {
    const summary = selectAll('#pages tbody tr', tree).map((row) => toText(row));
    expect(summary).toHaveLength(rows);
    expect(summary[0]).toContain('en/page-7/index.html');
    expect(selectAll('#findings tbody tr', tree)).toHaveLength(rows);
    expect(toText(selectAll('#findings tbody tr', tree)[0] ?? tree)).toMatch(/^error/);
    expect(toText(tree)).toContain(`${1000 - rows} more rows`);
    expect(toText(tree)).toContain(`${1002 - rows} more rows`);
  });

  it('shows the transcripts that fit, and links the others’ text files, a bounded number of them', () => {
    const shown = selectAll('ol.transcript li', tree).length;
    expect(shown).toBeLessThanOrEqual(transcriptLines);
    expect(shown).toBeGreaterThan(transcriptLines / 2);
    const linked = selectAll('h2 ~ ul a[href^="transcripts/"]', tree);
    expect(linked).toHaveLength(rows);
    expect(linked[0]?.properties.href).toMatch(/^transcripts\/en\/page-\d+\/index\.txt$/);
  });
});
