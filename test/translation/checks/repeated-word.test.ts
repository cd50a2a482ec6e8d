import { describe, expect, it } from 'vitest';
import { repeatedWordCheck } from '../../../src/translation/checks/repeated-word.ts';
import { runText, shippedFindings } from './fixtures.ts';

describe('repeated-word', () => {
  it('reports a word written twice in a Spanish text', () => {
    expect(runText(repeatedWordCheck, 'La INL fortalece la seguridad de de nuestra frontera común.')).toEqual([
      {
        check: 'repeated-word',
        severity: 'warning',
        message: '“de de”: the same word twice in a row; delete one.',
      },
    ]);
  });

  it('ignores case and formatting, and reports a triple once', () => {
    expect(runText(repeatedWordCheck, 'Que que pasa.').map((issue) => issue.message)).toEqual([
      '“Que que”: the same word twice in a row; delete one.',
    ]);
    expect(runText(repeatedWordCheck, '**La** la asistencia.')).toHaveLength(1);
    expect(runText(repeatedWordCheck, 'The the the embassy.', 'en')).toHaveLength(1);
  });

  it('accepts repetition across punctuation or a code, and grammatical English doubles', () => {
    expect(runText(repeatedWordCheck, 'No, no. Dijo que sí. Sí.')).toEqual([]);
    expect(runText(repeatedWordCheck, 'Página de {{count}} de {{total}}')).toEqual([]);
    expect(runText(repeatedWordCheck, 'They had had enough; he said that that office was closed.', 'en')).toEqual([]);
    expect(runText(repeatedWordCheck, 'qué que')).toEqual([]);
  });

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(repeatedWordCheck)).toEqual([]);
  });
});
