/**
 * The in-browser gate, in real Chromium with real pa11y: seeded violations
 * in harness pages are caught (the gate closes, not only opens), each traced
 * to where it is. The shipped pages passing it: build-site.e2e.test.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Browser } from 'puppeteer';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses, type PageCheck } from '../../src/a11y/browser-checks.ts';
import type { Harness } from '../../src/a11y/harness.ts';
import { fragmentPage } from './fragment-page.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { editFile, reported, scratchProject, smallFixtureRoot } from '../helpers.ts';

let run: RunBrowser;
let browser: Browser;

beforeAll(async () => {
  run = await connectBrowser();
  browser = run.browser;
});
afterAll(async () => run?.close());

/** A harness page written by hand: the whole document as HTML, no source file. */
function handWritten(path: string, html: string): Harness {
  const tree: Root = fromHtml(html);
  return { path, lang: 'x', wholePage: false, html, tree, sources: new Map() };
}

const page = (lang: string | undefined, body: string): string =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>Seeded page</title></head><body><main><h1>Seeded page</h1>${body}</main></body></html>`;

const found = (check: PageCheck | undefined): string[] =>
  (check?.issues ?? []).filter((issue) => issue.type === 'error').map((issue) => `${issue.runner}/${issue.code}`);

describe('seeded violations are caught by pa11y', () => {
  let checks: PageCheck[];

  beforeAll(async () => {
    checks = await checkHarnesses(
      [
        handWritten('missing-alt.html', page('en', '<p><img src="canine.jpg"></p>')),
        handWritten('faltante-alt.html', page('es', '<p><img src="perro.jpg"></p>')),
        handWritten('skipped-heading.html', page('en', '<h2>Goals</h2><h4>Details</h4><p>Text.</p>')),
        handWritten('salto-encabezado.html', page('es', '<h2>Objetivos</h2><h4>Detalles</h4><p>Texto.</p>')),
        handWritten('missing-lang.html', page(undefined, '<p>Text.</p>')),
        handWritten(
          'generic-link.html',
          page('en', '<p>For the report, <a href="https://www.state.gov/">click here</a>.</p>'),
        ),
        handWritten(
          'enlace-generico.html',
          page('es', '<p>Para el informe, <a href="https://www.state.gov/">haga clic aquí</a>.</p>'),
        ),
        handWritten(
          'clean.html',
          page('es', '<p>Consulte el <a href="https://www.state.gov/">informe anual de la Oficina</a>.</p>'),
        ),
        handWritten(
          'small-targets.html',
          page(
            'en',
            '<p><button style="width:12px;height:12px;padding:0" aria-label="Previous">‹</button><button style="width:12px;height:12px;padding:0" aria-label="Next">›</button></p>',
          ),
        ),
      ],
      { browser },
    );
  });

  it('a missing alt: axe image-alt and htmlcs H37, in both languages', () => {
    expect(found(checks[0])).toEqual(
      expect.arrayContaining(['axe/image-alt', 'htmlcs/WCAG2AA.Principle1.Guideline1_1.1_1_1.H37']),
    );
    expect(found(checks[1])).toEqual(
      expect.arrayContaining(['axe/image-alt', 'htmlcs/WCAG2AA.Principle1.Guideline1_1.1_1_1.H37']),
    );
  });

  it('a skipped heading: axe heading-order and htmlcs G141, raised to errors', () => {
    for (const check of [checks[2], checks[3]]) {
      expect(found(check)).toEqual(
        expect.arrayContaining(['axe/heading-order', 'htmlcs/WCAG2AA.Principle1.Guideline1_3.1_3_1_A.G141']),
      );
      expect(check?.issues.find((issue) => issue.code === 'heading-order')?.selector).toBe('html > body > main > h4');
    }
  });

  it('a page without lang: axe html-has-lang and htmlcs H57.2', () => {
    expect(found(checks[4])).toEqual(
      expect.arrayContaining(['axe/html-has-lang', 'htmlcs/WCAG2AA.Principle3.Guideline3_1.3_1_1.H57.2']),
    );
  });

  it('generic link text, in English and in Spanish: the link-text runner (axe and htmlcs do not check wording)', () => {
    expect(found(checks[5])).toEqual(['link-text/generic-link-text']);
    expect(found(checks[6])).toEqual(['link-text/generic-link-text']);
    expect(checks[6]?.issues[0]?.context).toContain('haga clic aquí');
  });

  it('and a page with none of them passes', () => {
    expect(checks[7]?.issues).toEqual([]);
  });

  it('WCAG 2.2: targets smaller than 24 by 24 pixels, side by side (axe target-size, a wcag22aa rule)', () => {
    // Their text, larger than they are, is cut off too: the checks past the rules find that (adaptations.e2e.test.ts).
    expect(found(checks[8]).filter((code) => code.startsWith('axe/'))).toEqual(['axe/target-size', 'axe/target-size']);
  });
});

describe('a page the browser cannot finish checking', () => {
  it('is an error naming the page, and the pages after it are still checked in a fresh tab', async () => {
    const [stuck, after] = await checkHarnesses(
      [
        // A page whose script never returns: the tab is stuck in it.
        handWritten('stuck.html', page('en', '<p>Text.</p><script>for (;;) {}</script>')),
        handWritten('after.html', page('en', '<p>Text.</p>')),
      ],
      { browser, concurrency: 1, timeout: 1500 },
    );
    expect(stuck?.issues).toEqual([
      expect.objectContaining({
        runner: 'gate',
        code: 'unfinished',
        type: 'error',
        message: expect.stringContaining(
          'The browser could not check this page: Loading /stuck.html took more than 1500 ms',
        ),
      }),
    ]);
    expect(after?.issues).toEqual([]);
  });
});

describe('what a screen reader gets (the accessibility tree of the whole page)', () => {
  it('reports where the tree differs from the HTML: a heading hidden from screen readers, a list turned into presentation', async () => {
    const file = new VFile({ path: 'content/en/seeded.md' });
    const fragment = fromHtml(
      '<section aria-label="Goals" lang="en"><h2 aria-hidden="true">Goals</h2><ul role="presentation"><li>One</li><li>Two</li></ul></section>',
      { fragment: true },
    ).children[0] as Element;
    const harness = fragmentPage({
      path: 'seeded.html',
      lang: 'en',
      title: 'Seeded',
      fragments: [{ tree: fragment, file }],
      wholePage: true,
    });
    const [check] = await checkHarnesses([harness], { browser });
    const differences =
      check?.issues.filter((issue) => issue.runner === 'accessibility-tree').map((issue) => issue.message) ?? [];
    expect(differences).toEqual([
      'headings: the content has ["h1 Seeded","h2 Goals"], a screen reader gets ["h1 Seeded"]',
      'list items: the content has [2], a screen reader gets []',
    ]);
  });
});

describe('the build gate', () => {
  it('fails the build on a browser error and names the Markdown line it comes from, writing nothing', async () => {
    const root = await scratchProject(smallFixtureRoot);
    // The static rule is turned off, so that only the browser can catch the link.
    await editFile(root, 'content/site.yaml', (text) => `${text}\naccessibility:\n  rules:\n    link-text: off\n`);
    // In both languages, so that the translation keeps the source's links.
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace(
        '## Challenges {#challenges}\n',
        '## Challenges {#challenges}\n\nFor the report, [click here](https://www.state.gov/).\n',
      ),
    );
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace(
        '## Desafíos {#challenges}\n',
        '## Desafíos {#challenges}\n\nPara el informe, [haga clic aquí](https://www.state.gov/).\n',
      ),
    );
    const line =
      (await readFile(path.join(root, 'content/es/mexico.md'), 'utf8'))
        .split('\n')
        .indexOf('Para el informe, [haga clic aquí](https://www.state.gov/).') + 1;
    const result = await buildSite({ root, outDir: path.join(root, 'dist'), browserChecks: { browser } });
    expect(result.ok).toBe(false);
    const spanish = result.files.find((file) => file.path === 'content/es/mexico.md');
    expect(spanish && reported(spanish).filter((message) => message.fatal)).toEqual([
      expect.objectContaining({
        rule: 'link-text/generic-link-text',
        line,
        column: 18,
        reason: expect.stringContaining('es/mexico/index.html'),
      }),
    ]);
    // Each site page is checked once, in each language, and each finding is traced to its Markdown.
    expect(result.manifest?.accessibility).toEqual(expect.objectContaining({ browserChecks: 'failed', errors: 2 }));
    await expect(readdir(path.join(root, 'dist'))).rejects.toThrow(/ENOENT/);
  });
});
