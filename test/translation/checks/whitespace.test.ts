import { describe, expect, it } from 'vitest';
import { whitespaceCheck } from '../../../src/translation/checks/whitespace.ts';
import { runPair, shippedFindings, translated } from './fixtures.ts';

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

  it('accepts the same edges, and a code at an edge', () => {
    expect(runPair(whitespaceCheck, translated('Page ', 'Página '))).toEqual([]);
    expect(runPair(whitespaceCheck, translated('{{count}} results', '{{count}} resultados'))).toEqual([]);
    expect(runPair(whitespaceCheck, translated('Skip to main content', 'Saltar al contenido principal'))).toEqual([]);
  });

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(whitespaceCheck)).toEqual([]);
  });
});
