import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/pipeline/processor.ts';
import { checkSourceLimits } from '../../src/pipeline/source-limits.ts';
import { projectRoot, reported } from '../helpers.ts';

const page = (body: string): VFile =>
  new VFile({ path: 'content/en/p.md', value: `---\nid: p\nlang: en\ntitle: P\n---\n\n${body}\n` });

describe('source limits', () => {
  it('accepts real pages, a hundred times over', async () => {
    for (const lang of ['en', 'es']) {
      const text = await readFile(path.join(projectRoot, 'content', lang, 'mexico.md'), 'utf8');
      const file = new VFile({ value: text.repeat(100) });
      expect(checkSourceLimits(file)).toBe(true);
      expect(reported(file)).toEqual([]);
    }
  });

  it('refuses a line nested past the stack (2,000 block quotes), at its line, instead of crashing', async () => {
    const file = page(`Intro.\n\n${'>'.repeat(2000)} deep`);
    // Before the limit, this threw "RangeError: Maximum call stack size exceeded" from inside remark-gfm.
    expect(await renderPage(file, { page: 'p', lang: 'en' })).toEqual([]);
    expect(reported(file)).toEqual([
      expect.objectContaining({
        rule: 'source-limits',
        line: 9,
        column: 1,
        fatal: true,
        reason: expect.stringContaining('nests 2000 block quotes or list items'),
      }),
    ]);
  });

  it('refuses lists nested by indentation or by markers on one line', () => {
    const indented = page(Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n'));
    expect(checkSourceLimits(indented)).toBe(false);
    expect(reported(indented)[0]?.line).toBe(7 + 128);
    const markers = page(`${'- '.repeat(100)}item`);
    expect(checkSourceLimits(markers)).toBe(false);
    expect(reported(markers)).toEqual([
      expect.objectContaining({ line: 7, reason: expect.stringContaining('nests 100') }),
    ]);
  });

  it('refuses a paragraph with more emphasis runs than the parser handles in linear time, at the paragraph', () => {
    const file = page(`Fine *emphasis*.\n\n${'*a'.repeat(600)}\n${'_b'.repeat(600)}`);
    expect(checkSourceLimits(file)).toBe(false);
    expect(reported(file)).toEqual([
      expect.objectContaining({ line: 9, reason: expect.stringContaining('1200 runs of') }),
    ]);
  });

  it('refuses long runs too (quadratic in their length), but not snake_case in a fenced code block', () => {
    const long = page(`${'*'.repeat(1500)}x${'*'.repeat(1500)}`);
    expect(checkSourceLimits(long)).toBe(false);
    expect(reported(long)[0]?.reason).toContain('(3000 characters)');
    expect(checkSourceLimits(page(`\`\`\`python\n${'def snake_case_name():\n'.repeat(1200)}\`\`\``))).toBe(true);
  });

  it('refuses a table row with hundreds of cells, and lets escaped bars through in moderation', () => {
    const file = page(`${'| a '.repeat(300)}|\n${'| - '.repeat(300)}|`);
    expect(checkSourceLimits(file)).toBe(false);
    expect(reported(file).map((message) => message.line)).toEqual([7, 8]);
    expect(checkSourceLimits(page('| a \\| b | c |\n| - | - |'))).toBe(true);
  });
});
