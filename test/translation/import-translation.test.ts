/**
 * The pieces of an import: Markdown written from runs (escaped), codes of a
 * translation numbered after its source's, and the read-back check that
 * refuses a unit whose Markdown does not read as what was translated.
 */
import { describe, expect, it } from 'vitest';
import { alignCodes } from '../../src/translation/align-codes.ts';
import { inlineToMarkdown } from '../../src/pipeline/inline-markdown.ts';
import type { Inline, InlineCode } from '../../src/pipeline/inline-runs.ts';

const code = (kind: InlineCode['kind'], id: string, type: InlineCode['type'], original: string): InlineCode => ({
  kind,
  id,
  type,
  original,
});

describe('inlineToMarkdown', () => {
  it('gives codes back as written and escapes what Markdown would read as syntax', () => {
    const content: Inline[] = [
      code('open', '1', 'bold', '**'),
      'Meta:',
      code('close', '1', 'bold', '**'),
      ' 2 * 3 [x] <b> `y` :lang a_b ~z~ &amp;',
    ];
    expect(inlineToMarkdown(content)).toBe('**Meta:** 2 \\* 3 \\[x\\] \\<b> \\`y\\` \\:lang a\\_b \\~z\\~ \\&amp;');
  });

  it('escapes what would start a block at the start of the text, and | in a table cell', () => {
    expect(inlineToMarkdown(['# no es título'])).toBe('\\# no es título');
    expect(inlineToMarkdown(['- no es lista'])).toBe('\\- no es lista');
    expect(inlineToMarkdown(['1. no es lista'])).toBe('1\\. no es lista');
    expect(inlineToMarkdown(['a | b'], { tableCell: true })).toBe('a \\| b');
    expect(inlineToMarkdown(['a - b # c'])).toBe('a - b # c');
  });
});

describe('alignCodes', () => {
  it('gives a translation’s code the id of the source code with the same Markdown, and its own id to any other', () => {
    const source: Inline[] = [
      code('open', '1', 'bold', '**'),
      'Goal:',
      code('close', '1', 'bold', '**'),
      ' see ',
      code('open', '2', 'link', '['),
      'this',
      code('close', '2', 'link', '](https://a.example)'),
    ];
    const target: Inline[] = [
      code('open', '1', 'link', '['),
      'esto',
      code('close', '1', 'link', '](https://a.example)'),
      code('open', '2', 'bold', '**'),
      'Meta:',
      code('close', '2', 'bold', '**'),
      code('open', '3', 'lang', ':lang['),
      'U.S. Marshals',
      code('close', '3', 'lang', ']{lang=en}'),
      code('open', '4', 'link', '['),
      'otro',
      code('close', '4', 'link', '](https://b.example)'),
    ];
    const ids = alignCodes(source, target)
      .filter((run): run is InlineCode => typeof run !== 'string')
      .map((run) => `${run.kind}:${run.id}`);
    expect(ids).toEqual(['open:2', 'close:2', 'open:1', 'close:1', 'open:t1', 'close:t1', 'open:t2', 'close:t2']);
  });
});
