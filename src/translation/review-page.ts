/**
 * The translators' review page: each document's units side by side, source
 * and translation, block by block, with each unit's status and findings in
 * its row. One self-contained HTML file (inline style and script, nothing
 * fetched) that works opened from disk.
 *
 * Filtering is a progressive enhancement: without JavaScript every row is
 * shown and the filter form stays hidden; the inline script reveals the form
 * and hides the rows that do not match, saying how many are shown in a
 * polite live region.
 *
 * The page is in English; every source cell carries the source language and
 * every translation cell the target language, so that a screen reader reads
 * each in its own voice. The same input gives the same bytes.
 */
import type { ElementContent, Properties, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { languageDirection } from '../content/language.ts';
import type { Finding, Severity, TranslationUnit, UnitDocument, UnitKind, UnitStatus } from './unit.ts';

export interface ReviewInput {
  readonly documents: readonly UnitDocument[];
  readonly findings: readonly Finding[];
  /** Each language's name in that language: en → English, es → Español. */
  readonly languageNames: Readonly<Record<string, string>>;
  /** `<title>` and `<h1>` (default: “Translation review: ” and the target languages' names). */
  readonly title?: string;
  /** Where the list of every document's review is, for a link back to it (the build's review is one page per document). */
  readonly index?: string;
}

/** The language of the page's own words. */
const pageLanguage = 'en';

export const statuses: readonly UnitStatus[] = ['translated', 'stale', 'missing', 'identical'];
export const severities: readonly Severity[] = ['error', 'warning'];

/** What a row is filtered by, besides its status: the severities of its findings, or `none`. */
type FindingFilter = Severity | 'none';
const findingFilters: readonly FindingFilter[] = ['error', 'warning', 'none'];

const columnCount = 5;

/** The page as HTML. */
export function reviewPage(input: ReviewInput): string {
  return `${toHtml(reviewTree(input))}\n`;
}

/** The page as a syntax tree (for the accessibility checks, which trace findings to elements). */
export function reviewTree(input: ReviewInput): Root {
  const targetLanguages = unique(input.documents.map((document) => document.lang));
  const names = (lang: string) => languageName(lang, input.languageNames);
  const title = input.title ?? defaultTitle(targetLanguages.map((lang) => input.languageNames[lang] ?? lang));
  const heading: ElementContent[] =
    input.title === undefined && targetLanguages.length > 0
      ? [text('Translation review: '), ...joined(targetLanguages.map(names))]
      : [text(title)];
  const orphans = input.findings.filter((finding) => !input.documents.some((document) => belongsTo(finding, document)));
  return reviewShell(title, [
    ...(input.index === undefined ? [] : [h('p', [h('a', { href: input.index }, 'All documents under review')])]),
    h('h1', heading),
    h(
      'p',
      'Each row is one unit (a title, heading, paragraph, list item, table cell or UI string): the source and the translation side by side, the unit’s status in words, and the findings of the quality checks with the place to fix them.',
    ),
    summarySection(input, targetLanguages, names),
    filterForm(input),
    ...input.documents.map((document) => documentSection(document, input, targetLanguages.length > 1)),
    ...(orphans.length > 0 ? [orphanSection(orphans)] : []),
  ]);
}

/** A review page around the content of its `<main>`: English, styled inline, with a skip link and the filter script. */
export function reviewShell(title: string, main: ElementContent[]): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: pageLanguage, dir: 'ltr' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('style', stylesheet),
        ]),
        h('body', [
          h('a.skip-link', { href: '#main' }, 'Skip to main content'),
          h('main#main', main),
          ...(main.some(isFilterForm) ? [h('script', filterScript)] : []),
        ]),
      ]),
    ],
  };
}

function isFilterForm(node: ElementContent): boolean {
  return node.type === 'element' && node.properties.id === 'filters';
}

export function defaultTitle(targetNames: readonly string[]): string {
  return targetNames.length > 0 ? `Translation review: ${targetNames.join(', ')}` : 'Translation review';
}

/**
 * A language's name, marked with its language when it is not the page's
 * (“Español” is a Spanish word on an English page).
 */
export function languageName(lang: string, languageNames: Readonly<Record<string, string>>): ElementContent {
  const name = languageNames[lang] ?? lang;
  return primarySubtag(lang) === pageLanguage ? text(name) : h('span', languageAttributes(lang), name);
}

function languageAttributes(lang: string): Properties {
  return { lang, dir: languageDirection(lang) ?? 'ltr' };
}

function primarySubtag(lang: string): string {
  return lang.split('-')[0]?.toLowerCase() ?? lang;
}

/** `a, b, c`, as the `<title>` says it. */
function joined(items: readonly ElementContent[]): ElementContent[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [text(', '), item]));
}

/** A finding is about a document when it names it and is in its source or target language. */
export function belongsTo(finding: Finding, document: UnitDocument): boolean {
  return (
    finding.document === document.id && (finding.lang === document.lang || finding.lang === document.sourceLanguage)
  );
}

function documentFindings(document: UnitDocument, findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => belongsTo(finding, document));
}

function unitFindings(unit: TranslationUnit, findings: readonly Finding[]): Finding[] {
  // Errors first, then warnings, each in the order given.
  return severities.flatMap((severity) =>
    findings.filter((finding) => finding.unit === unit.id && finding.severity === severity),
  );
}

function findingFiltersOf(findings: readonly Finding[]): FindingFilter[] {
  const present = severities.filter((severity) => findings.some((finding) => finding.severity === severity));
  return present.length > 0 ? present : ['none'];
}

export function plural(count: number, singular: string): string {
  return `${count} ${singular}${count === 1 ? '' : 's'}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** A fragment of an id attribute from any text. */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}

export function documentAnchor(document: UnitDocument): string {
  return `${document.kind}-${slug(document.id)}-${slug(document.lang)}`;
}

// Summary.

export const statusNames: Readonly<Record<UnitStatus, string>> = {
  translated: 'Translated',
  stale: 'Stale',
  missing: 'Missing',
  identical: 'Identical',
};
const severityNames: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning' };
export const severityPlurals: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings' };

/** What the summary counts in one target language. */
interface LanguageTally {
  readonly units: readonly TranslationUnit[];
  readonly findings: readonly Finding[];
}

/** The summary's rows: a name and how to count it. */
const summaryRows: readonly (readonly [string, (tally: LanguageTally) => number])[] = [
  ['Units', (tally) => tally.units.length],
  ...statuses.map(
    (status) =>
      [
        statusNames[status],
        (tally: LanguageTally) => tally.units.filter((unit) => unit.status === status).length,
      ] as const,
  ),
  ...severities.map(
    (severity) =>
      [
        severityPlurals[severity],
        (tally: LanguageTally) => tally.findings.filter((finding) => finding.severity === severity).length,
      ] as const,
  ),
];

/** One column per language and one row per count, so that the table stays narrow at 400 % zoom. */
export function summarySection(
  input: ReviewInput,
  targetLanguages: readonly string[],
  names: (lang: string) => ElementContent,
) {
  const tallies = targetLanguages.map((lang): LanguageTally => {
    const documents = input.documents.filter((document) => document.lang === lang);
    const findings = input.findings.filter((finding) => documents.some((document) => belongsTo(finding, document)));
    return { units: documents.flatMap((document) => document.units), findings };
  });
  return h('section', { ariaLabelledBy: 'summary-heading' }, [
    h('h2#summary-heading', 'Summary'),
    targetLanguages.length === 0
      ? h('p', 'There are no documents to review.')
      : h('table.summary', [
          h('caption', 'Units by status and findings by severity, per language'),
          h('thead', [
            h('tr', [
              h('th', { scope: 'col' }, 'Count'),
              ...targetLanguages.map((lang) => h('th', { scope: 'col' }, [names(lang)])),
            ]),
          ]),
          h(
            'tbody',
            summaryRows.map(([name, count]) =>
              h('tr', [
                h('th', { scope: 'row' }, name),
                ...tallies.map((tally) => h('td.number', String(count(tally)))),
              ]),
            ),
          ),
        ]),
  ]);
}

// Filters.

const findingFilterNames: Readonly<Record<FindingFilter, string>> = {
  error: 'With errors',
  warning: 'With warnings',
  none: 'With no finding',
};

/** Hidden until the script reveals it: without JavaScript, it could not filter. */
function filterForm(input: ReviewInput) {
  const rows = input.documents.flatMap((document) => {
    const findings = documentFindings(document, input.findings);
    return document.units.map((unit) => ({
      status: unit.status,
      filters: findingFiltersOf(unitFindings(unit, findings)),
    }));
  });
  const checkbox = (name: string, value: string, label: string, count: number) => {
    const id = `filter-${name}-${value}`;
    return h('span.choice', [
      h('input', { type: 'checkbox', id, name, value, checked: true }),
      h('label', { htmlFor: id }, `${label} (${count})`),
    ]);
  };
  return h('form#filters.filters', { hidden: true, ariaLabelledBy: 'filters-heading' }, [
    h('h2#filters-heading', 'Filter the units'),
    h('fieldset', [
      h('legend', 'Status'),
      ...statuses.map((status) =>
        checkbox('status', status, statusNames[status], rows.filter((row) => row.status === status).length),
      ),
    ]),
    h('fieldset', [
      h('legend', 'Findings'),
      ...findingFilters.map((filter) =>
        checkbox(
          'findings',
          filter,
          findingFilterNames[filter],
          rows.filter((row) => row.filters.includes(filter)).length,
        ),
      ),
    ]),
    // Checkboxes apply at once; the button applies them again, for who expects to submit a form (and never leaves the page).
    h('button', { type: 'submit' }, 'Apply filters'),
    h('p#filter-status', { role: 'status' }),
  ]);
}

// Documents.

const kindNames: Readonly<Record<UnitKind, string>> = {
  title: 'title',
  heading: 'heading',
  paragraph: 'paragraph',
  listItem: 'list item',
  tableCell: 'table cell',
  code: 'code',
  string: 'UI string',
};

function documentSection(document: UnitDocument, input: ReviewInput, manyLanguages: boolean) {
  const anchor = documentAnchor(document);
  const names = (lang: string) => languageName(lang, input.languageNames);
  const findings = documentFindings(document, input.findings);
  const unitIds = new Set(document.units.map((unit) => unit.id));
  const unplaced = findings.filter((finding) => !unitIds.has(finding.unit));
  const kindLabel = document.kind === 'page' ? 'Page' : 'UI namespace';
  const counts = statuses
    .map((status) => [status, document.units.filter((unit) => unit.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return h('section', { ariaLabelledBy: `${anchor}-heading` }, [
    h('h2', { id: `${anchor}-heading` }, [
      `${kindLabel}: ${document.id}`,
      ...(manyLanguages ? [' (', names(document.lang), ')'] : []),
    ]),
    h('p', [
      'Source: ',
      h('code', document.sourcePath),
      '. Translation: ',
      h('code', document.targetPath),
      '. ',
      `${plural(document.units.length, 'unit')}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}.`,
    ]),
    h('div.table-scroll', { role: 'region', tabIndex: 0, ariaLabelledBy: `${anchor}-caption` }, [
      h('table.units', [
        h('caption', { id: `${anchor}-caption` }, [
          `Units of ${document.kind === 'page' ? 'page' : 'UI namespace'} ${document.id}: `,
          names(document.sourceLanguage),
          ' source and ',
          names(document.lang),
          ' translation',
        ]),
        h('thead', [
          h('tr', [
            h('th', { scope: 'col' }, 'Unit'),
            h('th', { scope: 'col' }, [names(document.sourceLanguage)]),
            h('th', { scope: 'col' }, [names(document.lang)]),
            h('th', { scope: 'col' }, 'Status'),
            h('th', { scope: 'col' }, 'Findings'),
          ]),
        ]),
        h('tbody', [
          ...document.units.map((unit) => unitRow(unit, document, unitFindings(unit, findings), names)),
          document.units.length === 0
            ? h('tr', [h('td', { colSpan: columnCount }, 'This document has no units.')])
            : // Shown by the script when the filters hide every row of this table.
              h('tr.no-match', { hidden: true }, [
                h('td', { colSpan: columnCount }, 'No unit of this table matches the filters.'),
              ]),
        ]),
      ]),
    ]),
    ...(unplaced.length > 0
      ? [h('h3', { id: `${anchor}-unplaced` }, 'Findings not tied to a unit'), findingList(unplaced)]
      : []),
  ]);
}

function unitRow(
  unit: TranslationUnit,
  document: UnitDocument,
  findings: readonly Finding[],
  names: (lang: string) => ElementContent,
) {
  const meta = [unit.section === undefined ? undefined : `section ${unit.section}`, kindNames[unit.kind]]
    .filter((part) => part !== undefined)
    .join(', ');
  return h('tr.unit', { dataStatus: unit.status, dataFindings: findingFiltersOf(findings).join(' ') }, [
    h('th', { scope: 'row' }, [h('code.unit-id', unit.id), h('span.unit-meta', meta)]),
    h('td.source', languageAttributes(document.sourceLanguage), [unit.source.text, ...notes(unit, document)]),
    h(
      'td.target',
      languageAttributes(document.lang),
      unit.target === undefined
        ? // The cell keeps the target language; the words saying it is empty are the page's.
          [h('span.placeholder', languageAttributes(pageLanguage), 'Not translated yet')]
        : [unit.target.text],
    ),
    h('td', [
      h(`span.status.status-${unit.status}`, statusLabel(unit.status, names(document.sourceLanguage))),
      ...memoryNote(unit),
    ]),
    h('td', findings.length > 0 ? [findingList(findings)] : [h('span.placeholder', 'None')]),
  ]);
}

/** For a unit filled from memory and not confirmed: where its translation came from. */
function memoryNote(unit: TranslationUnit): ElementContent[] {
  if (unit.memory === undefined) return [];
  return [h('span.memory', [' From memory, not confirmed: ', h('code', unit.memory)])];
}

/** The translator's notes, in the page's language, under the source text. */
function notes(unit: TranslationUnit, document: UnitDocument): ElementContent[] {
  if (!unit.notes || unit.notes.length === 0) return [];
  const attributes = primarySubtag(document.sourceLanguage) === pageLanguage ? {} : languageAttributes(pageLanguage);
  return [
    h(
      'ul.notes',
      attributes,
      unit.notes.map((note) => h('li', `Note: ${note}`)),
    ),
  ];
}

function statusLabel(status: UnitStatus, sourceName: ElementContent): ElementContent[] {
  switch (status) {
    case 'translated':
      return [text('Translated')];
    case 'stale':
      return [text('Stale: the '), sourceName, text(' changed since this was translated')];
    case 'missing':
      return [text('Missing: not translated yet')];
    case 'identical':
      return [text('Identical: the same text as the '), sourceName, text(', probably not translated')];
  }
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}

function findingList(findings: readonly Finding[]) {
  return h(
    'ul.findings',
    findings.map((finding) =>
      h('li', [
        h(`strong.severity-${finding.severity}`, severityNames[finding.severity]),
        ' ',
        h('code', finding.check),
        `: ${finding.message} `,
        h('code.place', findingPlace(finding)),
      ]),
    ),
  );
}

/** `file:line:column`, as editors and terminals link it. */
function findingPlace(finding: Finding): string {
  if (finding.line === undefined) return finding.file;
  return finding.column === undefined
    ? `${finding.file}:${finding.line}`
    : `${finding.file}:${finding.line}:${finding.column}`;
}

export function orphanSection(findings: readonly Finding[]) {
  return h('section', { ariaLabelledBy: 'other-findings-heading' }, [
    h('h2#other-findings-heading', 'Findings outside these documents'),
    findingList(findings),
  ]);
}

// Style and script, inline so that the page works opened from disk.

/**
 * Relative units only (the page reflows at 200 % zoom; wide tables scroll
 * inside their region). Every colour pair is above 4.5:1, and status and
 * severity are words, the colour only repeats them. A cell breaks a long
 * word anywhere: a table sized to an unbroken word (a URL, a pasted hash)
 * would run off the page, and the checks could not read its colours there.
 */
const stylesheet = `
:root { color: #1b1b1b; background: #ffffff; font: 100%/1.5 system-ui, sans-serif; }
body { margin: 0 auto; padding: 1rem; max-width: 100rem; }
a { color: #0b4f9c; }
:focus-visible { outline: 0.2rem solid #0b4f9c; outline-offset: 0.15rem; }
.skip-link { display: inline-block; margin-block-end: 0.5rem; }
.table-scroll { overflow-x: auto; margin-block-end: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
table.summary { width: auto; margin-block-end: 1.5rem; }
caption { text-align: start; font-weight: bold; padding-block: 0.5rem; }
th, td { border: 1px solid #767676; padding: 0.5rem; text-align: start; vertical-align: top; overflow-wrap: break-word; }
td { overflow-wrap: anywhere; }
thead th { background: #eeeeee; }
td.number { text-align: end; }
.unit-meta { display: block; font-weight: normal; color: #4a4a4a; }
.placeholder { font-style: italic; color: #4a4a4a; }
.status { display: inline-block; padding: 0 0.35rem; border: 1px solid currentColor; border-radius: 0.25rem; }
.status-translated { color: #1d5a22; background: #ebf6ec; }
.status-stale { color: #6b3d00; background: #fff4e0; }
.status-missing { color: #8a1c10; background: #fdecea; }
.status-identical { color: #4a2a7a; background: #f3eefa; }
.severity-error { color: #8a1c10; }
.severity-warning { color: #6b3d00; }
.findings, .notes { margin: 0; padding-inline-start: 1.25rem; }
.place { overflow-wrap: anywhere; }
.filters fieldset { border: 1px solid #767676; margin-block-end: 1rem; }
.filters .choice { display: inline-block; margin-inline-end: 1.25rem; }
.filters input { width: 1.1rem; height: 1.1rem; margin-inline-end: 0.4rem; vertical-align: middle; }
.filters button { font: inherit; padding: 0.25rem 0.75rem; color: #ffffff; background: #0b4f9c; border: 1px solid #0b4f9c; border-radius: 0.25rem; }
`;

/**
 * Show a row when its status is checked and one of its finding kinds is;
 * say how many are shown; in a table with none left, show the row saying so.
 * Focus is never moved: the checkbox keeps it.
 */
const filterScript = `
(() => {
  const form = document.getElementById('filters');
  const status = document.getElementById('filter-status');
  if (!form || !status) return;
  const rows = Array.from(document.querySelectorAll('tr.unit'));
  const checked = (name) => new Set(Array.from(form.querySelectorAll('input[name="' + name + '"]')).filter((input) => input.checked).map((input) => input.value));
  const update = () => {
    const statuses = checked('status');
    const findings = checked('findings');
    let shown = 0;
    for (const row of rows) {
      const visible = statuses.has(row.dataset.status) && row.dataset.findings.split(' ').some((kind) => findings.has(kind));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const note of document.querySelectorAll('tr.no-match')) {
      note.hidden = Array.from(note.parentElement.querySelectorAll('tr.unit')).some((row) => !row.hidden);
    }
    status.textContent = 'Showing ' + shown + ' of ' + rows.length + (rows.length === 1 ? ' unit' : ' units');
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.hidden = false;
  update();
})();
`;
