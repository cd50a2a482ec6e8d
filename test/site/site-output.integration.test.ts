/**
 * The site pages the build writes: one per page and language of the site,
 * also for a language the page is not translated into yet.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { expect, it } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { pageFile } from '../../src/site/site-output.ts';
import { scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();

it('maps a page URL to its file', () => {
  expect(pageFile('/es/mexico/')).toBe('es/mexico/index.html');
  expect(pageFile('https://mx.usembassy.gov/es/mexico/')).toBe('es/mexico/index.html');
  expect(pageFile('/es/mexico.html')).toBe('es/mexico.html');
  expect(pageFile('/')).toBe('index.html');
});

it('writes a Spanish page for a page not translated yet: Spanish interface, English text marked lang="en", a notice in each section', async () => {
  const root = await scratch.project();
  await rm(path.join(root, 'content/es/mexico.md'));
  const compiled = await compileSite(root);
  expect(compiled.ok).toBe(true);
  const html = compiled.output?.get('es/mexico/index.html');
  if (!html) throw new Error('no Spanish page');
  const tree = fromHtml(html);
  const attribute = (selector: string, name: string) =>
    (select(selector, tree)?.properties[name] as string | undefined) ?? null;
  expect(attribute('html', 'lang')).toBe('es');
  expect([toText(select('h1', tree) as Element), attribute('h1', 'lang')]).toEqual(['Mexico', 'en']);
  expect(toText(select('.skip-link', tree) as Element)).toBe('Saltar al contenido principal');
  expect(selectAll('main [data-fragment-id]', tree).map((section) => section.properties.lang)).toEqual([
    'en',
    'en',
    'en',
    'en',
  ]);
  // In each section, after its heading (the intro has none: first), in Spanish.
  expect(
    selectAll('main [data-fragment-id]', tree).map((section) => {
      const notice = section.children
        .filter((child): child is Element => child.type === 'element')
        .findIndex((child) => child.properties.className?.includes('translation-notice'));
      return [
        notice,
        section.children.filter((child): child is Element => child.type === 'element')[notice]?.properties.lang,
      ];
    }),
  ).toEqual([
    [0, 'es'],
    [1, 'es'],
    [1, 'es'],
    [1, 'es'],
  ]);
  // The switcher links to both pages; hreflang alternates list only the page's real language.
  expect(
    selectAll('[data-language-switcher] a', tree).map((link) => [
      link.properties.href,
      link.properties.ariaCurrent ?? null,
    ]),
  ).toEqual([
    ['/en/mexico/', null],
    ['/es/mexico/', 'true'],
  ]);
  expect(selectAll('link[rel=alternate]', tree).map((link) => link.properties.hrefLang)).toEqual(['en', 'x-default']);
  expect(compiled.manifest?.pages[0]?.urls).toEqual({ en: '/en/mexico/', es: '/es/mexico/' });
});
