import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkLangDirective from '../../src/pipeline/remark-lang-directive.ts';
import { reported } from '../helpers.ts';

async function render(markdown: string) {
  const file = new VFile({ path: 'page.md', value: markdown });
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkLangDirective)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
  return { file, html };
}

describe('remark-lang-directive', () => {
  it('marks a phrase in another language as a span with lang and dir', async () => {
    const { file, html } = await render('Servicio de Alguaciles (:lang[U.S. Marshals]{lang=en}).');
    expect(html).toBe('<p>Servicio de Alguaciles (<span lang="en" dir="ltr">U.S. Marshals</span>).</p>');
    expect(file.messages).toEqual([]);
  });

  it('gives a right-to-left language dir="rtl"', async () => {
    const { html } = await render(':lang[مرحبا]{lang=ar}');
    expect(html).toContain('<span lang="ar" dir="rtl">');
  });

  it('marks a whole block with the container form', async () => {
    const { html } = await render(':::lang{lang=en}\nA quoted paragraph.\n:::');
    expect(html).toBe('<div lang="en" dir="ltr"><p>A quoted paragraph.</p></div>');
  });

  it('reports a missing or invalid language tag where it is written', async () => {
    const { file } = await render('Line one.\nThen :lang[U.S. Marshals]{lang=english!} and :lang[x].');
    expect(reported(file)).toEqual([
      expect.objectContaining({ rule: 'lang-directive', line: 2, column: 6, fatal: true }),
      expect.objectContaining({ rule: 'lang-directive', line: 2, column: 46, fatal: true }),
    ]);
  });

  it('reports a directive that marks no text', async () => {
    const { file } = await render('Empty :lang{lang=en} here.');
    expect(reported(file)).toEqual([
      expect.objectContaining({ rule: 'lang-directive', line: 1, column: 7, fatal: true }),
    ]);
  });
});
