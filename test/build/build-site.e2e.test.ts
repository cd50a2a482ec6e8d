/**
 * The real project's build with its checks in Chromium (the run's browser):
 * each site page in both languages and the review page pass, and what a
 * screen reader gets from them matches the Markdown; what it writes; and a
 * second build writes the same bytes.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, compileSite } from '../../src/build/build-site.ts';
import type { Manifest } from '../../src/runtime/manifest.ts';
import type { PageCheck } from '../../src/a11y/browser-checks.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { folderSnapshot as snapshot, projectRoot, reported, scratchFolders, sitePageFiles } from '../helpers.ts';

const scratch = scratchFolders();

describe('the build', () => {
  let out: string;
  let manifest: Manifest;
  let run: RunBrowser;
  /** What the browser checks found on each page, in order. */
  let checks: readonly PageCheck[];

  beforeAll(async () => {
    run = await connectBrowser();
    out = path.join(await scratch.project(), 'dist');
    // The real build, with the checks in Chromium.
    const result = await buildSite({ root: projectRoot, outDir: out, browserChecks: { browser: run.browser } });
    expect(result.files.flatMap((file) => reported(file))).toEqual([]);
    checks = result.browserChecks ?? [];
    manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
  });
  afterAll(async () => run?.close());

  it('checks each site page once, in English and Spanish, as written, the translators’ review pages, and the accessibility report', () => {
    expect(checks.map((check) => `${check.lang} ${check.wholePage ? 'page' : 'report'} ${check.path}`)).toEqual([
      'en report reports/review.html',
      'en report reports/review/pages/mexico.html',
      'en report reports/review/strings/ui.html',
      'en page en/mexico/index.html',
      'es page es/mexico/index.html',
      'en page en/index.html',
      'es page es/index.html',
      'en page en/404.html',
      'es page es/404.html',
      'en page en/search/index.html',
      'es page es/search/index.html',
      // The report's own pages, made from what the gate found on the others.
      'en report reports/a11y.html',
      'es report reports/a11y.es.html',
    ]);
  });

  it('has zero errors and zero warnings from axe, htmlcs, the link-text runner and the accessibility tree', () => {
    expect(
      checks.flatMap((check) =>
        check.issues.map((issue) => `${check.path}: ${issue.type} ${issue.runner}/${issue.code} ${issue.message}`),
      ),
    ).toEqual([]);
  });

  it('checks the site page the build writes: <html lang>, a <title>, <main>, the title as <h1>, fragments with their lang', async () => {
    const spanish = await readFile(path.join(out, 'es/mexico/index.html'), 'utf8');
    expect(spanish).toMatch(
      /^<!doctype html><html lang="es" dir="ltr"><head><meta charset="utf-8">.*<title[^>]*>México – Departamento de Estado de los Estados Unidos<\/title>.*<main id="main"><h1 data-title="mexico">México<\/h1><div data-fragment="mexico\/intro"><div data-fragment-id="mexico\/intro" lang="es" dir="ltr">/s,
    );
  });

  it('matches the Markdown, in each language: headings and levels, list items, landmarks, links, the language of each fragment', async () => {
    const site = {
      en: {
        switcher: 'Language',
        pages: 'Pages',
        reports: 'Reports',
        skip: 'Skip to main content',
        reportLinks: ['Accessibility report', 'Translation review'],
        navigation: ['All pages', 'Search', 'Mexico'],
      },
      es: {
        switcher: 'Idioma',
        pages: 'Páginas',
        reports: 'Informes',
        skip: 'Ir al contenido principal',
        reportLinks: ['Informe de accesibilidad', 'Revisión de la traducción (en inglés)'],
        navigation: ['Todas las páginas', 'Buscar', 'México'],
      },
    } as const;
    for (const lang of ['en', 'es'] as const) {
      const markdown = await readFile(`${projectRoot}/content/${lang}/mexico.md`, 'utf8');
      const title = /^title: (.*)$/m.exec(markdown)?.[1] ?? '';
      const body = fromMarkdown(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
      const sectionHeadings = body.children
        .filter((node) => node.type === 'heading' && node.depth === 2)
        .map((node) => toString(node).replace(/\s*\{#[\w-]+\}$/, ''));
      const listItems = body.children.flatMap((node) => (node.type === 'list' ? [node.children.length] : []));
      const view = checks.find((check) => check.path === `${lang}/mexico/index.html`)?.screenReader;
      expect(view?.headings).toEqual([
        { level: 1, name: title },
        ...sectionHeadings.map((name) => ({ level: 2, name })),
      ]);
      // The content's lists, after the language switcher's and the navigation's (two and three links), and before the reports' (two).
      expect(view?.lists).toEqual([2, 3, ...listItems, 2]);
      expect(listItems).toEqual([5, 3]);
      expect(view?.landmarks).toEqual([
        { role: 'banner', name: '', lang },
        { role: 'navigation', name: site[lang].switcher, lang },
        { role: 'navigation', name: site[lang].pages, lang },
        // The sections are not landmarks: their headings take a reader there (README).
        { role: 'main', name: '', lang },
        { role: 'contentinfo', name: '', lang },
        { role: 'navigation', name: site[lang].reports, lang },
      ]);
      // The content has no links: these are the page's own.
      expect(view?.links).toEqual([
        site[lang].skip,
        'English',
        'Español',
        ...site[lang].navigation,
        ...site[lang].reportLinks,
      ]);
    }
  });

  it('writes one fragment per section and language, the bundles and the manifest, and lists them', async () => {
    const written = await snapshot(out);
    const files = [...written.keys()].sort();
    // Pagefind's files, whose names carry hashes of their content.
    const searchIndex = files.filter((file) => file.startsWith('pagefind/'));
    expect(searchIndex.map((file) => file.replace(/_[0-9a-f]+\./, '_*.'))).toEqual([
      'pagefind/fragment/en_*.pf_fragment',
      'pagefind/fragment/es_*.pf_fragment',
      'pagefind/index/en_*.pf_index',
      'pagefind/index/es_*.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.en_*.pf_meta',
      'pagefind/pagefind.es_*.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'pagefind/wasm.es.pagefind',
      'pagefind/wasm.unknown.pagefind',
    ]);
    const sections = ['accomplishments', 'challenges', 'goals', 'intro'];
    // The declarations of every module of the run-time layer, which the package's types are made of.
    const runtimeDeclarations = (await readdir(path.join(projectRoot, 'src/runtime')))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.replace(/\.ts$/, ''));
    expect(files).toEqual(
      [
        'assets/embassy-content.js',
        'assets/favicon.svg',
        'assets/site.css',
        'assets/search.js',
        'assets/site.js',
        'en/404.html',
        'en/index.html',
        'en/mexico/index.html',
        'es/404.html',
        'es/index.html',
        'es/mexico/index.html',
        'en/search/index.html',
        'es/search/index.html',
        ...searchIndex,
        'robots.txt',
        'sitemap.xml',
        ...sections.map((section) => `fragments/en/mexico/${section}.html`),
        ...sections.map((section) => `fragments/es/mexico/${section}.html`),
        'locales/en/mexico.json',
        'locales/en/ui.json',
        'locales/es/mexico.json',
        'locales/es/ui.json',
        'manifest.json',
        'reports/a11y.json',
        'reports/a11y.es.html',
        'reports/a11y.html',
        'reports/review.html',
        'reports/review/pages/mexico.html',
        'reports/review/strings/ui.html',
        // What a screen reader says on each site page, as text.
        ...sitePageFiles(['mexico']).map((file) => `reports/transcripts/${file.replace(/\.html$/, '.txt')}`),
        'build-files.json',
        // The site package (site/site-package.ts): the output installs as one.
        'package.json',
        'README.md',
        'runtime/index.js',
        'runtime/node.js',
        'runtime/i18next.js',
        ...runtimeDeclarations.map((name) => `runtime/${name}.d.ts`),
      ].sort(),
    );
    // The list of what the build wrote, which the next build replaces (and keeps any other file).
    // Each with the SHA-256 of its bytes, which lets the next build reuse it unread.
    const record = JSON.parse(written.get('build-files.json') ?? '{}') as { files?: Record<string, string> };
    const digest = async (file: string) =>
      createHash('sha256')
        .update(await readFile(path.join(out, file)))
        .digest('base64url');
    const listed = files.filter((file) => file !== 'build-files.json');
    expect(record.files).toEqual(
      Object.fromEntries(await Promise.all(listed.map(async (file) => [file, await digest(file)] as const))),
    );
  });

  it('gives every fragment a root <section> (the intro, without a heading, a <div>) with its language, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      for (const section of ['intro', 'challenges', 'goals', 'accomplishments']) {
        const html = await readFile(path.join(out, 'fragments', lang, 'mexico', `${section}.html`), 'utf8');
        const root = section === 'intro' ? 'div' : 'section';
        expect(html).toMatch(new RegExp(`^<${root} data-fragment-id="mexico/${section}" lang="${lang}" dir="ltr">`));
        expect(html.match(/<section/g) ?? []).toHaveLength(root === 'section' ? 1 : 0);
      }
    }
  });

  it('puts the UI strings and the fragments in i18next bundles', async () => {
    const bundle = JSON.parse(await readFile(path.join(out, 'locales/es/mexico.json'), 'utf8')) as {
      title: string;
      sections: Record<string, string>;
    };
    expect(bundle.title).toBe('México');
    expect(Object.keys(bundle.sections)).toEqual(['intro', 'challenges', 'goals', 'accomplishments']);
    expect(bundle.sections.goals).toBe(
      (await readFile(path.join(out, 'fragments/es/mexico/goals.html'), 'utf8')).trimEnd(),
    );
    const ui = JSON.parse(await readFile(path.join(out, 'locales/es/ui.json'), 'utf8')) as Record<string, unknown>;
    expect(ui.languageName).toBe('Español');
  });

  it('describes pages, sections, languages, status, hashes and alternates in the manifest', () => {
    expect(manifest.sourceLanguage).toBe('en');
    expect(manifest.languages).toEqual([
      { code: 'en', name: 'English', dir: 'ltr' },
      { code: 'es', name: 'Español', dir: 'ltr' },
    ]);
    expect(manifest.namespaces).toEqual(['ui', 'mexico']);
    const [page] = manifest.pages;
    expect(page?.id).toBe('mexico');
    expect(page?.sourceHash).toMatch(/^[0-9a-f]{16}$/);
    expect(page?.alternates).toEqual([
      { hreflang: 'en', href: '/en/mexico/' },
      { hreflang: 'es', href: '/es/mexico/' },
      { hreflang: 'x-default', href: '/en/mexico/' },
    ]);
    expect(page?.languages.es).toEqual({
      status: 'translated',
      file: 'content/es/mexico.md',
      title: 'México',
      titleStatus: 'translated',
      counts: { translated: 4, stale: 0, missing: 0 },
    });
    expect(
      page?.sections.map((section) => [
        section.fragment,
        section.languages.en?.status,
        section.languages.es?.status,
        section.languages.es?.html,
      ]),
    ).toEqual([
      ['mexico/intro', 'source', 'translated', 'fragments/es/mexico/intro.html'],
      ['mexico/challenges', 'source', 'translated', 'fragments/es/mexico/challenges.html'],
      ['mexico/goals', 'source', 'translated', 'fragments/es/mexico/goals.html'],
      ['mexico/accomplishments', 'source', 'translated', 'fragments/es/mexico/accomplishments.html'],
    ]);
  });

  it('is deterministic: a second build writes the same bytes', async () => {
    const second = path.join(await scratch.project(), 'dist');
    await buildSite({ root: projectRoot, outDir: second, browserChecks: { browser: run.browser } });
    expect(await snapshot(second)).toEqual(await snapshot(out));
  });

  it('keeps the generated key types in step with the content', async () => {
    const { types } = await compileSite(projectRoot);
    expect(types).toBe(await readFile(path.join(projectRoot, 'src/runtime/resources.generated.ts'), 'utf8'));
  });
});
