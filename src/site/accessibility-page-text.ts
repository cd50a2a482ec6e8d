/**
 * The words of the accessibility report page (accessibility-page.ts) in the
 * languages it is written in. A site language without them gets the source
 * language's page, linked with its language.
 */
export interface ReportText {
  readonly title: string;
  readonly languageName: string;
  readonly skip: string;
  readonly languages: string;
  readonly intro: (standard: string, status: string) => string;
  readonly status: Readonly<Record<'passed' | 'failed' | 'skipped', string>>;
  readonly counts: (errors: number, warnings: number, notes: number) => string;
  readonly summary: string;
  readonly pagesCaption: string;
  readonly page: string;
  readonly language: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<'site' | 'report', string>>;
  readonly errors: string;
  readonly warnings: string;
  readonly notes: string;
  readonly noPages: string;
  readonly charts: string;
  readonly byRule: string;
  readonly byPage: string;
  readonly chartNote: string;
  readonly rule: string;
  readonly criterion: string;
  readonly total: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly findingsCaption: string;
  readonly severity: string;
  readonly severities: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly fragment: string;
  readonly markdown: string;
  readonly message: string;
  readonly messagesNote: string;
  readonly transcripts: string;
  readonly transcriptsIntro: string;
  readonly transcriptParts: Readonly<Record<'reading' | 'headings' | 'landmarks', string>>;
  readonly transcriptFile: string;
  readonly moreTranscripts: string;
  readonly moreRows: (count: number) => string;
  readonly readability: string;
  readonly readabilityCaption: string;
  readonly file: string;
  readonly section: string;
  readonly measure: string;
  readonly score: string;
  readonly words: string;
  readonly sentences: string;
  readonly data: string;
  readonly dataLink: string;
}

const english: ReportText = {
  title: 'Accessibility report',
  languageName: 'English',
  skip: 'Skip to main content',
  languages: 'Language',
  intro: (standard, status) =>
    `Standard: ${standard}. Every site page in every language, and the translators' review pages, are checked in Chromium: axe, HTML_CodeSniffer, link text, the accessibility tree, and how each page holds up at 320 px wide, with wider text spacing, with text at 200 %, in forced colours, from the keyboard and with reduced motion. In-browser checks: ${status}.`,
  status: { passed: 'passed', failed: 'failed', skipped: 'not run (the build skipped them)' },
  counts: (errors, warnings, notes) => `${errors} errors, ${warnings} warnings, ${notes} notes.`,
  summary: 'Summary',
  pagesCaption: 'Pages checked in the browser, with their errors and warnings',
  page: 'Page',
  language: 'Language',
  kind: 'Kind',
  kinds: { site: 'site page', report: 'report' },
  errors: 'Errors',
  warnings: 'Warnings',
  notes: 'Notes',
  noPages: 'No page was checked in the browser.',
  charts: 'Findings at a glance',
  byRule: 'Findings by rule',
  byPage: 'Findings by page',
  chartNote:
    'Each bar is one rule or page; its length is its number of findings. The table after each chart has the same numbers.',
  rule: 'Rule',
  criterion: 'WCAG',
  total: 'Findings',
  findings: 'Findings',
  noFindings: 'No findings.',
  findingsCaption: 'Every finding, with where it comes from',
  severity: 'Severity',
  severities: { error: 'error', warning: 'warning', info: 'note' },
  fragment: 'Fragment',
  markdown: 'Markdown',
  message: 'Message',
  messagesNote: 'The checkers write their messages in English.',
  transcripts: 'What a screen reader says',
  transcriptsIntro:
    'For each site page: the page read from top to bottom, then jumped through by heading and by landmark, as the Virtual Screen Reader announces it. A line such as [lang en] marks where the language changes, and a screen reader switches voice.',
  transcriptParts: {
    reading: 'Read from top to bottom',
    headings: 'Jumping by heading',
    landmarks: 'Jumping by landmark',
  },
  transcriptFile: 'The transcript as text',
  moreTranscripts: 'The transcripts of the other pages, as text:',
  moreRows: (count) =>
    `${count} more rows, the last in this order, are not listed here, so that this page stays light enough to read and to check: all of them are in`,
  readability: 'Reading level',
  readabilityCaption: 'Reading level of each section',
  file: 'File',
  section: 'Section',
  measure: 'Measure',
  score: 'Score',
  words: 'Words',
  sentences: 'Sentences',
  data: 'For tools',
  dataLink: 'Everything in this report as JSON (a11y.json)',
};

const spanish: ReportText = {
  title: 'Informe de accesibilidad',
  languageName: 'Español',
  skip: 'Ir al contenido principal',
  languages: 'Idioma',
  intro: (standard, status) =>
    `Norma: ${standard}. Cada página del sitio en cada idioma, y las páginas de revisión de los traductores, se comprueban en Chromium: axe, HTML_CodeSniffer, el texto de los enlaces, el árbol de accesibilidad y cómo se ve cada página a 320 px de ancho, con más espacio entre letras, palabras y líneas, con el texto al 200 %, en colores forzados, con el teclado y con movimiento reducido. Comprobaciones en el navegador: ${status}.`,
  status: { passed: 'aprobadas', failed: 'con errores', skipped: 'no realizadas (la compilación las omitió)' },
  counts: (errors, warnings, notes) => `${errors} errores, ${warnings} advertencias, ${notes} notas.`,
  summary: 'Resumen',
  pagesCaption: 'Páginas comprobadas en el navegador, con sus errores y advertencias',
  page: 'Página',
  language: 'Idioma',
  kind: 'Tipo',
  kinds: { site: 'página del sitio', report: 'informe' },
  errors: 'Errores',
  warnings: 'Advertencias',
  notes: 'Notas',
  noPages: 'No se comprobó ninguna página en el navegador.',
  charts: 'Resultados de un vistazo',
  byRule: 'Resultados por regla',
  byPage: 'Resultados por página',
  chartNote:
    'Cada barra es una regla o una página; su longitud es su número de resultados. La tabla que sigue a cada gráfico tiene las mismas cifras.',
  rule: 'Regla',
  criterion: 'WCAG',
  total: 'Resultados',
  findings: 'Resultados',
  noFindings: 'Ningún resultado.',
  findingsCaption: 'Cada resultado, con su origen',
  severity: 'Gravedad',
  severities: { error: 'error', warning: 'advertencia', info: 'nota' },
  fragment: 'Fragmento',
  markdown: 'Markdown',
  message: 'Mensaje',
  messagesNote: 'Los verificadores escriben sus mensajes en inglés.',
  transcripts: 'Lo que dice un lector de pantalla',
  transcriptsIntro:
    'Para cada página del sitio: la página leída de principio a fin y, luego, recorrida por encabezados y por regiones, tal como la anuncia el Virtual Screen Reader (los nombres de los roles, en inglés). Una línea como [lang en] marca dónde cambia el idioma y el lector de pantalla cambia de voz.',
  transcriptParts: {
    reading: 'Leída de principio a fin',
    headings: 'Por encabezados',
    landmarks: 'Por regiones',
  },
  transcriptFile: 'La transcripción como texto',
  moreTranscripts: 'Las transcripciones de las demás páginas, como texto:',
  moreRows: (count) =>
    `Otras ${count} filas, las últimas en este orden, no se enumeran aquí para que esta página siga siendo fácil de leer y de comprobar: todas están en`,
  readability: 'Nivel de lectura',
  readabilityCaption: 'Nivel de lectura de cada sección',
  file: 'Archivo',
  section: 'Sección',
  measure: 'Medida',
  score: 'Puntuación',
  words: 'Palabras',
  sentences: 'Oraciones',
  data: 'Para herramientas',
  dataLink: 'Todo este informe en JSON (a11y.json)',
};

export const reportTexts: Readonly<Record<string, ReportText>> = { en: english, es: spanish };
