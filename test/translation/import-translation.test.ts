/**
 * The pieces of an import: Markdown written from runs (escaped), codes of a
 * translation numbered after its source's, and the read-back check that
 * refuses a unit whose Markdown does not read as what was translated.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { pageBlocks } from '../../src/translation/check.ts';
import { alignCodes } from '../../src/translation/align-codes.ts';
import { verifyPageImport } from '../../src/translation/import-translation.ts';
import { inlineToMarkdown } from '../../src/translation/inline-markdown.ts';
import type { Inline, InlineCode } from '../../src/translation/unit.ts';
import { projectRoot } from '../helpers.ts';

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

describe('verifyPageImport', () => {
  it('refuses a unit that does not read back as what was translated, naming it', async () => {
    const compiled = await compileSite(projectRoot);
    const document = compiled.translations?.documents.get('es')?.find((candidate) => candidate.id === 'mexico');
    const spanish = compiled.files.find((file) => file.path === 'content/es/mexico.md');
    if (!document || !spanish) throw new Error('The shipped page is missing.');
    const meant: Inline[] = ['Objetivos de la INL'];
    const matched = new Map([
      [
        'goals.1',
        {
          target: meant,
          unit: {
            id: 'goals.1',
            source: [],
            state: 'translated' as const,
            position: { start: { line: 9, column: 5 }, end: { line: 9, column: 40 } },
          },
        },
      ],
    ]);
    const read = (file: VFile) => pageBlocks(file, { page: 'mexico', lang: 'es', sourceLanguage: 'en' });
    const xliff = new VFile({ path: 'mexico.xlf' });
    // The text as it is: the heading still says “Objetivos”, not what was meant.
    expect(
      await verifyPageImport(
        document,
        String(spanish.value),
        { writes: [], updated: ['goals.1'], current: [] },
        matched,
        xliff,
        read,
      ),
    ).toBe(false);
    expect(xliff.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
      '9:5 Unit `goals.1` does not read back as translated: “Objetivos de la INL” was written but reads “Objetivos”. Check its codes are in order (an open before its close).',
    ]);
    const written = String(spanish.value).replace('## Objetivos {#goals}', '## Objetivos de la INL {#goals}');
    expect(
      await verifyPageImport(
        document,
        written,
        { writes: [], updated: ['goals.1'], current: [] },
        matched,
        new VFile({ path: 'mexico.xlf' }),
        read,
      ),
    ).toBe(true);
  });
});
