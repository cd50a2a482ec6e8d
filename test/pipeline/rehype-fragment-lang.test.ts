import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeFragmentLang, { type Options } from '../../src/pipeline/rehype-fragment-lang.ts';
import { reported } from '../helpers.ts';

async function mark(html: string, options: Options) {
  const file = new VFile({ path: 'page.md', value: html });
  const output = String(
    await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeFragmentLang, options)
      .use(rehypeStringify)
      .process(file),
  );
  return { file, output };
}

describe('rehype-fragment-lang', () => {
  it('puts lang and dir on each fragment root, not on other elements', async () => {
    const { output } = await mark(
      '<section data-fragment-id="p/a"><p>x</p></section><section data-fragment-id="p/b"></section><p>loose</p>',
      { lang: 'es' },
    );
    expect(output).toBe(
      '<section data-fragment-id="p/a" lang="es" dir="ltr"><p>x</p></section><section data-fragment-id="p/b" lang="es" dir="ltr"></section><p>loose</p>',
    );
  });

  it('derives dir="rtl" for a right-to-left language', async () => {
    expect((await mark('<section data-fragment-id="p/a"></section>', { lang: 'ar' })).output).toContain(
      'lang="ar" dir="rtl"',
    );
  });

  it('reports an invalid language tag instead of writing it', async () => {
    const { file, output } = await mark('<section data-fragment-id="p/a"></section>', { lang: 'spanish!' });
    expect(output).not.toContain('lang=');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'fragment-lang', fatal: true })]);
  });
});
