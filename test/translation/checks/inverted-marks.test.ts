import { describe, expect, it } from 'vitest';
import { invertedMarksCheck } from '../../../src/translation/checks/inverted-marks.ts';
import { runText, shippedFindings } from './fixtures.ts';

describe('inverted-marks', () => {
  it('reports a question without its opening ¿', () => {
    expect(runText(invertedMarksCheck, 'Qué documentos necesito para la visa?')).toEqual([
      {
        check: 'inverted-marks',
        severity: 'error',
        message:
          '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “Qué documentos necesito para la visa?”.',
      },
    ]);
  });

  it('reports a ¿ whose question ends with a period', () => {
    expect(runText(invertedMarksCheck, '¿Qué pasa. Nada.').map((issue) => issue.message)).toEqual([
      '“¿” opens a question that does not end with “?” in the same sentence: add “?” where it ends, or remove “¿”, in “¿Qué pasa.”.',
    ]);
  });

  it('reports an exclamation without ¡ and marks that do not match', () => {
    expect(runText(invertedMarksCheck, 'Bienvenidos!').map((issue) => issue.message)).toEqual([
      '“!” ends an exclamation that does not open with “¡”: add “¡” where it starts, in “Bienvenidos!”.',
    ]);
    expect(runText(invertedMarksCheck, '¿Cómo se atreve!').map((issue) => issue.message)).toEqual([
      '“¿” opens a question that “!” closes, in “¿Cómo se atreve!”: a question is written “¿…?”; make the two marks match.',
    ]);
  });

  it('pairs marks within a sentence, not across one', () => {
    expect(runText(invertedMarksCheck, '¿Vino? Sí. Luego preguntó: dónde está?').map((issue) => issue.message)).toEqual(
      [expect.stringMatching(/^“\?” ends a question that does not open with “¿”.*“Luego preguntó: dónde está\?”/)],
    );
  });

  it('quotes the words near the mark in a long sentence', () => {
    const text =
      'La INL fortalece la seguridad de nuestra frontera común mediante capacitación y equipo para las dependencias mexicanas, qué pasa? con el fin de frenar el tránsito de armas.';
    expect(runText(invertedMarksCheck, text).map((issue) => issue.message)).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “…y equipo para las dependencias mexicanas, qué pasa?…”.',
    ]);
  });

  it.each([
    '¿Necesita una visa? Solicítela en línea.',
    'Si viaja a México, ¿necesita una visa?',
    '¡Bienvenidos a la embajada!',
    '¡¿Qué?! ¿¡Cómo!?',
    '¿Vio al Sr. Pérez en los EE. UU.?',
    'Nació en 1560 (?) en Sevilla.',
    'El lema (:lang[Need help?]{lang=en}) aparece en inglés.',
    'Consulte https://example.org/faq?lang=es para más información.',
  ])('accepts “%s”', (text) => {
    expect(runText(invertedMarksCheck, text)).toEqual([]);
  });

  it('reads Spanish only', () => {
    expect(runText(invertedMarksCheck, 'Need a visa?', 'en')).toEqual([]);
    expect(runText(invertedMarksCheck, 'Qué pasa?', 'es-MX')).toHaveLength(1);
  });

  it('finds nothing in the shipped translations', () => {
    expect(shippedFindings(invertedMarksCheck)).toEqual([]);
  });
});
