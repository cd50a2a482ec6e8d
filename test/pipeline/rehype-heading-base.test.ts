import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeHeadingBase from '../../src/pipeline/rehype-heading-base.ts';
import { reported } from '../helpers.ts';

async function shift(html: string, base?: number) {
  const file = new VFile({ path: 'page.md', value: html });
  const output = String(
    await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeHeadingBase, base === undefined ? {} : { base })
      .use(rehypeStringify)
      .process(file),
  );
  return { file, output };
}

describe('rehype-heading-base', () => {
  it('leaves section headings at h2 by default', async () => {
    expect((await shift('<h2>A</h2><h3>B</h3>')).output).toBe('<h2>A</h2><h3>B</h3>');
  });

  it('shifts every heading so that sections start at the base level', async () => {
    expect((await shift('<h2>A</h2><h3>B</h3><h4>C</h4>', 3)).output).toBe('<h3>A</h3><h4>B</h4><h5>C</h5>');
  });

  it('warns where a heading would go past h6 and caps it', async () => {
    const { file, output } = await shift('<h2>A</h2>\n<h5>deep</h5>', 4);
    expect(output).toBe('<h4>A</h4>\n<h6>deep</h6>');
    expect(reported(file)).toEqual([
      expect.objectContaining({ rule: 'heading-base', line: 2, column: 1, fatal: false }),
    ]);
  });

  it('rejects a base outside 1 to 6', () => {
    expect(() => rehypeHeadingBase({ base: 7 })).toThrow(/1 to 6/);
  });
});
