import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkPageMatter, { type Options } from '../../src/pipeline/remark-page-matter.ts';
import { reported } from '../helpers.ts';

const hash = '0123456789abcdef';

async function read(markdown: string, options: Options = { page: 'mexico', lang: 'es', sourceLanguage: 'en' }) {
  const file = new VFile({ path: 'content/es/mexico.md', value: markdown });
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkPageMatter, options);
  await processor.run(processor.parse(file), file);
  return file;
}

describe('remark-page-matter', () => {
  it('reads id, lang, title and the source hashes of a translation', async () => {
    const file = await read(
      `---\nid: mexico\nlang: es\ntitle: México\nsource:\n  title: ${hash}\n  sections:\n    intro: ${hash}\n---\n\nTexto.\n`,
    );
    expect(file.data.page).toEqual({
      id: 'mexico',
      lang: 'es',
      title: 'México',
      source: { title: hash, sections: { intro: hash } },
    });
    expect(file.messages).toEqual([]);
  });

  it('reads a source page without hashes', async () => {
    const file = await read('---\nid: mexico\nlang: en\ntitle: Mexico\n---\n', {
      page: 'mexico',
      lang: 'en',
      sourceLanguage: 'en',
    });
    expect(file.data.page).toEqual({ id: 'mexico', lang: 'en', title: 'Mexico' });
    expect(file.messages).toEqual([]);
  });

  it('reports a missing front matter at 1:1, with an example', async () => {
    const file = await read('Texto.\n');
    expect(reported(file)).toEqual([
      expect.objectContaining({ rule: 'front-matter', line: 1, column: 1, fatal: true }),
    ]);
    expect(file.messages[0]?.reason).toContain('id: mexico');
    expect(file.data.page).toBeUndefined();
  });

  it('reads a translation without a title yet, and the units filled from memory with where from', async () => {
    const file = await read(
      `---\nid: mexico\nlang: es\nsource:\n  sections:\n    intro: ${hash}\nmemory:\n  intro.1: content/es/peru.md#intro.1\n---\n\nTexto.\n`,
    );
    expect(file.data.page).toEqual({
      id: 'mexico',
      lang: 'es',
      source: { sections: { intro: hash } },
      memory: { 'intro.1': 'content/es/peru.md#intro.1' },
    });
    expect(file.messages).toEqual([]);
  });

  it('refuses a memory mark that names no unit, and warns about one on a source page', async () => {
    const file = await read('---\nid: mexico\nlang: es\ntitle: México\nmemory:\n  intro: somewhere\n---\n');
    expect(reported(file)).toEqual([
      expect.objectContaining({
        rule: 'front-matter',
        line: 6,
        fatal: true,
        reason: expect.stringContaining('`memory.intro`'),
      }),
    ]);
    const source = await read('---\nid: mexico\nlang: en\ntitle: Mexico\nmemory:\n  intro.1: x\n---\n', {
      page: 'mexico',
      lang: 'en',
      sourceLanguage: 'en',
    });
    expect(reported(source)).toEqual([
      expect.objectContaining({ line: 5, fatal: false, reason: expect.stringContaining('translations only') }),
    ]);
    expect(source.data.page).toEqual({ id: 'mexico', lang: 'en', title: 'Mexico' });
  });

  it('reports invalid YAML at its line in the Markdown file', async () => {
    const file = await read('---\nid: mexico\ntitle: "México\nlang: es\n---\n');
    expect(reported(file)[0]).toEqual(expect.objectContaining({ rule: 'yaml-syntax', fatal: true }));
    expect(reported(file)[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a missing title, a wrong id and a wrong language at their lines', async () => {
    const file = await read(`---\nid: mejico\nlang: en\n---\n`);
    expect(reported(file)).toEqual([
      expect.objectContaining({
        rule: 'front-matter',
        line: 1,
        fatal: true,
        reason: expect.stringContaining('`title`'),
      }),
      expect.objectContaining({
        rule: 'front-matter',
        line: 2,
        column: 5,
        fatal: true,
        reason: expect.stringContaining('id: mexico'),
      }),
      expect.objectContaining({
        rule: 'front-matter',
        line: 3,
        column: 7,
        fatal: true,
        reason: expect.stringContaining('lang: es'),
      }),
    ]);
  });

  it('reports a malformed source hash at its line, naming the fix', async () => {
    const file = await read(`---\nid: mexico\nlang: es\ntitle: México\nsource:\n  title: abc\n  sections: {}\n---\n`);
    expect(reported(file)).toEqual([
      expect.objectContaining({
        rule: 'front-matter',
        line: 6,
        column: 10,
        fatal: true,
        reason: expect.stringContaining('rehash'),
      }),
    ]);
  });

  it('warns about an unknown key (a typo)', async () => {
    const file = await read(`---\nid: mexico\nlang: es\ntitle: México\ntitel: México\n---\n`);
    expect(reported(file)).toEqual([
      expect.objectContaining({ rule: 'front-matter', line: 5, column: 1, fatal: false }),
    ]);
  });
});

describe('remark-page-matter: the keys of a page on a site of many', () => {
  it('reads a slug, a summary, a date and an order', async () => {
    const file = await read(
      '---\nid: mexico\nlang: es\ntitle: México\nslug: mexico-y-eeuu\nsummary: La cooperación con México.\nupdated: 2026-12-06\norder: 2\n---\n',
    );
    expect(file.messages).toEqual([]);
    expect(file.data.page).toEqual({
      id: 'mexico',
      lang: 'es',
      title: 'México',
      slug: 'mexico-y-eeuu',
      summary: 'La cooperación con México.',
      updated: '2026-12-06',
      order: 2,
    });
  });

  it.each([
    ['slug: Trámites de visa', 'slug', 5],
    ['slug: 404', 'slug', 5],
    ['summary: "Una\\nlínea"', 'summary', 5],
    ['summary: <b>Negrita</b>', 'summary', 5],
    ['updated: 2026-02-30', 'updated', 5],
    ['updated: 6/12/2026', 'updated', 5],
    ['order: 1.5', 'order', 5],
  ])('refuses `%s` at its line', async (line, key, lineNumber) => {
    const file = await read(`---\nid: mexico\nlang: es\ntitle: México\n${line}\n---\n`);
    expect(reported(file)).toEqual([
      expect.objectContaining({
        rule: 'front-matter',
        line: lineNumber,
        fatal: true,
        reason: expect.stringContaining(`\`${key}\``),
      }),
    ]);
  });
});
