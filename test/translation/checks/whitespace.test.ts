import { describe, expect, it } from 'vitest';
import { whitespaceCheck } from '../../../src/translation/checks/whitespace.ts';
import { runPair, shippedFindings, translated } from './fixtures.ts';

function messages(source: string, translation: string): string[] {
  return runPair(whitespaceCheck, translated(source, translation, { kind: 'string' })).map((issue) => issue.message);
}

describe('whitespace', () => {
  it('reports a trailing space the source does not have', () => {
    expect(
      runPair(
        whitespaceCheck,
        translated('Skip to main content', 'Saltar al contenido principal ', { kind: 'string', id: 'skipLink' }),
      ),
    ).toEqual([
      {
        check: 'whitespace',
        severity: 'error',
        message: 'The translation ends with a space that the source does not have: remove it.',
      },
    ]);
  });

  it('reports leading whitespace the translation lost or changed', () => {
    expect(runPair(whitespaceCheck, translated(' of {{count}}', 'de {{count}}')).map((issue) => issue.message)).toEqual(
      [
        'The source starts with a space and the translation does not: add it, since the text is joined to what precedes it.',
      ],
    );
    expect(runPair(whitespaceCheck, translated('Total: ', 'Total:\u00a0\u00a0')).map((issue) => issue.message)).toEqual(
      ["The source ends with a space and the translation with 2 no-break spaces: use the source's."],
    );
  });

  it('reports trailing whitespace the translation lost, as joined to what follows', () => {
    expect(messages('Page ', 'Página')).toEqual([
      'The source ends with a space and the translation does not: add it, since the text is joined to what follows it.',
    ]);
  });

  it('reports a change in how much whitespace there is, not only whether there is any', () => {
    expect(messages(' of {{count}}', '  de {{count}}')).toEqual([
      "The source starts with a space and the translation with 2 spaces: use the source's.",
    ]);
  });

  it.each([
    ['a line feed', 'a line break', '\n'],
    ['a carriage return and line feed', 'a line break', '\r\n'],
    ['two line feeds', '2 line breaks', '\n\n'],
    ['a tab', 'a tab', '\t'],
    ['two tabs', '2 tabs', '\t\t'],
    ['two spaces', '2 spaces', '  '],
    ['a no-break space', 'a no-break space', '\u00a0'],
    ['a narrow no-break space', 'a whitespace character', '\u202f'],
    ['a space and a tab', '2 whitespace characters', ' \t'],
  ])('names %s at an edge “%s”', (_label, name, whitespace) => {
    expect(messages('Total:', `Total:${whitespace}`)).toEqual([
      `The translation ends with ${name} that the source does not have: remove it.`,
    ]);
  });

  it('counts a code at an edge as text, and the marks of a link or bold as nothing', () => {
    expect(messages('{{count}} results', ' {{count}} resultados')).toEqual([
      'The translation starts with a space that the source does not have: remove it.',
    ]);
    expect(messages('[Contact us](/contact)', '[Contáctenos ](/contact)')).toEqual([
      'The translation ends with a space that the source does not have: remove it.',
    ]);
    expect(messages('**Note:** ', '**Nota:** ')).toEqual([]);
  });

  it('leaves a blank translation to the other checks', () => {
    expect(messages('Skip to main content', ' ')).toEqual([]);
    expect(messages('', '\n')).toEqual([]);
  });

  it('accepts the same edges, and a code at an edge', () => {
    expect(runPair(whitespaceCheck, translated('Page ', 'Página '))).toEqual([]);
    expect(runPair(whitespaceCheck, translated('{{count}} results', '{{count}} resultados'))).toEqual([]);
    expect(runPair(whitespaceCheck, translated('{{count}} results', '{{count}}resultados'))).toEqual([]);
    expect(runPair(whitespaceCheck, translated('Skip to main content', 'Saltar al contenido principal'))).toEqual([]);
  });

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(whitespaceCheck)).toEqual([]);
  });
});
