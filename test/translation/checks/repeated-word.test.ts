import { describe, expect, it } from 'vitest';
import { repeatedWordCheck } from '../../../src/translation/checks/repeated-word.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { runText, shippedFindings } from './fixtures.ts';
import { context, pageDocument } from './units.ts';

function messages(text: string, lang = 'es'): string[] {
  return runText(repeatedWordCheck, text, lang).map((issue) => issue.message);
}

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

  it('reports a double across several spaces or a wrapped line, quoted with one space', () => {
    expect(messages('La seguridad de  de nuestra frontera.')).toEqual([
      '“de de”: the same word twice in a row; delete one.',
    ]);
    expect(messages('La seguridad de\nde nuestra frontera.')).toEqual([
      '“de de”: the same word twice in a row; delete one.',
    ]);
  });

  it('reads words with inner apostrophes, hyphens, combining accents and digits whole', () => {
    expect(messages('The INL-trained INL-trained agents.', 'en')).toEqual([
      '“INL-trained INL-trained”: the same word twice in a row; delete one.',
    ]);
    expect(messages('The embassy’s embassy’s staff.', 'en')).toEqual([
      '“embassy’s embassy’s”: the same word twice in a row; delete one.',
    ]);
    expect(messages('La oficina esta\u0301 esta\u0301 abierta.')).toEqual([
      '“esta\u0301 esta\u0301”: the same word twice in a row; delete one.',
    ]);
    expect(messages('Desde la COVID-19 COVID-19.')).toEqual([
      '“COVID-19 COVID-19”: the same word twice in a row; delete one.',
    ]);
    expect(messages('The INL-trained trained agents and the embassy’s embassy staff.', 'en')).toEqual([]);
  });

  it('does not count a number written twice, which has no letter', () => {
    expect(messages('Entre 2019 2019 y 2020.')).toEqual([]);
  });

  it('reports a fourth copy as a second double', () => {
    expect(messages('la la la la')).toEqual([
      '“la la”: the same word twice in a row; delete one.',
      '“la la”: the same word twice in a row; delete one.',
    ]);
  });

  it('knows the grammatical English doubles by the base language, and none in other languages', () => {
    expect(messages('They had had enough; he said that that office was closed.', 'en-US')).toEqual([]);
    expect(messages('They had had enough.', 'EN')).toEqual([]);
    expect(messages('Ils avaient eu eu assez.', 'fr')).toEqual(['“eu eu”: the same word twice in a row; delete one.']);
    expect(messages('Ele disse que que sim.', 'pt-BR')).toEqual([
      '“que que”: the same word twice in a row; delete one.',
    ]);
  });

  it('reads the English source as well as the Spanish translation', () => {
    const document = pageDocument(
      'INL strengthens the the security of our shared border.',
      'La INL fortalece la seguridad de nuestra frontera común.',
    );
    expect(runChecks([document], [repeatedWordCheck], context())).toEqual([
      expect.objectContaining({
        check: 'repeated-word',
        severity: 'warning',
        lang: 'en',
        file: 'content/en/mexico.md',
        line: 1,
        message: '“the the”: the same word twice in a row; delete one.',
      }),
    ]);
  });

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(repeatedWordCheck)).toEqual([]);
  });
});
