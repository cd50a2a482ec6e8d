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

describe('source limits count what Markdown reads', () => {
  it('does not count escaped marks as emphasis runs (an import writes a literal `*` escaped)', () => {
    const escaped = page(String.raw`\*a`.repeat(1500));
    expect(checkSourceLimits(escaped)).toBe(true);
    // An escaped backslash before a mark leaves the mark a run.
    const runs = page(String.raw`\\*a`.repeat(1500));
    expect(checkSourceLimits(runs)).toBe(false);
    expect(reported(runs)[0]?.reason).toContain('1500 runs of');
  });

  it('refuses a paragraph over 64 K characters at its first line, but not a long fenced code block', () => {
    const long = page(`Short.\n\n${'palabra '.repeat(5000)}\n${'palabra '.repeat(5000)}`);
    expect(checkSourceLimits(long)).toBe(false);
    expect(reported(long)).toEqual([
      expect.objectContaining({ line: 9, reason: expect.stringContaining('over 65,536 characters long') }),
    ]);
    const twoParagraphs = page(`${'palabra '.repeat(5000)}\n\n${'palabra '.repeat(5000)}`);
    expect(checkSourceLimits(twoParagraphs)).toBe(true);
    expect(checkSourceLimits(page(`\`\`\`\n${'x = 1\n'.repeat(20_000)}\`\`\``))).toBe(true);
  });
});
