/**
 * The README's snippets, run as written: every fenced block with
 * `file=NAME` is written to a folder laid out as the installed package
 * (lib/, dist/, package.json: the run's, test/setup/installed-package.ts),
 * so that `embassy-content/node` resolves by name. The static page runs in
 * Chromium, the Node server as a process, the CMS template with liquidjs.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/site/demo-server.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { freePort, projectRoot } from '../helpers.ts';

const installed = inject('installedPackage');
const snippets = new Map<string, string>();
/** The snippets' folder: the installed package's files, linked, and the snippets. */
let work: string;
let run: RunBrowser | undefined;
let demo: DemoServer | undefined;
let server: ChildProcess | undefined;

beforeAll(async () => {
  const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
  visit(fromMarkdown(readme), 'code', (node: Code) => {
    const file = /(?:^|\s)file=(\S+)/.exec(node.meta ?? '')?.[1];
    if (file) snippets.set(file, `${node.value}\n`);
  });
  work = await mkdtemp(path.join(inject('runFolder'), 'readme-'));
  for (const name of ['lib', 'dist', 'node_modules', 'package.json']) {
    await symlink(path.join(installed, name), path.join(work, name));
  }
  for (const [file, text] of snippets) await writeFile(path.join(work, file), text, 'utf8');
});

afterAll(async () => {
  server?.kill();
  await run?.close();
  await demo?.close();
  await rm(work, { recursive: true, force: true });
});

it('has the snippets the tests run: a static page, a Node server, a CMS template', () => {
  expect([...snippets.keys()].sort()).toEqual(['page.liquid', 'render.js', 'server.js', 'static.html']);
});

describe('the static page', () => {
  it("renders the Mexico page in the browser's language, fetching only that language's bundles, and switches", async () => {
    // The package's dist/ with the page beside it, served as a site would serve them.
    const site = await mkdtemp(path.join(inject('runFolder'), 'readme-site-'));
    await cp(path.join(installed, 'dist'), site, { recursive: true });
    await copyFile(path.join(work, 'static.html'), path.join(site, 'static.html'));
    demo = await startDemoServer({ distDir: site, port: 0, host: '127.0.0.1' });
    run = await connectBrowser();
    const page = await run.context.newPage();
    const client = await page.createCDPSession();
    await client.send('Emulation.setUserAgentOverride', {
      userAgent: await run.browser.userAgent(),
      acceptLanguage: 'es-MX,es',
    });
    const bundles: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/locales/')) bundles.push(pathname);
    });
    await page.goto(`${demo.origin}/static.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'México');
    const read = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        sections: [...document.querySelectorAll('main section')].map((section) => section.getAttribute('lang')),
        current: [...document.querySelectorAll('a[aria-current]')].map((link) => link.textContent),
        switcher: document.querySelector('nav')?.getAttribute('aria-label'),
      }));
    expect(await read()).toEqual({
      lang: 'es',
      title: 'México – Departamento de Estado de los Estados Unidos',
      sections: ['es', 'es', 'es', 'es'],
      current: ['Español'],
      switcher: 'Idioma',
    });
    expect(bundles).toEqual(['/locales/es/ui.json', '/locales/es/mexico.json']);
    await page.click('a[hreflang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await read()).toEqual({
      lang: 'en',
      title: 'Mexico – U.S. Department of State',
      sections: ['en', 'en', 'en', 'en'],
      current: ['English'],
      switcher: 'Language',
    });
    expect(new URL(page.url()).search).toBe('?lang=en');
    // The choice is remembered: the page opened again, in the same Spanish-speaking browser, is in English.
    await page.goto(`${demo.origin}/static.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Mexico');
    expect(await read()).toMatchObject({ lang: 'en', current: ['English'] });
    await page.close();
  });
});

describe('the Node server', () => {
  it('serves the pages with the negotiated language, Content-Language, Vary and the alternates', async () => {
    const port = await freePort();
    server = spawn(process.execPath, ['server.js'], {
      cwd: work,
      env: { ...process.env, PORT: String(port) },
      stdio: 'pipe',
    });
    const stderr: string[] = [];
    server.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const origin = `http://localhost:${port}`;
    let negotiated: Response | undefined;
    for (let attempt = 0; attempt < 100 && !negotiated; attempt++) {
      negotiated = await fetch(`${origin}/mexico/`, { headers: { 'Accept-Language': 'es-MX,es;q=0.9' } }).catch(
        async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return undefined;
        },
      );
    }
    expect(negotiated, stderr.join('')).toBeDefined();
    expect(negotiated?.headers.get('content-language')).toBe('es');
    expect(negotiated?.headers.get('vary')).toBe('Accept-Language, Cookie');
    expect(await negotiated?.text()).toMatch(
      /^<!doctype html><html lang="es" dir="ltr">.*<link rel="alternate" hreflang="x-default" href="\/en\/mexico\/">/s,
    );
    const english = await fetch(`${origin}/en/mexico/`, { headers: { 'Accept-Language': 'es' } });
    expect([english.status, english.headers.get('content-language'), english.headers.get('vary')]).toEqual([
      200,
      'en',
      null,
    ]);
    const fragment = await fetch(`${origin}/fragment/mexico/goals?lang=es`);
    expect(fragment.headers.get('set-cookie')).toBe('lang=es; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(await fragment.text()).toMatch(/^<section data-fragment-id="mexico\/goals" [^>]*lang="es"/);
    expect((await fetch(`${origin}/nowhere`)).status).toBe(404);
  });
});

describe('the CMS template', () => {
  it('renders the page in the negotiated language, the text escaped and the fragments as built', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['render.js'], { cwd: work });
    expect(stdout).toMatch(
      /^<main id="main">\s*<h1>México<\/h1>\s*<div data-fragment="mexico\/intro">\s*<section data-fragment-id="mexico\/intro" aria-label="Introducción" lang="es" dir="ltr">/,
    );
    const fragment = await readFile(path.join(work, 'dist/fragments/es/mexico/goals.html'), 'utf8');
    expect(stdout).toContain(fragment.trimEnd());
    expect(stdout.match(/<div data-fragment=/g)).toHaveLength(4);
  });
});
