/**
 * The translation editor's pages, in the translator's interface language
 * (English or Spanish): the list of pages to translate, and a page's units,
 * each with its source beside a field for its translation, its status, its
 * findings, its glossary notes and the memory's matches. Every field is
 * labelled with its unit, the source is marked with its language and
 * describes the field, and the findings are announced politely.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { FuzzyMatch } from '../../translation/memory/translation-memory.ts';
import type { Finding, TranslationUnit, UnitDocument } from '../../translation/unit.ts';
import { editableText } from './editor-text.ts';

export type EditorLanguage = 'en' | 'es';

const words = {
  en: {
    editor: 'Translation editor',
    skip: 'Skip to the units',
    pages: 'Pages to translate',
    allPages: 'All pages',
    review: 'Review page',
    view: 'The page',
    title: (page: string, language: string) => `Translate ${page} into ${language}`,
    into: (unit: string, language: string) => `Translation of ${unit} into ${language}`,
    source: 'Source',
    status: 'Status',
    findings: 'Findings',
    none: 'No findings.',
    notes: 'Notes and glossary',
    matches: 'Translation memory',
    numbers: 'Numbers differ:',
    confirm: 'Confirm this translation',
    save: 'Save',
    fromMemory: 'from memory, not confirmed',
    tokens:
      'Codes such as ⟦b1⟧…⟦/b1⟧ stand for formatting and links: move them with the words they mark, and leave them whole.',
    statuses: { translated: 'translated', stale: 'out of date', missing: 'missing', identical: 'same as the source' },
    counts: { translated: 'translated', stale: 'out of date', missing: 'missing' },
  },
  es: {
    editor: 'Editor de traducciones',
    skip: 'Ir a las unidades',
    pages: 'Páginas por traducir',
    allPages: 'Todas las páginas',
    review: 'Página de revisión',
    view: 'La página',
    title: (page: string, language: string) => `Traducir ${page} al ${language.toLowerCase()}`,
    into: (unit: string, language: string) => `Traducción de ${unit} al ${language.toLowerCase()}`,
    source: 'Original',
    status: 'Estado',
    findings: 'Observaciones',
    none: 'Sin observaciones.',
    notes: 'Notas y glosario',
    matches: 'Memoria de traducción',
    numbers: 'Los números difieren:',
    confirm: 'Confirmar esta traducción',
    save: 'Guardar',
    fromMemory: 'de la memoria, sin confirmar',
    tokens:
      'Los códigos como ⟦b1⟧…⟦/b1⟧ representan formato y enlaces: muévalos con las palabras que marcan y no los rompa.',
    statuses: {
      translated: 'traducida',
      stale: 'desactualizada',
      missing: 'por traducir',
      identical: 'igual al original',
    },
    counts: { translated: 'traducidas', stale: 'desactualizadas', missing: 'por traducir' },
  },
} as const;

type Words = (typeof words)[EditorLanguage];

/** The editor's language for a request: `?ui=es`, else the browser's first language, else English. */
export function editorLanguage(query: string | null, acceptLanguage: string | undefined): EditorLanguage {
  if (query === 'es' || query === 'en') return query;
  return /^\s*es\b/i.test(acceptLanguage ?? '') ? 'es' : 'en';
}

function shell(ui: EditorLanguage, title: string, token: string, body: ElementContent[]): string {
  const said = words[ui];
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: ui }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'embassy-editor-token', content: token }),
          h('title', `${title} – ${said.editor}`),
          h('link', { rel: 'stylesheet', href: '/__preview/editor.css' }),
          h('script', { type: 'module', src: '/__preview/editor.js' }),
        ]),
        h('body', [
          h('a.skip-link', { href: '#main' }, said.skip),
          h('header', [
            h('p.editor-name', said.editor),
            h('nav', { ariaLabel: said.pages }, [
              h('ul', [h('li', [h('a', { href: `/translate/?ui=${ui}` }, said.allPages)])]),
            ]),
          ]),
          h('main#main', body),
          h('div.announcer', { role: 'status', ariaLive: 'polite', dataAnnouncer: '' }),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

/** The list of pages, by language. */
export function indexPage(
  documents: readonly UnitDocument[],
  names: Readonly<Record<string, string>>,
  ui: EditorLanguage,
  token: string,
): string {
  const said = words[ui];
  // Pages, then the UI strings' namespaces.
  const pages = documents;
  const byLanguage = Map.groupBy(pages, (document) => document.lang);
  return shell(ui, said.pages, token, [
    h('h1', said.pages),
    ...[...byLanguage].flatMap(([lang, list]) => [
      h('h2', names[lang] ?? lang),
      h(
        'ul',
        list.map((document) => {
          const counts = Map.groupBy(document.units, (unit) => unit.status);
          const summary = (['missing', 'stale', 'translated'] as const)
            .map((status) => `${counts.get(status)?.length ?? 0} ${said.counts[status]}`)
            .join(', ');
          return h('li', [
            h('a', { href: `/translate/${lang}/${document.id}?ui=${ui}` }, document.id),
            ` (${summary})`,
          ]);
        }),
      ),
    ]),
  ]);
}

export interface EditorPageInput {
  readonly document: UnitDocument;
  readonly findings: readonly Finding[];
  readonly matches: ReadonlyMap<string, readonly FuzzyMatch[]>;
  /** Each language's name in the interface's language. */
  readonly names: Readonly<Record<string, string>>;
  /** The digest of the translation file as loaded, for conflicts. */
  readonly base: string;
  /** Where the page and its review page are. */
  readonly links: { readonly view?: string; readonly review: string };
  readonly ui: EditorLanguage;
  readonly token: string;
}

export function editorPage(input: EditorPageInput): string {
  const { document, ui } = input;
  const said = words[ui];
  const language = input.names[document.lang] ?? document.lang;
  const title = said.title(document.id, language);
  return shell(ui, title, input.token, [
    h('h1', title),
    h('nav', { ariaLabel: title }, [
      h('ul', [
        ...(input.links.view ? [h('li', [h('a', { href: input.links.view }, said.view)])] : []),
        h('li', [h('a', { href: input.links.review }, said.review)]),
      ]),
    ]),
    h('p', said.tokens),
    h('form.editor', { dataLang: document.lang, dataDocument: document.id, dataBase: input.base, noValidate: true }, [
      ...document.units.map((unit) => unitSection(unit, input, said)),
      h('p.save', [h('button', { type: 'submit' }, said.save), ' ', h('span', { role: 'status', dataSaveStatus: '' })]),
    ]),
  ]);
}

function unitSection(unit: TranslationUnit, input: EditorPageInput, said: Words): Element {
  const { document } = input;
  const id = `unit-${unit.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const language = input.names[document.lang] ?? document.lang;
  const findings = input.findings.filter(
    (finding) => finding.document === document.id && finding.unit === unit.id && finding.lang === document.lang,
  );
  const status = `${said.statuses[unit.status]}${unit.memory ? `, ${said.fromMemory} (${unit.memory})` : ''}`;
  const text = unit.target ? editableText(unit.target.content) : '';
  return h('section.unit', { ariaLabelledBy: `${id}-heading`, dataUnit: unit.id, dataStatus: unit.status }, [
    h(`h2#${id}-heading`, [h('code', unit.id), ' ', h('span.meta', `${said.status}: ${status}`)]),
    h('div.pair', [
      h('div.source', [
        h('p.label', said.source),
        h(`p#${id}-source`, { lang: document.sourceLanguage }, editableText(unit.source.content)),
      ]),
      h('div.target', [
        h('label', { for: `${id}-target` }, said.into(unit.id, language)),
        h(
          `textarea#${id}-target`,
          {
            name: unit.id,
            lang: document.lang,
            rows: Math.min(12, Math.max(2, Math.ceil(unit.source.text.length / 70))),
            ariaDescribedBy: `${id}-source ${id}-findings`,
            dataInitial: text,
          },
          text,
        ),
      ]),
    ]),
    ...notes(unit, said),
    ...memoryMatches(input.matches.get(unit.id) ?? [], document.lang, said),
    h('p', [
      h('label', [
        h('input', { type: 'checkbox', name: `${unit.id}:confirm`, dataConfirm: unit.id }),
        ' ',
        said.confirm,
      ]),
    ]),
    h(`div#${id}-findings.findings`, [h('p.label', said.findings), findingList(findings, said)]),
  ]);
}

function findingList(findings: readonly Pick<Finding, 'check' | 'severity' | 'message'>[], said: Words): Element {
  if (findings.length === 0) return h('p', said.none);
  return h(
    'ul',
    findings.map((finding) =>
      h(`li.${finding.severity}`, [h('code', finding.check), ' ', h('span', { lang: 'en' }, finding.message)]),
    ),
  );
}

function notes(unit: TranslationUnit, said: Words): Element[] {
  if (!unit.notes || unit.notes.length === 0) return [];
  return [
    h('div.notes', [
      h('p.label', said.notes),
      h(
        'ul',
        { lang: 'en' },
        unit.notes.map((note) => h('li', note)),
      ),
    ]),
  ];
}

function memoryMatches(matches: readonly FuzzyMatch[], lang: string, said: Words): Element[] {
  if (matches.length === 0) return [];
  return [
    h('div.matches', [
      h('p.label', `${said.matches} (${matches.length})`),
      h(
        'ul',
        matches.map((match) =>
          h('li', [
            h('strong', `${match.score} %`),
            ' ',
            h('code', match.origin),
            h('p', { lang }, editableText(match.target)),
            ...(match.numbers
              ? [
                  h('p', [
                    said.numbers,
                    ' ',
                    h('mark', match.numbers.source.join(', ')),
                    ' / ',
                    h('mark', { lang }, match.numbers.match.join(', ')),
                  ]),
                ]
              : []),
          ]),
        ),
      ),
    ]),
  ];
}
