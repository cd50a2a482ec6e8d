/**
 * The accessibility report as a page (`reports/a11y.html`, and
 * `reports/a11y.<lang>.html` in each other language it is written in): the
 * summary per page and language, charts of the findings by rule and by page
 * with a table of the same numbers after each, every finding with its rule,
 * WCAG criterion, page, fragment and Markdown place, the screen-reader
 * transcripts, and the reading level. It goes through the browser gate like
 * the pages it reports on.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { AccessibilityReport } from './accessibility-report.ts';
import { reportTexts, type ReportText } from '../site/accessibility-page-text.ts';
import { accessibilityPagePath, reportLanguages } from '../site/report-pages.ts';
import { transcriptParts, transcriptPath } from '../a11y/transcript.ts';

/**
 * What the page lists in full, so that a site of a thousand pages still has
 * a report a browser shows and the gate checks in time: each table's first
 * rows (the most findings first) and the transcripts that fit; a11y.json and
 * the transcripts' text files have everything.
 */
export const reportPageLimits = { rows: 100, transcriptLines: 1_000 } as const;

export interface AccessibilityPageInput {
  readonly report: AccessibilityReport;
  readonly lang: string;
  readonly languages: readonly string[];
  readonly sourceLanguage: string;
}

/** A finding of either kind, as a row of the findings table. */
interface Row {
  readonly severity: 'error' | 'warning' | 'info';
  readonly rule: string;
  readonly criterion: string;
  readonly page: string;
  readonly fragment: string;
  readonly markdown: string;
  readonly message: string;
}

export function accessibilityPage(input: AccessibilityPageInput): Root {
  // A language without the report's words gets the English page, marked as English.
  const lang = reportTexts[input.lang] ? input.lang : 'en';
  const text = reportTexts[lang];
  if (!text) throw new Error('The report has no English text.');
  const { report } = input;
  const rows = findingRows(report);
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang, dir: 'ltr' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', text.title),
          h('style', stylesheet),
        ]),
        h('body', [
          h('a.skip-link', { href: '#main' }, text.skip),
          h('header', [languageLinks(input, text)]),
          h('main#main', [
            h('h1', text.title),
            h('p', text.intro('WCAG 2.2 AA', text.status[report.browserChecks])),
            h('p', text.counts(report.counts.errors, report.counts.warnings, report.counts.info)),
            ...summary(report, text),
            ...charts(rows, text),
            ...findings(rows, text, lang),
            ...transcripts(report, text),
            ...readability(report, text),
            h('h2', text.data),
            h('p', [h('a', { href: 'a11y.json', type: 'application/json' }, text.dataLink)]),
          ]),
        ]),
      ]),
    ],
  };
}

function languageLinks(input: AccessibilityPageInput, text: ReportText): Element {
  const links = reportLanguages(input.languages, input.sourceLanguage).map((lang) => {
    const name = reportTexts[lang]?.languageName ?? lang;
    const href = accessibilityPagePath(lang, input.sourceLanguage).slice('reports/'.length);
    const own = lang === input.lang;
    return h('li', [h('a', { href, ...(own ? { ariaCurrent: 'true' } : { lang, hrefLang: lang }) }, name)]);
  });
  return h('nav.languages', { ariaLabel: text.languages }, [h('ul', links)]);
}

function findingRows(report: AccessibilityReport): Row[] {
  const place = (file: string, line?: number, column?: number) => `${file}:${line ?? 1}:${column ?? 1}`;
  const browser: Row[] = report.pages.flatMap((page) =>
    page.issues.map((issue) => ({
      severity: issue.type,
      rule: `${issue.runner}/${issue.code}`,
      criterion: issue.criterion ?? '',
      page: page.path,
      fragment: issue.fragment ?? '',
      markdown: issue.source ? place(issue.source.file, issue.source.line, issue.source.column) : '',
      message: issue.message,
    })),
  );
  const found: Row[] = report.static.map((finding) => ({
    severity: finding.severity,
    rule: finding.rule,
    // The rules name theirs `WCAG 1.3.1, 2.4.6`; the column is headed WCAG already.
    criterion: (finding.criterion ?? '').replace(/^WCAG\s*/, ''),
    page: '',
    fragment: '',
    markdown: place(finding.file, finding.line, finding.column),
    message: finding.message,
  }));
  return [...browser, ...found];
}

/**
 * A table in a container that scrolls on its own on a narrow screen (WCAG
 * 1.4.10 lets data tables scroll), its first rows only, and a line saying
 * how many more a11y.json has.
 */
function table(
  id: string,
  caption: string,
  head: readonly string[],
  body: readonly ElementContent[][],
  text: ReportText,
): Element[] {
  const listed = body.slice(0, reportPageLimits.rows);
  const cell = (content: ElementContent, index: number) =>
    h(index === 0 ? 'th' : 'td', index === 0 ? { scope: 'row' } : {}, [content]);
  const left = body.length - listed.length;
  return [
    h('div.table-scroll', { role: 'region', tabIndex: 0, ariaLabelledBy: `${id}-caption` }, [
      h('table', { id }, [
        h('caption', { id: `${id}-caption` }, caption),
        h('thead', [
          h(
            'tr',
            head.map((name) => h('th', { scope: 'col' }, name)),
          ),
        ]),
        h(
          'tbody',
          listed.map((cells) => h('tr', cells.map(cell))),
        ),
      ]),
    ]),
    ...(left > 0 ? [moreRows(left, text)] : []),
  ];
}

/** How many rows the page leaves out, and where they all are. */
function moreRows(count: number, text: ReportText): Element {
  return h('p', [
    `${text.moreRows(count)} `,
    h('a', { href: 'a11y.json', type: 'application/json' }, 'a11y.json'),
    '.',
  ]);
}

const textNode = (value: string | number): ElementContent => ({ type: 'text', value: String(value) });

function summary(report: AccessibilityReport, text: ReportText): ElementContent[] {
  if (report.pages.length === 0) return [h('h2', text.summary), h('p', text.noPages)];
  // The pages with the most errors, then warnings, first: on a large site the table lists those.
  const errorsOf = (page: AccessibilityReport['pages'][number]) =>
    page.issues.filter((issue) => issue.type === 'error').length;
  const ranked = [...report.pages].sort((a, b) => errorsOf(b) - errorsOf(a) || b.issues.length - a.issues.length);
  const rows = ranked.map((page) => {
    const errors = errorsOf(page);
    const href = page.path.startsWith('reports/') ? page.path.slice('reports/'.length) : `../${page.path}`;
    return [
      h('a', { href }, page.path),
      textNode(page.lang),
      textNode(page.path.startsWith('reports/') ? text.kinds.report : text.kinds.site),
      textNode(errors),
      textNode(page.issues.length - errors),
    ];
  });
  return [
    h('h2', text.summary),
    ...table('pages', text.pagesCaption, [text.page, text.language, text.kind, text.errors, text.warnings], rows, text),
  ];
}

/** Count of rows by a key, largest first. */
function tally(rows: readonly Row[], key: (row: Row) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function charts(rows: readonly Row[], text: ReportText): ElementContent[] {
  if (rows.length === 0) return [];
  const byRule = tally(rows, (row) => row.rule);
  const byPage = tally(rows, (row) => row.page || row.markdown.split(':')[0] || '');
  const criterion = new Map(rows.map((row) => [row.rule, row.criterion]));
  return [
    h('h2', text.charts),
    h('p', text.chartNote),
    h('h3', text.byRule),
    barChart(byRule),
    ...table(
      'rules',
      text.byRule,
      [text.rule, text.criterion, text.total],
      byRule.map(([rule, count]) => [h('code', rule), textNode(criterion.get(rule) ?? ''), textNode(count)]),
      text,
    ),
    h('h3', text.byPage),
    barChart(byPage),
    ...table(
      'by-page',
      text.byPage,
      [text.page, text.total],
      byPage.map(([page, count]) => [h('code', page), textNode(count)]),
      text,
    ),
  ];
}

/**
 * Bars for the eye, hidden from screen readers: the table after it carries
 * the same numbers for everyone. HTML meters rather than a drawing, so that
 * the labels are text with the page's contrast, wrap on a narrow screen and
 * grow with the reader's font size, and forced colours draw the bars in
 * system colours.
 */
function barChart(counts: readonly [string, number][]): Element {
  // As many bars as its table has rows.
  const shown = counts.slice(0, reportPageLimits.rows);
  const most = Math.max(1, ...shown.map(([, count]) => count));
  return h(
    'div.chart',
    { ariaHidden: 'true' },
    shown.map(([name, count]) =>
      h('div.chart-row', [
        h('span.chart-label', name),
        h('span.chart-bar', [h('meter', { min: 0, max: most, value: count }), ` ${count}`]),
      ]),
    ),
  );
}

const severityOrder: Readonly<Record<Row['severity'], number>> = { error: 0, warning: 1, info: 2 };

function findings(rows: readonly Row[], text: ReportText, lang: string): ElementContent[] {
  if (rows.length === 0) return [h('h2', text.findings), h('p', text.noFindings)];
  const english = lang === 'en' ? {} : { lang: 'en' };
  // The most severe first: on a large site the table lists those.
  const body = [...rows]
    .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
    .map((row) => [
      textNode(text.severities[row.severity]),
      h('code', row.rule),
      textNode(row.criterion),
      row.page ? h('code', row.page) : textNode(''),
      row.fragment ? h('code', row.fragment) : textNode(''),
      row.markdown ? h('code', row.markdown) : textNode(''),
      h('span', english, row.message),
    ]);
  return [
    h('h2', text.findings),
    h('p', text.messagesNote),
    ...table(
      'findings',
      text.findingsCaption,
      [text.severity, text.rule, text.criterion, text.page, text.fragment, text.markdown, text.message],
      body,
      text,
    ),
  ];
}

function transcripts(report: AccessibilityReport, text: ReportText): ElementContent[] {
  const pages = report.pages.filter((page) => page.transcript);
  if (pages.length === 0) return [];
  const file = (page: (typeof pages)[number]) => `transcripts/${transcriptPath(page.path)}`;
  // Shown in full while they fit the page's budget; the rest are linked, as their text files.
  let budget: number = reportPageLimits.transcriptLines;
  const shown: ElementContent[] = [];
  const linked: ElementContent[] = [];
  for (const page of pages) {
    const lines = transcriptParts.reduce((sum, [part]) => sum + (page.transcript?.[part].length ?? 0), 0);
    if (lines > budget) {
      budget = 0;
      linked.push(h('li', [h('a', { href: file(page), type: 'text/plain' }, h('code', page.path))]));
      continue;
    }
    budget -= lines;
    shown.push(
      h('h3', [h('code', page.path)]),
      h('p', [h('a', { href: file(page), type: 'text/plain' }, text.transcriptFile)]),
      ...transcriptParts.map(([part]) =>
        h('details', [
          h('summary', text.transcriptParts[part]),
          h('ol.transcript', { lang: page.lang }, spokenLines(page.transcript?.[part] ?? [], page.lang)),
        ]),
      ),
    );
  }
  return [
    h('h2', text.transcripts),
    h('p', text.transcriptsIntro),
    ...shown,
    ...(linked.length > 0 ? [h('p', text.moreTranscripts), h('ul', linked.slice(0, reportPageLimits.rows))] : []),
    ...(linked.length > reportPageLimits.rows ? [moreRows(linked.length - reportPageLimits.rows, text)] : []),
  ];
}

/** The transcript's lines, each in another language marked with it, as a screen reader would switch voice. */
function spokenLines(lines: readonly string[], pageLang: string): Element[] {
  let lang = pageLang;
  return lines.map((line) => {
    const marker = /^\[lang (.+)\]$/.exec(line);
    if (marker) lang = marker[1] === 'none' ? pageLang : (marker[1] ?? pageLang);
    return h('li', lang === pageLang || marker ? {} : { lang }, line);
  });
}

function readability(report: AccessibilityReport, text: ReportText): ElementContent[] {
  if (report.readability.length === 0) return [];
  const rows = report.readability.map((entry) => [
    h('code', entry.file),
    textNode(entry.section),
    textNode(entry.measure),
    h('span', { lang: 'en' }, `${entry.score}, ${entry.interpretation}`),
    textNode(entry.words),
    textNode(entry.sentences),
  ]);
  return [
    h('h2', text.readability),
    ...table(
      'readability',
      text.readabilityCaption,
      [text.file, text.section, text.measure, text.score, text.words, text.sentences],
      rows,
      text,
    ),
  ];
}

const stylesheet = `
:root { color: #1b1b1b; background: #fff; font-family: 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem; }
a { color: #005ea2; }
:focus-visible { outline: 0.25rem solid #2491ff; outline-offset: 0.125rem; }
.skip-link { position: absolute; inset-inline-start: -999rem; }
.skip-link:focus { position: static; display: inline-block; padding: 0.5rem 1rem; }
.languages ul { display: flex; gap: 1rem; list-style: none; padding: 0; }
.languages a { display: inline-block; padding: 0.25rem 0; }
.languages a[aria-current] { color: #1b1b1b; font-weight: 700; text-decoration: none; border-bottom: 0.25rem solid #005ea2; }
.table-scroll { overflow-x: auto; margin-bottom: 1.5rem; }
table { border-collapse: collapse; }
caption { text-align: start; font-weight: 700; padding: 0.25rem 0; }
th, td { border: 1px solid #a9aeb1; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
code { overflow-wrap: anywhere; }
.chart { max-width: 40rem; margin-bottom: 1rem; }
.chart-label { display: block; overflow-wrap: anywhere; }
.chart-bar { display: flex; align-items: center; gap: 0.5rem; }
.chart meter { flex: 1; height: 1rem; }
/* A count, not a good or bad level: one neutral colour (forced colours draw it in the system's). */
.chart meter::-webkit-meter-optimum-value { background: #005ea2; }
.transcript { font-family: monospace; overflow-wrap: anywhere; }
summary { cursor: pointer; }
`;
