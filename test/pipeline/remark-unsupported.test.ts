import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkUnsupported from '../../src/pipeline/remark-unsupported.ts';
import { reported } from '../helpers.ts';

async function check(markdown: string) {
  const file = new VFile({ path: 'page.md', value: markdown });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkUnsupported);
  await processor.run(processor.parse(file), file);
  return reported(file);
}

describe('remark-unsupported', () => {
  it('accepts plain Markdown and the lang directive', async () => {
    expect(
      await check('Text with **bold**, a [link](https://example.org) and :lang[U.S.]{lang=en}.\n\n- item\n'),
    ).toEqual([]);
  });

  it('reports raw HTML, which would be dropped', async () => {
    expect(await check('Text.\n\n<div onclick="x()">Hi</div>\n\nInline <b>bold</b>.')).toEqual([
      expect.objectContaining({ rule: 'no-html', line: 3, column: 1, fatal: true }),
      expect.objectContaining({ rule: 'no-html', line: 5, column: 8, fatal: true }),
      expect.objectContaining({ rule: 'no-html', line: 5, column: 15, fatal: true }),
    ]);
  });

  it('reports footnotes, which would land outside every fragment', async () => {
    expect(await check('Claim.[^1]\n\n[^1]: Source.\n')).toEqual([
      expect.objectContaining({ rule: 'no-footnotes', line: 1, column: 7 }),
      expect.objectContaining({ rule: 'no-footnotes', line: 3, column: 1 }),
    ]);
  });

  it('reports an unknown directive, such as text after a colon, with the escape', async () => {
    const messages = await check('Meeting at Guadalajara:Centro today.');
    expect(messages).toEqual([
      expect.objectContaining({ rule: 'unknown-directive', line: 1, column: 23, fatal: true }),
    ]);
    expect(messages[0]?.reason).toContain('\\:Centro');
  });
});
