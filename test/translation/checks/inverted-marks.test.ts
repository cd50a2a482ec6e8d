import { describe, expect, it } from 'vitest';
import { invertedMarksCheck } from '../../../src/translation/checks/inverted-marks.ts';
import { runText, shippedFindings } from './fixtures.ts';

function messages(text: string): string[] {
  return runText(invertedMarksCheck, text).map((issue) => issue.message);
}

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

  it('quotes the mark even where a closing quote or parenthesis follows it', () => {
    expect(messages('«Qué pasa?», preguntó.')).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “«Qué pasa?…”.',
    ]);
    expect(messages('«Bienvenidos!», dijo.')).toEqual([
      '“!” ends an exclamation that does not open with “¡”: add “¡” where it starts, in “«Bienvenidos!…”.',
    ]);
    expect(messages('Dijo (¿cómo se atreve!) y se fue.')).toEqual([
      '“¿” opens a question that “!” closes, in “…¿cómo se atreve!…”: a question is written “¿…?”; make the two marks match.',
    ]);
  });

  it('quotes a question in parentheses, which is not a mark alone', () => {
    expect(messages('El trámite (cuánto cuesta?) es sencillo.')).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “El trámite (cuánto cuesta?…”.',
    ]);
    // “?” typed for “¿”.
    expect(messages('(?Necesita una visa?)')).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “(?…”.',
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “(?Necesita una visa?…”.',
    ]);
  });

  it('quotes from the start of the sentence, after a line break or two spaces', () => {
    expect(messages('Vino ayer.\nQué pasa?')).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “Qué pasa?”.',
    ]);
    expect(messages('Vino ayer.  Qué pasa?')).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “Qué pasa?”.',
    ]);
    expect(messages('Hola. ¿Cómo se atreve!')).toEqual([
      '“¿” opens a question that “!” closes, in “¿Cómo se atreve!”: a question is written “¿…?”; make the two marks match.',
    ]);
  });

  it('quotes whole words, and marks only text left out', () => {
    expect(
      messages(
        'La INL fortalece la seguridad de nuestra frontera común mediante equipo y capacitación para las dependencias mexicanas, qué pasa? con el fin de frenar el tránsito de armas.',
      ),
    ).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “…para las dependencias mexicanas, qué pasa?…”.',
    ]);
    expect(messages('Qué pasa? ')).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “Qué pasa?”.',
    ]);
  });

  it('shortens a quote longer than 60 characters in the middle', () => {
    expect(messages('¿Cómo es posible que la cooperación haya tardado nueve años!')).toEqual([
      '“¿” opens a question that “!” closes, in “¿Cómo es posible que la cooperación haya tardado nueve años!”: a question is written “¿…?”; make the two marks match.',
    ]);
    expect(messages('¿Cómo es posible que la cooperación haya tardado nueve años más!')).toEqual([
      '“¿” opens a question that “!” closes, in “¿Cómo es posible que la coop…haya tardado nueve años más!”: a question is written “¿…?”; make the two marks match.',
    ]);
  });

  it('quotes from an opening mark that follows a quote, to the end of the text', () => {
    expect(messages('Gritó «¡Bienvenidos» y se fue.')).toEqual([
      '“¡” opens an exclamation that does not end with “!” in the same sentence: add “!” where it ends, or remove “¡”, in “…¡Bienvenidos» y se fue.”.',
    ]);
    expect(messages('¡Bienvenidos a México.')).toEqual([
      '“¡” opens an exclamation that does not end with “!” in the same sentence: add “!” where it ends, or remove “¡”, in “¡Bienvenidos a México.”.',
    ]);
  });

  it('writes the exclamation’s own marks', () => {
    expect(messages('¡Bienvenidos a la embajada de los Estados Unidos en México.')).toEqual([
      '“¡” opens an exclamation that does not end with “!” in the same sentence: add “!” where it ends, or remove “¡”, in “¡Bienvenidos a la embajada de los Estados Unidos…”.',
    ]);
    expect(messages('¡Qué pasa?')).toEqual([
      '“¡” opens an exclamation that “?” closes, in “¡Qué pasa?”: an exclamation is written “¡…!”; make the two marks match.',
    ]);
  });

  it('ends a sentence at a period before two spaces, an opening mark or a number', () => {
    expect(messages('¿Qué pasa.  Dónde está?')).toEqual([
      '“¿” opens a question that does not end with “?” in the same sentence: add “?” where it ends, or remove “¿”, in “¿Qué pasa.”.',
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “Dónde está?”.',
    ]);
    expect(messages('¿Qué pasa. ¿Dónde está?')).toEqual([
      '“¿” opens a question that does not end with “?” in the same sentence: add “?” where it ends, or remove “¿”, in “¿Qué pasa.”.',
    ]);
    expect(messages('Nació en 1560. Qué pasa?')).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “Qué pasa?”.',
    ]);
  });

  it('quotes the text as shown around an address', () => {
    expect(messages('Consulte https://example.org/faq y diga qué pasa?')).toEqual([
      '“?” ends a question that does not open with “¿”: add “¿” where it starts, in “Consulte https://example.org/faq y diga qué pasa?”.',
    ]);
  });

  it.each([
    '¿Atiende la Sra. López?',
    '¿Llamó la Srta. Ruiz?',
    '¿Lo recibió el Dr. García?',
    '¿Firmó la Dra. Torres?',
    '¿Está el Lic. Hernández?',
    '¿Vino el Ing. Martínez?',
    '¿Enseña el Mtro. Gómez?',
    '¿Enseña la Mtra. Díaz?',
    '¿Asistió el Gral. Sánchez?',
    '¿Conoce Ud. México?',
    '¿Conocen Uds. México?',
    '¿Conoce Vd. España?',
    '¿Conocen Vds. España?',
    '¿Lo prohíbe el art. IV del tratado?',
    '¿Lo prohíben los arts. IV y V del tratado?',
    '¿Es el expediente núm. A-12?',
    '¿Son los expedientes núms. A-12 y B-7?',
    '¿Está en la pág. XII del informe?',
    '¿Está en las págs. XII y XIII del informe?',
    '¿Sigue vigente el tel. Conmutador de la embajada?',
    '¿Son aprox. USD 5 millones?',
    '¿Incluye, p. ej. México y Colombia?',
    '¿Está en el vol. II del informe?',
    '¿Lo explica el cap. IV del informe?',
    '¿Se fundó en el año 300 a. C.?',
  ])('does not end a sentence at an abbreviation or an initial: “%s”', (text) => {
    expect(runText(invertedMarksCheck, text)).toEqual([]);
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
    'Consulte http://example.org/faq?lang=es para más información.',
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
