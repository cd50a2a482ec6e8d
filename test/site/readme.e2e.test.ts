/**
 * The README's snippets, run as written, in a new project that installed
 * the packed site package of the project's build
 * (test/setup/site-package.ts), with the frameworks the recipes use
 * (Express, Fastify, Eleventy, liquidjs) linked from this project's
 * node_modules: every fenced block with `file=NAME` is written there. The
 * static page and the Eleventy site run in Chromium, the servers as
 * processes, the CMS template with liquidjs.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import sirv from 'sirv';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/site/demo-server.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { freePort, projectRoot } from '../helpers.ts';

const consumer = inject('siteConsumer');
const snippets = new Map<string, string>();
/** The snippets' project: the consumer's node_modules and the frameworks, linked, and the snippets. */
let work: string;
/** The installed site package. */
let installed: string;
let run: RunBrowser | undefined;
let demo: DemoServer | undefined;
let staticServer: Server | undefined;
const servers: ChildProcess[] = [];

/** This project's packages the recipes use, which a site would install itself. */
const frameworks = ['express', 'fastify', 'liquidjs', '@11ty', 'astro'];

async function linkModules(folder: string): Promise<void> {
  const modules = path.join(folder, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(path.join(consumer.folder, 'node_modules'))) {
    if (!name.startsWith('.'))
      await symlink(path.join(consumer.folder, 'node_modules', name), path.join(modules, name));
  }
  for (const name of frameworks) await symlink(path.join(projectRoot, 'node_modules', name), path.join(modules, name));
}

beforeAll(async () => {
  const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
  visit(fromMarkdown(readme), 'code', (node: Code) => {
    const file = /(?:^|\s)file=(\S+)/.exec(node.meta ?? '')?.[1];
    if (file) snippets.set(file, `${node.value}\n`);
  });
  work = await mkdtemp(path.join(inject('runFolder'), 'readme-'));
  await linkModules(work);
  await writeFile(path.join(work, 'package.json'), JSON.stringify({ private: true, type: 'module' }), 'utf8');
  for (const [file, text] of snippets) {
    await mkdir(path.dirname(path.join(work, file)), { recursive: true });
    await writeFile(path.join(work, file), text, 'utf8');
  }
  installed = path.join(work, 'node_modules', consumer.packageName);
});

afterAll(async () => {
  for (const server of servers) server.kill();
  staticServer?.close();
  await run?.close();
  await demo?.close();
  await rm(work, { recursive: true, force: true });
});

/** Start a snippet as a server on a free port; its origin once it answers. */
async function startSnippet(file: string): Promise<string> {
  const port = await freePort();
  const server = spawn(process.execPath, [file], {
    cwd: work,
    env: { ...process.env, PORT: String(port) },
    stdio: 'pipe',
  });
  servers.push(server);
  const stderr: string[] = [];
  server.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const origin = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    if (
      await fetch(origin, { method: 'HEAD' }).then(
        () => true,
        () => false,
      )
    )
      return origin;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${file} did not start: ${stderr.join('')}`);
}

it('has the snippets the tests run: a static page, servers, a CMS template, an Eleventy and an Astro site', () => {
  expect([...snippets.keys()].sort()).toEqual([
    'astro/src/pages/[...path].astro',
    'eleventy/eleventy.config.js',
    'eleventy/pages.liquid',
    'express.js',
    'fastify.js',
    'page.liquid',
    'render.js',
    'server.js',
    'static.html',
  ]);
});

describe('the static page', () => {
  it("renders the Mexico page in the browser's language, fetching only that language's bundles, and switches", async () => {
    // The installed package's files with the page beside them, served as a site would serve them.
    const site = await mkdtemp(path.join(inject('runFolder'), 'readme-site-'));
    await cp(installed, site, { recursive: true, dereference: true });
    await writeFile(path.join(site, 'static.html'), snippets.get('static.html') ?? '', 'utf8');
    demo = await startDemoServer({ distDir: site, port: 0, host: '127.0.0.1' });
    run ??= await connectBrowser();
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
        sections: [...document.querySelectorAll('main [data-fragment-id]')].map((section) =>
          section.getAttribute('lang'),
        ),
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
    const origin = await startSnippet('server.js');
    const negotiated = await fetch(`${origin}/mexico/`, { headers: { 'Accept-Language': 'es-MX,es;q=0.9' } });
    expect(negotiated.headers.get('content-language')).toBe('es');
    expect(negotiated.headers.get('vary')).toBe('Accept-Language, Cookie');
    expect(await negotiated.text()).toMatch(
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

describe('Express 5', () => {
  it("serves the pages, the browser runtime and the bundles from the installed package, and 404 in the visitor's language", async () => {
    const origin = await startSnippet('express.js');
    const page = await fetch(`${origin}/es/mexico/`);
    expect([page.status, page.headers.get('content-language')]).toEqual([200, 'es']);
    expect(await page.text()).toContain('<script type="module" src="/assets/site.js"></script>');
    const runtime = await fetch(`${origin}/assets/embassy-content.js`);
    expect([runtime.status, runtime.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    const bundle = await fetch(`${origin}/locales/es/ui.json`);
    expect(((await bundle.json()) as { languageName: string }).languageName).toBe('Español');
    const missing = await fetch(`${origin}/nowhere`, { headers: { 'Accept-Language': 'es' } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/^<!doctype html><html lang="es"/);
    // The search page, its script and the index it loads.
    const search = await fetch(`${origin}/es/search/`);
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('<script type="module" src="/assets/search.js"></script>');
    expect((await fetch(`${origin}/pagefind/pagefind.js`)).status).toBe(200);
  });
});

describe('Fastify 5', () => {
  it("serves the negotiated page and the 404 page in the visitor's language", async () => {
    const origin = await startSnippet('fastify.js');
    const page = await fetch(`${origin}/mexico/`, { headers: { 'Accept-Language': 'es-MX,es;q=0.9' } });
    expect([page.status, page.headers.get('content-language'), page.headers.get('vary')]).toEqual([
      200,
      'es',
      'Accept-Language, Cookie',
    ]);
    expect(await page.text()).toContain('<h1 data-title="mexico">México</h1>');
    const missing = await fetch(`${origin}/es/nada/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/^<!doctype html><html lang="es"/);
  });
});

describe('Eleventy 3', () => {
  it('writes a page per page and language with the switcher and the alternates, which switches in place', async () => {
    const folder = path.join(work, 'eleventy');
    await symlink(path.join(work, 'node_modules'), path.join(folder, 'node_modules'));
    const eleventy = path.join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
    await promisify(execFile)(process.execPath, [eleventy, '--quiet'], { cwd: folder });
    const spanish = await readFile(path.join(folder, '_site/es/mexico/index.html'), 'utf8');
    expect(spanish).toMatch(/<html lang="es" dir="ltr">/);
    expect(spanish).toContain('<link rel="alternate" hreflang="x-default" href="/en/mexico/">');
    expect(spanish).toContain(
      '<a href="/es/mexico/" lang="es" hreflang="es" dir="ltr" aria-current="true">Español</a>',
    );
    expect(spanish).toContain('<h1 data-title="mexico">México</h1>');
    expect(spanish.match(/<div data-fragment=/g)).toHaveLength(4);
    expect(await switchesInPlace(path.join(folder, '_site'))).toEqual(['Mexico', '/en/mexico/']);
  });
});

describe('Astro', () => {
  it('builds a page per page and language from the rest route, which switches in place', async () => {
    const folder = path.join(work, 'astro');
    await symlink(path.join(work, 'node_modules'), path.join(folder, 'node_modules'));
    await writeFile(path.join(folder, 'package.json'), JSON.stringify({ private: true, type: 'module' }), 'utf8');
    // The README's two commands.
    await mkdir(path.join(folder, 'public'));
    for (const files of ['assets', 'locales']) {
      await cp(path.join(installed, files), path.join(folder, 'public', files), { recursive: true });
    }
    const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
    await promisify(execFile)(process.execPath, [astro, 'build', '--silent'], {
      cwd: folder,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const spanish = await readFile(path.join(folder, 'dist/es/mexico/index.html'), 'utf8');
    expect(spanish).toMatch(/<html lang="es" dir="ltr">/);
    expect(spanish).toContain('<link rel="alternate" hreflang="x-default" href="/en/mexico/">');
    expect(spanish).toContain('<h1 data-title="mexico">México</h1>');
    expect(spanish.match(/<div data-fragment=/g)).toHaveLength(4);
    expect(await switchesInPlace(path.join(folder, 'dist'))).toEqual(['Mexico', '/en/mexico/']);
  });
});

/** Serve a generated site's folder, open its Spanish Mexico page in Chromium, switch to English: the heading and the path after. */
async function switchesInPlace(folder: string): Promise<unknown> {
  const serve = sirv(folder, { dev: true });
  staticServer?.close();
  staticServer = createServer((request, response) => serve(request, response));
  await new Promise<void>((resolve) => staticServer?.listen(0, '127.0.0.1', resolve));
  const { port } = staticServer.address() as AddressInfo;
  run ??= await connectBrowser();
  const page = await run.context.newPage();
  await page.goto(`http://127.0.0.1:${port}/es/mexico/`, { waitUntil: 'load' });
  await page.click('a[hreflang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const after = await page.evaluate(() => [document.querySelector('h1')?.textContent, location.pathname]);
  await page.close();
  return after;
}

describe('the CMS template', () => {
  it('renders the page in the negotiated language, the text escaped and the fragments as built', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['render.js'], { cwd: work });
    expect(stdout).toMatch(
      /^<main id="main">\s*<h1>México<\/h1>\s*<div data-fragment="mexico\/intro">\s*<div data-fragment-id="mexico\/intro" lang="es" dir="ltr">/,
    );
    const fragment = await readFile(path.join(installed, 'fragments/es/mexico/goals.html'), 'utf8');
    expect(stdout).toContain(fragment.trimEnd());
    expect(stdout.match(/<div data-fragment=/g)).toHaveLength(4);
  });
});
