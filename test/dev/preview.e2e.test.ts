/**
 * The live preview (`npm run dev`, src/cli/dev.ts) on a copy of the site
 * fixture, driven in Chromium as an author and a translator use it: save a
 * file, and the open page shows it; make a mistake, and the page says where.
 */
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses } from '../../src/a11y/browser-checks.ts';
import { sitePageHarness } from '../../src/a11y/site-page-harness.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { editFile, scratchProject, siteFixtureRoot } from '../helpers.ts';
import { startPreview, until as waitUntil, type RunningPreview } from './run-preview.ts';

let root: string;
let origin: string;
let run: RunBrowser;
let preview: RunningPreview;
let io: RunningPreview['io'];

/** Wait until `check` holds; fail with `what`, and what the preview printed. */
const until = (check: () => boolean | Promise<boolean>, what: string) => waitUntil(check, what, io);

/** The number of compiles the terminal has reported. */
const compiles = (): number => (io.out().match(/^Compile(?:d| failed) in/gm) ?? []).length;

/** Make a change, and wait until the preview has compiled it and compiles no more (a retry, a second save event). */
async function change(edit: () => Promise<void>): Promise<void> {
  const before = compiles();
  await edit();
  await until(() => compiles() > before, 'a compile after the change');
  for (let seen = compiles(); ; seen = compiles()) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (compiles() === seen) return;
  }
}

async function open(url: string): Promise<Page> {
  const page = await run.context.newPage();
  await page.setBypassCSP(true);
  await page.setViewport({ width: 320, height: 320 });
  await page.goto(`${origin}${url}`, { waitUntil: 'load' });
  return page;
}

const panelText = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-preview-problems]')?.textContent ?? '');

beforeAll(async () => {
  root = await scratchProject(siteFixtureRoot);
  preview = await startPreview(root);
  io = preview.io;
  origin = preview.origin;
  run = await connectBrowser();
});

/** The files the tests break and mend, as they were: put back after a test that failed before mending them. */
const mended = ['content/es/mexico.md', 'content/en/mexico.md', 'content/site.yaml'];
const originals = new Map<string, string>();
beforeAll(async () => {
  for (const file of mended) originals.set(file, await readFile(path.join(root, file), 'utf8'));
});
afterEach(async () => {
  for (const [file, text] of originals) {
    const now = await readFile(path.join(root, file), 'utf8');
    if (now !== text) await change(() => writeFile(path.join(root, file), text, 'utf8'));
  }
});

afterAll(async () => {
  await preview.stop();
  await run.close();
  await rm(root, { recursive: true, force: true });
});

describe('the live preview', () => {
  it('shows a save in the open page without a reload by hand, the section being read still in place', async () => {
    const page = await open('/es/mexico/');
    await page.evaluate(() => document.querySelector('[data-fragment="mexico/challenges"]')?.scrollIntoView());
    const top = () =>
      page.evaluate(() => document.querySelector('[data-fragment="mexico/challenges"]')?.getBoundingClientRect().top);
    const before = await top();
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace('Los grupos criminales', 'Los grupos criminales organizados'),
    );
    await page.waitForFunction(
      () =>
        document.body.textContent?.includes('Los grupos criminales organizados') &&
        document.documentElement.hasAttribute('data-preview-ready'),
      { timeout: 20_000 },
    );
    expect(Math.abs(((await top()) ?? 0) - (before ?? 0))).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    // The browser gate checks the pages the save changed, in the background.
    await until(
      () => /^Checked [1-5] changed pages? in Chromium: 0 errors/m.test(io.out()),
      'the gate on the changed page',
    );
    await page.close();
  });

  it('reloads a page whose loading raced a save: the compile it missed is caught when its client connects', async () => {
    const page = await run.context.newPage();
    await page.setBypassCSP(true);
    await page.setRequestInterception(true);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = (): void => undefined;
    const clientAsked = new Promise<void>((resolve) => (asked = resolve));
    page.on('request', (request) => {
      if (!request.url().endsWith('/__preview/client.js')) return void request.continue();
      // The first load's client waits until the save below is compiled and announced.
      asked();
      void held.then(() => request.continue());
    });
    const loading = page.goto(`${origin}/es/mexico/`, { waitUntil: 'load' });
    await clientAsked;
    await change(() =>
      editFile(root, 'content/es/mexico.md', (text) =>
        text.replace('Ambos países trabajan juntos', 'Ambos países trabajan siempre juntos'),
      ),
    );
    release();
    await loading;
    await page.waitForFunction(() => document.body.textContent?.includes('trabajan siempre juntos'), {
      timeout: 20_000,
    });
    await page.close();
  });

  it('shows a mistake on the page with its file and line, and in the terminal; fixing it takes the panel away', async () => {
    const page = await open('/es/mexico/');
    const markdown = path.join(root, 'content/es/mexico.md');
    const good = await readFile(markdown, 'utf8');
    await change(() => writeFile(markdown, good.replace('ambos países.', 'ambos países, con $12 millones.'), 'utf8'));
    // The panel is there already, with the translation's status: wait for its list of problems.
    await page.waitForSelector('[data-preview-problems] ul', { timeout: 20_000 });
    const panel = await panelText(page);
    expect(panel).toMatch(/content\/es\/mexico\.md:\d+:\d+/);
    expect(panel).toContain('bare “$”');
    expect(panel).toContain('Problemas');
    // The translator's view of the page: its units by status, and its review page.
    expect(panel).toMatch(
      /Unidades de traducción: \d+ traducidas, 0 desactualizadas, 0 por traducir, \d+ iguales al original\./,
    );
    const review = await page.$eval('[data-preview-problems] a', (link) => link.getAttribute('href'));
    expect(review).toBe('/reports/review/pages/mexico.html');
    expect((await fetch(`${origin}${review ?? ''}`)).status).toBe(200);
    expect(io.err()).toMatch(/content\/es\/mexico\.md\n.*\d+:\d+.*error.*bare “\$”/);
    // The last good page stays on screen.
    expect(await page.evaluate(() => document.querySelector('main')?.textContent?.includes('$12'))).toBe(false);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await change(() => writeFile(markdown, good, 'utf8'));
    await page.waitForFunction(() => !document.querySelector('[data-preview-problems] ul'), { timeout: 20_000 });
    await page.close();
  });

  it('lists a new page in the navigation, and gives the "page not found" page for a deleted one', async () => {
    const page = await open('/en/contact/');
    await change(async () => {
      await writeFile(
        path.join(root, 'content/en/press.md'),
        '---\nid: press\nlang: en\ntitle: Press\norder: 5\nsummary: News for journalists.\n---\n\nThe embassy answers journalists.\n',
        'utf8',
      );
    });
    const navigation = await (await fetch(`${origin}/en/mexico/`)).text();
    expect(navigation).toContain('href="/en/press/"');
    await change(async () => {
      await unlink(path.join(root, 'content/en/contact.md'));
      await unlink(path.join(root, 'content/es/contact.md'));
    });
    await page.waitForFunction(() => document.documentElement.dataset.previewMissing !== undefined, {
      timeout: 20_000,
    });
    expect((await fetch(`${origin}/en/contact/`)).status).toBe(404);
    expect((await fetch(`${origin}/es/contacto/`)).status).toBe(404);
    // The footer's accessibility report is a build's: the preview says where to find its findings instead.
    const report = await fetch(`${origin}/reports/a11y.html`);
    expect([report.status, await report.text()]).toEqual([200, expect.stringContaining('npm run build')]);
    await page.close();
  });

  it('says what is wrong with a broken site.yaml, keeps the pages, and recovers once it is fixed', async () => {
    const page = await open('/en/mexico/');
    const config = path.join(root, 'content/site.yaml');
    const good = await readFile(config, 'utf8');
    await change(() => writeFile(config, `${good}\nheadingBase: 9\n`, 'utf8'));
    expect(io.out()).toMatch(/Compile failed in \d+ ms/);
    await page.waitForFunction(
      () => document.querySelector('[data-preview-problems]')?.textContent?.includes('site.yaml'),
      {
        timeout: 20_000,
      },
    );
    expect((await fetch(`${origin}/en/mexico/`)).status).toBe(200);
    await change(() => writeFile(config, good, 'utf8'));
    // The last compile's line (the gate's lines may come after it).
    const compileLines = io
      .out()
      .split('\n')
      .filter((line) => /^Compile(?:d| failed) in/.test(line));
    expect(compileLines.at(-1)).toMatch(/^Compiled in \d+ ms/);
    await page.waitForFunction(() => !document.querySelector('[data-preview-problems] ul'), { timeout: 20_000 });
    await page.close();
  });

  it('has a problems panel that passes the accessibility gate in both languages', async () => {
    // A warning in the English source: both languages' pages are made from it.
    const markdown = path.join(root, 'content/en/mexico.md');
    const good = await readFile(markdown, 'utf8');
    await change(() =>
      writeFile(markdown, good.replace('to stop them.', 'to stop them. [Click here](https://www.state.gov/).'), 'utf8'),
    );
    for (const url of ['/es/mexico/', '/en/mexico/']) {
      const page = await open(url);
      await page.waitForSelector('[data-preview-problems] ul', { timeout: 20_000 });
      // The page as the reader has it, panel included, checked by the build's gate (its scripts left out: they made it).
      const html = `<!doctype html>${await page.evaluate(() => document.documentElement.outerHTML)}`.replace(
        /<script\b[^>]*><\/script>/g,
        '',
      );
      await page.close();
      const files = new Map<string, string>();
      for (const file of ['assets/site.css', 'assets/favicon.svg', '__preview/client.css']) {
        files.set(file, await (await fetch(`${origin}/${file}`)).text());
      }
      const lang = url.split('/')[1] ?? '';
      const harness = sitePageHarness({ path: `${lang}/mexico/index.html`, lang, html }, () => undefined);
      const [check] = await checkHarnesses([harness], { browser: run.browser, files });
      expect(html).toContain('data-preview-problems');
      expect(
        check?.issues
          .filter((issue) => issue.type === 'error')
          .map((issue) => `${issue.runner}/${issue.code} ${issue.selector}: ${issue.message}`),
        url,
      ).toEqual([]);
    }
    await change(() => writeFile(markdown, good, 'utf8'));
  });
});
