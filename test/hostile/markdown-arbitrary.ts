/**
 * fast-check arbitraries for Markdown an editor (or an attacker) might
 * write: any Unicode text, mixed with the syntax this pipeline reads (links,
 * images, autolinks, definitions, headings with ids, lang directives, lists,
 * tables, code, raw HTML) carrying URLs and ids, safe and hostile, including
 * obfuscated `javascript:` forms.
 */
import fc from 'fast-check';

const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#0000106avascript:alert(1)',
  'java\\script:alert(1)',
  '<java\tscript:alert(1)>',
  '<\u0001javascript:alert(1)>',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  '<javascript:alert(1)>',
  '%6Aavascript:alert(1)',
];
const safeUrls = [
  'https://www.state.gov/',
  'http://example.org/a?b=c:d',
  'mailto:inl@state.gov',
  'tel:+52-55-5080-2000',
  '/es/mexico/',
  '#goals',
  'docs/a:b',
  '?q=1',
];
const ids = ['location', 'cookie', '__proto__', 'goals', 'constructor', 'getelementbyid', 'x', 'intro', 'a-b'];
const snippets = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<!--',
  '-->',
  '<style>*{}</style>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '{{constructor.constructor("alert(1)")()}}',
  '$t(ui:skipLink)',
  '\u0000',
  '\u202e',
  '\ufeff',
  '\r\n',
  '\r',
  '\t',
  '&amp;',
  '&#0;',
  '&lt;script&gt;',
  '\\',
  '`',
  '```',
  '~~~',
  '***',
  '___',
  '|',
  '[^1]',
  '<http://x>',
];

export interface MarkdownOptions {
  /**
   * Include what the build refuses with an error (raw HTML, javascript: and
   * data: URLs, bad lang tags, unknown directives); default true. Without it,
   * the input is hostile in the ways the build accepts (ids such as
   * `location`, control and bidi characters, template syntax, entities), so
   * that whole builds get through and their output can be judged.
   */
  readonly refused?: boolean;
}

/** Ids the build accepts on any heading below a section's (the others are invalid or reserved). */
const acceptedIds = new Set(['location', 'cookie', 'constructor', 'getelementbyid', 'x', 'a-b', 'goals']);

const refusedSnippets = new Set([
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<!--',
  '-->',
  '<style>*{}</style>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '$t(ui:skipLink)',
  '[^1]',
]);

function grammar(options: MarkdownOptions) {
  const refused = options.refused ?? true;
  const word = fc.oneof(
    refused
      ? fc.string({ unit: 'binary', maxLength: 12 })
      : fc.string({ unit: 'grapheme', maxLength: 12 }).map((text) => text.replace(/[<:[\]{}!?¡¿`*_~|&\\#>-]/g, ' ')),
    fc.constantFrom('INL', 'México', '71,000', 'U.S.', 'Goals', 'click here', 'aquí', 'el informe', 'The report'),
  );
  const url = refused
    ? fc.oneof(
        fc.constantFrom(...hostileUrls),
        fc.constantFrom(...safeUrls),
        fc.string({ unit: 'binary', maxLength: 20 }),
      )
    : fc.constantFrom(...safeUrls);
  const langs = refused ? ['en', 'es', 'en" onclick="alert(1)', 'x'] : ['en', 'es', 'es-MX', 'en-US'];
  const inline = fc.oneof(
    { weight: 4, arbitrary: word },
    { weight: 2, arbitrary: fc.tuple(word, url).map(([text, target]) => `[${text}](${target})`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(word, url, word)
        .map(([text, target, title]) => `[${text}](${target} "${title.replaceAll('"', '')}")`),
    },
    { weight: 1, arbitrary: fc.tuple(word, url).map(([alt, target]) => `![${alt}](${target})`) },
    {
      weight: 1,
      arbitrary: url.map((target) =>
        refused ? `<${target}>` : `<${target.startsWith('http') ? target : 'https://www.state.gov/'}>`,
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(word, fc.constantFrom(...langs))
        .map(([text, lang]) => `:lang[${text.trim() || 'x'}]{lang=${lang}}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('**', '*', '_', '`', '~~')
        .chain((mark) => word.map((text) => `${mark}${text}${mark}`)),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...snippets.filter((snippet) => refused || !refusedSnippets.has(snippet))),
    },
  );
  const line = fc.array(inline, { maxLength: 6 }).map((parts) => parts.join(' '));
  const block = fc.oneof(
    { weight: 4, arbitrary: line },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.integer({ min: refused ? 1 : 3, max: 4 }),
          line,
          fc.constantFrom(...ids.filter((id) => refused || acceptedIds.has(id))),
        )
        .map(([depth, text, id]) => `${'#'.repeat(depth)} ${text} {#${id}}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(line, { minLength: 1, maxLength: 3 })
        .map((items) => items.map((item) => `- ${item}`).join('\n')),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(line, { minLength: 1, maxLength: 3 })
        .map((items) => items.map((item, index) => `${index + 1}. ${item}`).join('\n')),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(word, url)
        .map(([label, target]) => `[${label.trim() || 'ref'}]: ${target}\n\n[${label.trim() || 'ref'}]`),
    },
    { weight: 1, arbitrary: fc.tuple(line, line).map(([head, cell]) => `| ${head} |\n| --- |\n| ${cell} |`) },
    { weight: 1, arbitrary: line.map((text) => `> ${text}`) },
    { weight: 1, arbitrary: line.map((text) => `\`\`\`\n${text}\n\`\`\``) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('en', 'es'), line)
        .map(([lang, text]) => `:::lang{lang=${lang}}\n${text}\n:::`),
    },
  );
  return fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'));
}

/** A page body: blocks separated by blank lines. */
export function markdownBody(options: MarkdownOptions = {}) {
  return grammar(options);
}

/** Any string at all, for the cases no grammar thinks of. */
export const anyText = fc.string({ unit: 'binary', maxLength: 200 });

/** A whole page file in a language: front matter and a body, or (when refused input is included, sometimes) anything at all. */
export function pageFile(lang: string, options: MarkdownOptions = {}) {
  const page = markdownBody(options).map((body) => `---\nid: prop\nlang: ${lang}\ntitle: Property\n---\n\n${body}\n`);
  return options.refused === false ? page : fc.oneof({ weight: 5, arbitrary: page }, { weight: 1, arbitrary: anyText });
}
