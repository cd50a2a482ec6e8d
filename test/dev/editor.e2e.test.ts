/**
 * The translation editor (`/translate/` in the live preview), driven in
 * Chromium as a translator uses it with the keyboard: type in a unit's
 * field and its findings come and are said; save, and the page's file
 * changes in that unit only; a file changed on disk meanwhile is a
 * conflict that loses neither version. It passes the accessibility gate in
 * both interface languages, and refuses calls from anywhere but its own page.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses } from '../../src/a11y/browser-checks.ts';
import { sitePageHarness } from '../../src/a11y/site-page-harness.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { scratchProject, siteFixtureRoot } from '../helpers.ts';
import { startPreview, type RunningPreview } from './run-preview.ts';

let root: string;
let origin: string;
let run: RunBrowser;
let preview: RunningPreview;

beforeAll(async () => {
  root = await scratchProject(siteFixtureRoot);
  preview = await startPreview(root, ['--skip-browser-checks']);
  origin = preview.origin;
  run = await connectBrowser();
});

afterAll(async () => {
  await preview.stop();
  await run.close();
});

async function open(url: string): Promise<Page> {
  const page = await run.context.newPage();
  await page.setViewport({ width: 320, height: 640 });
  await page.goto(`${origin}${url}`, { waitUntil: 'load' });
  return page;
}

const target = 'textarea[name="challenges.2"]';
const findingsOf = (page: Page) =>
  page.$eval(target, (field) => {
    const box = document.getElementById(field.getAttribute('aria-describedby')?.split(' ')[1] ?? '');
    return box?.textContent ?? '';
  });

describe('the translation editor', () => {
  it('labels each field with its unit and marks the languages; typing brings the findings, said politely', async () => {
    const page = await open('/translate/es/mexico?ui=es');
    const field = await page.$eval(target, (element) => ({
      label: document.querySelector(`label[for="${element.id}"]`)?.textContent,
      lang: element.getAttribute('lang'),
      source: document
        .getElementById(element.getAttribute('aria-describedby')?.split(' ')[0] ?? '')
        ?.getAttribute('lang'),
    }));
    expect(field).toEqual({ label: 'Traducción de challenges.2 al español', lang: 'es', source: 'en' });
    // With the keyboard: Tab reaches the field; typing changes a number.
    await page.focus(target);
    await page.keyboard.press('End');
    const started = Date.now();
    await page.keyboard.type(' 999');
    await page.waitForFunction(
      (selector) => {
        const element = document.querySelector(selector);
        const box = document.getElementById(element?.getAttribute('aria-describedby')?.split(' ')[1] ?? '');
        return box?.textContent?.includes('numbers') === true;
      },
      { timeout: 10_000 },
      target,
    );
    const shown = Date.now() - started;
    expect(await findingsOf(page)).toContain('999');
    expect(await page.$eval('[data-announcer]', (element) => element.textContent)).toMatch(
      /^challenges\.2: \d+ observaci/,
    );
    console.log(`Findings shown ${shown} ms after the last key (150 ms of it waiting for the pause).`);
    await page.close();
  });

  it('saves the unit changed, leaving every other line of the file as it was', async () => {
    const file = path.join(root, 'content/es/mexico.md');
    const before = await readFile(file, 'utf8');
    const page = await open('/translate/es/mexico?ui=en');
    const old = await page.$eval(target, (element) => element.value);
    const edited = old.replace(/\.$/, ', según datos preliminares.');
    expect(edited).not.toBe(old);
    await page.$eval(
      target,
      (element, value) => {
        element.value = value;
      },
      edited,
    );
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-save-status]')?.textContent?.startsWith('Saved'), {
      timeout: 20_000,
    });
    const after = await readFile(file, 'utf8');
    const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('según datos preliminares.');
    await page.close();
  });

  it('shows both versions when the file changed on disk since the page was loaded, and writes neither over the other', async () => {
    const file = path.join(root, 'content/es/mexico.md');
    const page = await open('/translate/es/mexico?ui=en');
    const old = await page.$eval(target, (element) => element.value);
    const theirs = (await readFile(file, 'utf8')).replace('según datos preliminares', 'según cifras preliminares');
    await writeFile(file, theirs);
    await page.$eval(
      target,
      (element, value) => {
        element.value = value;
      },
      old.replace('según datos preliminares', 'de acuerdo con datos preliminares'),
    );
    await page.click('button[type="submit"]');
    await page.waitForSelector('.conflict', { timeout: 20_000 });
    expect(await page.$eval('.conflict', (element) => element.textContent)).toContain('según cifras preliminares');
    expect(await page.$eval(target, (element) => element.value)).toContain('de acuerdo con datos preliminares');
    expect(await readFile(file, 'utf8')).toBe(theirs);
    await page.close();
  });

  it('saves a UI string into its namespace, changing that key only', async () => {
    const file = path.join(root, 'locales/es/ui.json');
    const before = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const page = await open('/translate/es/ui?ui=es');
    await page.$eval('textarea[name="skipLink"]', (element) => {
      element.value = 'Ir directamente al contenido';
    });
    await page.click('input[data-confirm="skipLink"]');
    await page.click('button[type="submit"]');
    await page.waitForFunction(
      () => document.querySelector('[data-save-status]')?.textContent?.startsWith('Guardado'),
      {
        timeout: 20_000,
      },
    );
    await page.close();
    const after = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(after).toEqual({ ...before, skipLink: 'Ir directamente al contenido' });
  });

  it('lists the pages to translate, by language, with their units by status', async () => {
    const page = await open('/translate/?ui=es');
    const text = await page.$eval('main', (element) => element.textContent ?? '');
    expect(text).toContain('Páginas por traducir');
    expect(await page.$eval('main a[href^="/translate/es/mexico"]', (element) => element.textContent)).toBe('mexico');
    expect(text).toMatch(/mexico \(\d+ por traducir, \d+ desactualizadas, \d+ traducidas\)/);
    await page.close();
  });

  it('is linked from the problems panel of a translated page and from its review page', async () => {
    const page = await open('/es/mexico/');
    await page.waitForSelector('[data-preview-problems] a[href^="/translate/es/mexico"]', { timeout: 20_000 });
    await page.close();
    const review = await (await fetch(`${origin}/reports/review/pages/mexico.html`)).text();
    expect(review).toContain('<a href="/translate/es/mexico" hreflang="es" lang="es">Español</a>');
  });

  it('passes the accessibility gate in both interface languages', async () => {
    for (const ui of ['en', 'es']) {
      const page = await open(`/translate/es/mexico?ui=${ui}`);
      const html = `<!doctype html>${await page.evaluate(() => document.documentElement.outerHTML)}`.replace(
        /<script\b[^>]*><\/script>/g,
        '',
      );
      await page.close();
      const files = new Map([['__preview/editor.css', await (await fetch(`${origin}/__preview/editor.css`)).text()]]);
      const harness = sitePageHarness({ path: `translate/es/mexico-${ui}.html`, lang: ui, html }, () => undefined);
      const [check] = await checkHarnesses([harness], { browser: run.browser, files });
      expect(
        check?.issues.filter((issue) => issue.type === 'error'),
        ui,
      ).toEqual([]);
    }
  });

  it('refuses a call without the page’s token, from another origin, or by another host name', async () => {
    const call = (headers: Record<string, string>, address = '/translate/api/check') =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(address, origin);
        const made = httpRequest(
          { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        made.on('error', reject);
        made.end(JSON.stringify({ lang: 'es', document: 'mexico', unit: 'title', text: 'x' }));
      });
    const page = await open('/translate/es/mexico');
    const token = await page.$eval(
      'meta[name="embassy-editor-token"]',
      (element) => element.getAttribute('content') ?? '',
    );
    await page.close();
    const host = new URL(origin).host;
    expect(await call({ Origin: origin, 'X-Editor-Token': token, 'Content-Type': 'application/json' })).toBe(200);
    expect(await call({ Origin: origin, 'Content-Type': 'application/json' })).toBe(403);
    expect(await call({ Origin: 'http://attacker.example', 'X-Editor-Token': token })).toBe(403);
    expect(
      await call({ Host: `attacker.example:${new URL(origin).port}`, Origin: origin, 'X-Editor-Token': token }),
    ).toBe(403);
    expect(await call({ Host: host, Origin: origin, 'X-Editor-Token': `${token.slice(0, -1)}x` })).toBe(403);
  });
});
