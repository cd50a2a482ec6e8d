import { describe, expect, it } from 'vitest';
import { endKind, endPunctuationCheck } from '../../../src/translation/checks/end-punctuation.ts';
import { runPair, shippedFindings, translated } from './fixtures.ts';

describe('end-punctuation', () => {
  it('reports a translation that drops the source’s final period', () => {
    expect(
      runPair(
        endPunctuationCheck,
        translated(
          'These efforts reduce the amount of crime reaching U.S. shores.',
          'Estos esfuerzos reducen la cantidad de delitos que llegan a las costas de los Estados Unidos',
        ),
      ),
    ).toEqual([
      {
        check: 'end-punctuation',
        severity: 'warning',
        message: 'The source ends with a period and the translation with no punctuation: end it with “.”.',
      },
    ]);
  });

  it('reports a question translated as a statement, and reminds of the opening ¿', () => {
    expect(
      runPair(endPunctuationCheck, translated('Need a visa?', '¿Necesita una visa.')).map((issue) => issue.message),
    ).toEqual([
      'The source ends with a question mark and the translation with a period: end it with “?”, and open it with “¿”.',
    ]);
  });

  it('reports a final mark the source does not have, as on a heading', () => {
    expect(
      runPair(endPunctuationCheck, translated('Goals', 'Objetivos:', { kind: 'heading' })).map(
        (issue) => issue.message,
      ),
    ).toEqual(['The source ends with no punctuation and the translation with a colon: remove the final “:”.']);
  });

  it.each([
    ['INL’s goals in Mexico are:', 'Los objetivos de la INL en México son los siguientes:'],
    ['Challenges', 'Desafíos'],
    ['Need a visa?', '¿Necesita una visa?'],
    ['Welcome!', '¡Bienvenidos!'],
    ['He said “yes.”', 'Dijo «sí».'],
    ['U.S. Marshals (USMS).', 'Servicio de Alguaciles (:lang[U.S. Marshals]{lang=en}).'],
    ['Loading...', 'Cargando…'],
    ['What?!', '¡¿Qué?!'],
  ])('accepts “%s” → “%s”', (source, target) => {
    expect(runPair(endPunctuationCheck, translated(source, target))).toEqual([]);
  });

  it('reads the kind of the final marks, looking through closing quotes and brackets', () => {
    expect(endKind('fin (véase abajo).')).toBe('.');
    expect(endKind('“¿Qué?”')).toBe('?');
    expect(endKind('¿Qué？')).toBe('?');
    expect(endKind('Espere...')).toBe('…');
    expect(endKind('What!?')).toBe(endKind('¡¿Qué?!'));
    expect(endKind('Objetivos')).toBe('');
  });

  it('leaves an empty side to other checks', () => {
    expect(runPair(endPunctuationCheck, translated('Goals.', ''))).toEqual([]);
  });

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(endPunctuationCheck)).toEqual([]);
  });
});
