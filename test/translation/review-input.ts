/** A review page's input: a page and a UI namespace, each status once, two findings. */
import type { ReviewInput } from '../../src/translation/review-page.ts';
import type { Finding, TranslationUnit, UnitStatus } from '../../src/translation/unit.ts';

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

export const input: ReviewInput = {
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

export function finding(fields: Pick<Finding, 'check' | 'severity' | 'unit' | 'line' | 'column' | 'message'>): Finding {
  return { lang: 'es', document: 'mexico', file: spanish, source: '', target: '', ...fields };
}
