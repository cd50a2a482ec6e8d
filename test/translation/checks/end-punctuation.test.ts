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

  it('names each kind of final mark, and reminds of the opening ¡ too', () => {
    const messages = (source: string, target: string) =>
      runPair(endPunctuationCheck, translated(source, target)).map((issue) => issue.message);
    expect(messages('Welcome!', 'Bienvenidos')).toEqual([
      'The source ends with an exclamation mark and the translation with no punctuation: end it with “!”, and open it with “¡”.',
    ]);
    expect(messages('a valid passport;', 'un pasaporte vigente,')).toEqual([
      'The source ends with a semicolon and the translation with a comma: end it with “;”.',
    ]);
    expect(messages('Loading…', 'Cargando')).toEqual([
      'The source ends with an ellipsis and the translation with no punctuation: end it with “…”.',
    ]);
  });

  it('quotes a cluster of marks as it is, and reminds of both opening marks', () => {
    expect(runPair(endPunctuationCheck, translated('What?!', '¿Qué?')).map((issue) => issue.message)).toEqual([
      'The source ends with “!?” and the translation with a question mark: end it with “!?”, and open it with “¿” and “¡”.',
    ]);
  });

  it('reminds of the opening ¿ in a regional Spanish, and of no opening mark in another language', () => {
    expect(
      runPair(endPunctuationCheck, translated('Need a visa?', '¿Necesita una visa.'), 'es-MX').map(
        (issue) => issue.message,
      ),
    ).toEqual([
      'The source ends with a question mark and the translation with a period: end it with “?”, and open it with “¿”.',
    ]);
    expect(
      runPair(endPunctuationCheck, translated('Need a visa?', 'Besoin d’un visa.'), 'fr').map((issue) => issue.message),
    ).toEqual(['The source ends with a question mark and the translation with a period: end it with “?”.']);
  });

  it.each([
    ['The embassy is closed today.', '大使館は本日休館です。', 'ja'],
    ['Closed today.', '本日休館｡', 'ja'],
    ['Welcome!', 'ようこそ！', 'ja'],
    ['Requirements:', '必要書類：', 'ja'],
    ['a valid passport,', '有効なパスポート、', 'ja'],
    ['a valid passport,', '有效护照，', 'zh'],
    ['a valid passport;', '有效护照；', 'zh'],
    ['Need a visa?', 'هل تحتاج إلى تأشيرة؟', 'ar'],
    ['Need a visa?', 'Χρειάζεστε βίζα\u037e', 'el'],
  ])('takes the same mark of another script for the same kind: “%s” → “%s”', (source, target, lang) => {
    expect(runPair(endPunctuationCheck, translated(source, target), lang)).toEqual([]);
    expect(endKind(target)).toBe(endKind(source));
    expect(endKind(target)).not.toBe('');
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
    ['She said, “He told me ‘no.’”', 'Ella dijo: «Él me dijo “no”».'],
  ])('accepts “%s” → “%s”', (source, target) => {
    expect(runPair(endPunctuationCheck, translated(source, target))).toEqual([]);
  });

  it('reads the kind of the final marks, looking through closing quotes and brackets', () => {
    expect(endKind('fin (véase abajo).')).toBe('.');
    expect(endKind('“¿Qué?”')).toBe('?');
    expect(endKind('¿Qué？')).toBe('?');
    expect(endKind('Espere...')).toBe('…');
    expect(endKind('What!?')).toBe(endKind('¡¿Qué?!'));
    expect(endKind('¡¿Qué?!')).toBe('!?');
    expect(endKind('He told me ‘no.’”)')).toBe('.');
    expect(endKind('Objetivos')).toBe('');
  });

  it('leaves an empty side to other checks', () => {
    expect(runPair(endPunctuationCheck, translated('Goals.', ''))).toEqual([]);
    expect(runPair(endPunctuationCheck, translated('', 'Objetivos.'))).toEqual([]);
  });

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(endPunctuationCheck)).toEqual([]);
  });
});
