/**
 * The index of the build's review pages (`reports/review.html`). The build
 * writes one review page per document (review-page.ts), so that an edit to
 * one page rewrites one of them; the index sums them all up and links each
 * document's row to its table there. Like the pages, it is English,
 * self-contained, and the same input gives the same bytes.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import {
  belongsTo,
  defaultTitle,
  documentAnchor,
  languageName,
  orphanSection,
  reviewShell,
  severities,
  severityPlurals,
  statuses,
  statusNames,
  summarySection,
} from './review-page.ts';
import type { Finding, UnitDocument } from './unit.ts';

export interface ReviewIndexInput {
  readonly documents: readonly UnitDocument[];
  readonly findings: readonly Finding[];
  /** Each language's name in that language: en → English, es → Español. */
  readonly languageNames: Readonly<Record<string, string>>;
  /** The address of a document's review page, relative to the index. */
  readonly href: (document: UnitDocument) => string;
}

export function reviewIndexTree(input: ReviewIndexInput): Root {
  const targetLanguages = [...new Set(input.documents.map((document) => document.lang))];
  const names = (lang: string) => languageName(lang, input.languageNames);
  const byDocument = Map.groupBy(input.findings, (finding) => finding.document);
  const documentsById = Map.groupBy(input.documents, (document) => document.id);
  const orphans = input.findings.filter(
    (finding) => !(documentsById.get(finding.document) ?? []).some((document) => belongsTo(finding, document)),
  );
  return reviewShell(defaultTitle(targetLanguages.map((lang) => input.languageNames[lang] ?? lang)), [
    h('h1', 'Translation review'),
    h(
      'p',
      'One review page per document: its units, source and translation side by side, with their status and the findings of the quality checks. This page sums them up.',
    ),
    summarySection(input, targetLanguages, names),
    documentTable(input, byDocument, names),
    ...(orphans.length > 0 ? [orphanSection(orphans)] : []),
  ]);
}

const columns = [
  'Units',
  ...statuses.map((status) => statusNames[status]),
  ...severities.map((s) => severityPlurals[s]),
];

function documentTable(
  input: ReviewIndexInput,
  byDocument: ReadonlyMap<string, readonly Finding[]>,
  names: (lang: string) => ReturnType<typeof languageName>,
) {
  return h('section', { ariaLabelledBy: 'documents-heading' }, [
    h('h2#documents-heading', 'Documents'),
    h('div.table-scroll', { role: 'region', tabIndex: 0, ariaLabelledBy: 'documents-caption' }, [
      h('table.documents', [
        h('caption#documents-caption', 'Each document and language: units by status, findings by severity'),
        h('thead', [
          h('tr', [h('th', { scope: 'col' }, 'Document'), ...columns.map((name) => h('th', { scope: 'col' }, name))]),
        ]),
        h(
          'tbody',
          input.documents.map((document) => {
            const findings = (byDocument.get(document.id) ?? []).filter((finding) => belongsTo(finding, document));
            const counts = [
              document.units.length,
              ...statuses.map((status) => document.units.filter((unit) => unit.status === status).length),
              ...severities.map((severity) => findings.filter((finding) => finding.severity === severity).length),
            ];
            return h('tr', [
              h('th', { scope: 'row' }, [
                h('a', { href: `${input.href(document)}#${documentAnchor(document)}` }, [
                  `${document.kind === 'page' ? 'Page' : 'UI namespace'} ${document.id} (`,
                  names(document.lang),
                  ')',
                ]),
              ]),
              ...counts.map((count) => h('td.number', String(count))),
            ]);
          }),
        ),
      ]),
    ]),
  ]);
}
