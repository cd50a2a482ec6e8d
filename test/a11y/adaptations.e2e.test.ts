/**
 * The checks past the automated rules (src/a11y/adaptations/), in real
 * Chromium, on a site's pages in both languages: each seeded mistake in the
 * site's stylesheet is caught on the English and the Spanish page, traced
 * to the Markdown line where the element comes from content, and the pages
 * as built pass.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses, type BrowserIssue, type PageCheck } from '../../src/a11y/browser-checks.ts';
import type { Harness } from '../../src/a11y/harness.ts';
import { compileSite } from '../../src/build/build-site.ts';
import type { Output } from '../../src/build/write-output.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { editFile, scratchFolders, smallFixtureRoot } from '../helpers.ts';
import { translations } from '../translation/run-translations.ts';

const scratch = scratchFolders();
let run: RunBrowser;
let browser: Browser;
let pages: Harness[];
let output: Output;
/** Line numbers of the Markdown, by language: `lines.en('Read the')`. */
const lines: Record<string, (text: string) => number> = {};

const adaptationRunners = new Set(['reflow', 'text-spacing', 'text-zoom', 'forced-colors', 'focus', 'motion']);

beforeAll(async () => {
  run = await connectBrowser();
  browser = run.browser;
  // A link in the content of both languages, so that a link's finding has a Markdown line.
  const root = await scratch.project(smallFixtureRoot);
  await editFile(root, 'content/en/mexico.md', (text) =>
    text.replace('stop them.', 'stop them. Read the [annual report on drug control](https://www.state.gov/) for more.'),
  );
  await editFile(root, 'content/es/mexico.md', (text) =>
    text.replace(
      'detenerlos.',
      'detenerlos. Lea el [informe anual sobre el control de drogas](https://www.state.gov/) para saber más.',
    ),
  );
  await translations(root, 'rehash', '--lang', 'es');
  for (const lang of ['en', 'es']) {
    const markdown = (await readFile(path.join(root, `content/${lang}/mexico.md`), 'utf8')).split('\n');
    lines[lang] = (text) => markdown.findIndex((line) => line.includes(text)) + 1;
  }
  const compiled = await compileSite(root);
  pages = (compiled.harnesses ?? []).filter((harness) => harness.path.includes('/mexico/'));
  expect(pages.map((page) => page.path)).toEqual(['en/mexico/index.html', 'es/mexico/index.html']);
  output = compiled.output ?? new Map();
});
afterAll(async () => run?.close());

/** The pages checked with `css` added to the site's stylesheet. */
async function seeded(css: string): Promise<PageCheck[]> {
  const stylesheet = String(output.get('assets/site.css'));
  return checkHarnesses(pages, { browser, files: new Map([...output, ['assets/site.css', `${stylesheet}\n${css}`]]) });
}

const adapted = (check: PageCheck | undefined): BrowserIssue[] =>
  (check?.issues ?? []).filter((issue) => adaptationRunners.has(issue.runner));
const codes = (check: PageCheck | undefined): string[] => [
  ...new Set(adapted(check).map((issue) => `${issue.runner}/${issue.code}`)),
];
/** The Markdown places of the findings with `code`, as `file:line`. */
const places = (check: PageCheck | undefined, code: string): string[] =>
  adapted(check)
    .filter((issue) => `${issue.runner}/${issue.code}` === code && issue.source)
    .map((issue) => `${issue.source?.file}:${issue.source?.line}`);

describe('the pages as built', () => {
  it('pass every check, in both languages', async () => {
    const checks = await seeded('');
    expect(checks.map((check) => adapted(check))).toEqual([[], []]);
  });
});

describe('seeded mistakes are caught on the English and the Spanish page', () => {
  it('a fixed-width element breaks reflow at 320 px, traced to its Markdown line', async () => {
    const checks = await seeded('main [data-fragment-id] p { width: 40rem; }');
    for (const [check, lang] of [
      [checks[0], 'en'],
      [checks[1], 'es'],
    ] as const) {
      expect(codes(check)).toContain('reflow/horizontal-scroll');
      const intro = lines[lang]?.(lang === 'en' ? 'The embassy works' : 'La embajada trabaja');
      expect(places(check, 'reflow/horizontal-scroll')).toContain(`content/${lang}/mexico.md:${intro}`);
      // Only at 320 px: at the default width the paragraph fits.
      expect(codes(check)).not.toContain('text-spacing/clipped');
    }
  });

  it('a height with overflow: hidden clips under the WCAG text spacing, and only then', async () => {
    const checks = await seeded('main h2 { height: 1.3em; line-height: 1.2; overflow: hidden; }');
    for (const [check, lang] of [
      [checks[0], 'en'],
      [checks[1], 'es'],
    ] as const) {
      expect(codes(check)).toContain('text-spacing/clipped');
      const heading = lines[lang]?.('{#challenges}');
      expect(places(check, 'text-spacing/clipped')).toEqual([`content/${lang}/mexico.md:${heading}`]);
      expect(codes(check)).not.toContain('reflow/clipped');
    }
  });

  it('a current-language marker shown by colour alone disappears in forced colours', async () => {
    const checks = await seeded(
      '.language-switcher a[aria-current] { font-weight: inherit; border-bottom: 0; text-decoration: underline; color: #b50909; }',
    );
    for (const check of checks) {
      expect(codes(check)).toEqual(expect.arrayContaining(['forced-colors/colour-only', 'forced-colors/state-lost']));
      const lost = adapted(check).find((issue) => issue.code === 'state-lost');
      expect(lost?.context).toContain('aria-current');
    }
  });

  it('outline: none on links leaves them without a focus indicator, the content link traced to its line', async () => {
    const checks = await seeded('a:focus-visible { outline: none; }');
    for (const [check, lang] of [
      [checks[0], 'en'],
      [checks[1], 'es'],
    ] as const) {
      expect(codes(check)).toContain('focus/no-indicator');
      const link = lines[lang]?.(lang === 'en' ? 'Read the [' : 'Lea el [');
      expect(places(check, 'focus/no-indicator')).toEqual([`content/${lang}/mexico.md:${link}`]);
      // The switcher, the navigation and the footer's links too, which come from no Markdown.
      expect(adapted(check).filter((issue) => issue.code === 'no-indicator').length).toBeGreaterThan(3);
    }
  });

  it('a focus ring drawn as a shadow is lost in forced colours', async () => {
    const checks = await seeded('a:focus-visible { outline: none; box-shadow: 0 0 0 3px #2491ff; }');
    for (const check of checks) {
      expect(codes(check)).toContain('forced-colors/focus-lost');
      expect(codes(check)).not.toContain('focus/no-indicator');
    }
  });

  it('a layout that reverses the switcher breaks the focus order', async () => {
    const checks = await seeded('.language-switcher ul { flex-direction: row-reverse; }');
    for (const check of checks) expect(codes(check)).toContain('focus/visual-order');
  });

  it('a fixed overlay hides what takes focus behind it', async () => {
    const checks = await seeded('footer { position: fixed; inset: auto 0 0 0; height: 70vh; background: #fff; }');
    for (const check of checks) expect(codes(check)).toContain('focus/obscured');
  });

  it('an endless animation keeps running under reduced motion', async () => {
    const checks = await seeded('h1 { animation: pulse 2s infinite; } @keyframes pulse { to { opacity: 0.5; } }');
    for (const check of checks) {
      const motion = adapted(check).filter((issue) => issue.runner === 'motion');
      expect(motion.map((issue) => [issue.type, issue.code, issue.criterion])).toEqual([
        ['error', 'animation', '2.2.2'],
      ]);
    }
  });

  it('text in px does not grow with the reader’s font size (a warning)', async () => {
    const checks = await seeded('main p { font-size: 16px; }');
    for (const check of checks) {
      const fixed = adapted(check).filter((issue) => issue.code === 'fixed-size');
      expect(fixed.length).toBeGreaterThan(0);
      expect(fixed.every((issue) => issue.type === 'warning')).toBe(true);
    }
  });
});

describe('what ordinary pages do is not a finding', () => {
  /** A page written by hand, with `css` in its head: it traces to no Markdown. */
  const handWritten = (name: string, lang: string, dir: string, css: string, body: string): Harness => {
    const html = `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${name}</title><style>${css}</style></head><body><a class="skip-link" href="#main">Skip</a><main id="main"><h1>${name}</h1>${body}</main></body></html>`;
    return { path: `${name}.html`, lang, wholePage: false, html, tree: fromHtml(html), sources: new Map() };
  };
  const skipLink =
    '.skip-link { position: absolute; inset-inline-start: -999rem; } .skip-link:focus { position: static; }';
  let checks: PageCheck[];

  beforeAll(async () => {
    const cells = Array.from({ length: 14 }, (_, index) => `<td>Cell number ${index}</td>`).join('');
    checks = await checkHarnesses(
      [
        handWritten('rtl', 'ar', 'rtl', skipLink, '<p>نص قصير.</p>'),
        handWritten('rtl-wide', 'ar', 'rtl', `${skipLink} .wide { width: 40rem; }`, '<p class="wide">نص قصير.</p>'),
        handWritten(
          'fading-ring',
          'en',
          'ltr',
          `${skipLink} a { transition: outline-width 0.3s; outline: 0 solid #005ea2; } a:focus-visible { outline-width: 3px; }`,
          '<p>See the <a href="/report">annual report</a>.</p>',
        ),
        handWritten('wide-table', 'en', 'ltr', skipLink, `<table><tr>${cells}</tr></table>`),
        handWritten(
          'short-animation',
          'en',
          'ltr',
          `${skipLink} h1 { animation: fade 3s; } @keyframes fade { from { opacity: 0.5; } }`,
          '<p>Text.</p>',
        ),
      ],
      { browser },
    );
  });

  const typed = (check: PageCheck | undefined) =>
    adapted(check).map((issue) => `${issue.type} ${issue.runner}/${issue.code}`);

  it('a right-to-left page: its skip link, off past the right, is not content past the edge; a wide paragraph is', () => {
    expect(typed(checks[0])).toEqual([]);
    expect(typed(checks[1])).toContain('error reflow/horizontal-scroll');
  });

  it('a focus ring that fades in is a focus ring', () => {
    expect(typed(checks[2])).toEqual([]);
  });

  it('a data table wider than the window is a warning, named once per check', () => {
    // At 320 px, and with text at 200 % (its cells grow too).
    expect(typed(checks[3])).toEqual(['warning text-zoom/wide-table', 'warning reflow/wide-table']);
  });

  it('an animation of a few seconds is a warning (2.3.3); an endless one is an error (2.2.2)', () => {
    expect(adapted(checks[4]).map((issue) => [issue.type, issue.code, issue.criterion])).toEqual([
      ['warning', 'animation', '2.3.3'],
    ]);
  });
});
