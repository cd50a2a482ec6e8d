import { describe, expect, it } from 'vitest';
import { bracketsCheck } from '../../../src/translation/checks/brackets.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { runText, shippedFindings } from './fixtures.ts';
import { context, pageDocument } from './units.ts';

/** The messages of the check on a text (Spanish unless told). */
function messages(text: string, lang = 'es'): string[] {
  return runText(bracketsCheck, [text], lang).map((issue) => issue.message);
}

describe('brackets', () => {
  it('reports an unclosed parenthesis in a Spanish text', () => {
    expect(
      runText(
        bracketsCheck,
        'La Oficina de Asuntos Internacionales (INL, por sus siglas en inglés del Departamento de Estado.',
      ),
    ).toEqual([
      {
        check: 'brackets',
        severity: 'error',
        message:
          'The opening parenthesis “(” is not closed in “…de Asuntos Internacionales (INL, por sus siglas en inglés…”: add “)” where the aside ends, or remove it.',
      },
    ]);
  });

  it('reports a closing mark that closes nothing, and crossed marks', () => {
    expect(
      runText(bracketsCheck, ['Servicio de Alguaciles U.S. Marshals) y la INL.']).map((issue) => issue.message),
    ).toEqual([
      'The closing parenthesis “)” closes nothing in “…de Alguaciles U.S. Marshals) y la INL.”: add its “(” where the aside starts, or remove it.',
    ]);
    expect(runText(bracketsCheck, ['el «tráfico (de personas» y la extorsión)']).map((issue) => issue.message)).toEqual(
      [
        'The opening parenthesis “(” is not closed before the “»” in “el «tráfico (de personas» y la extorsión)”: add “)” where the aside ends, or remove it.',
        'The closing parenthesis “)” closes nothing in “…(de personas» y la extorsión)”: add its “(” where the aside starts, or remove it.',
      ],
    );
    expect(runText(bracketsCheck, ['Dijo: “no es así.'])).toHaveLength(1);
  });

  it('reports the source text as well as the translation, each in its own language', () => {
    const document = pageDocument('The Bureau (INL works with Mexico.\n', 'La Oficina (INL trabaja con México.\n');
    expect(runChecks([document], [bracketsCheck], context())).toEqual([
      expect.objectContaining({
        check: 'brackets',
        severity: 'error',
        lang: 'es',
        file: 'content/es/mexico.md',
        message:
          'The opening parenthesis “(” is not closed in “La Oficina (INL trabaja con México.”: add “)” where the aside ends, or remove it.',
      }),
      expect.objectContaining({
        check: 'brackets',
        severity: 'error',
        lang: 'en',
        file: 'content/en/mexico.md',
        message:
          'The opening parenthesis “(” is not closed in “The Bureau (INL works with Mexico.”: add “)” where the aside ends, or remove it.',
      }),
    ]);
  });

  it('tells an aside from a quotation in what it asks', () => {
    expect(messages('Véase el informe [en inglés.')).toEqual([
      'The opening bracket “[” is not closed in “Véase el informe [en inglés.”: add “]” where the aside ends, or remove it.',
    ]);
    expect(messages('Dijo: “no es así.')).toEqual([
      'The opening quotation mark ““” is not closed in “Dijo: “no es así.”: add “”” where the quotation ends, or remove it.',
    ]);
    expect(messages('Los requisitos: véase la lista] y la visa.')).toEqual([
      'The closing bracket “]” closes nothing in “Los requisitos: véase la lista] y la visa.”: add its “[” where the aside starts, or remove it.',
    ]);
    expect(messages('Dijo que sí» y se fue.')).toEqual([
      'The closing quotation mark “»” closes nothing in “Dijo que sí» y se fue.”: add its “«” where the quotation starts, or remove it.',
    ]);
    expect(messages('Es el programa de la INL.”')).toEqual([
      'The closing quotation mark “”” closes nothing in “Es el programa de la INL.””: add its ““” where the quotation starts, or remove it.',
    ]);
  });

  it('reports a closing mark inside a quotation that closes nothing, and closes the quotation after it', () => {
    expect(messages('Dijo: «sí) y se fue».')).toEqual([
      'The closing parenthesis “)” closes nothing in “Dijo: «sí) y se fue».”: add its “(” where the aside starts, or remove it.',
    ]);
  });

  it('reports every mark crossed by a closing one, innermost first', () => {
    expect(messages('el (tráfico [de «personas) y la extorsión')).toEqual([
      'The opening quotation mark “«” is not closed before the “)” in “el (tráfico [de «personas) y la extorsión”: add “»” where the quotation ends, or remove it.',
      'The opening bracket “[” is not closed before the “)” in “el (tráfico [de «personas) y la extorsión”: add “]” where the aside ends, or remove it.',
    ]);
  });

  it('does not take an apostrophe for the end of an open ‘ quotation', () => {
    expect(messages('It was called ‘the embassy’s open house.', 'en')).toEqual([
      'The opening quotation mark “‘” is not closed in “It was called ‘the embassy’s open house.”: add “’” where the quotation ends, or remove it.',
    ]);
    expect(messages('He spoke of ‘the 1990’s crisis.', 'en')).toEqual([
      'The opening quotation mark “‘” is not closed in “He spoke of ‘the 1990’s crisis.”: add “’” where the quotation ends, or remove it.',
    ]);
  });

  it('takes a ’ after a quotation’s final mark for its end, even with no space before the next word', () => {
    expect(messages('Gritó ‘¡Ya voy!’y salió.')).toEqual([]);
  });

  it('quotes the words around the place, marking what is left out, in a text without spaces too', () => {
    expect(
      messages(
        '在メキシコ米国大使館の領事部は非移民ビザの面接を平日に行っています(祝日を除く。詳しくは大使館のウェブサイトをご覧ください。予約の変更はオンラインで受け付けています。',
        'ja',
      ),
    ).toEqual([
      'The opening parenthesis “(” is not closed in “…メキシコ米国大使館の領事部は非移民ビザの面接を平日に行っています(祝日を除く。詳しくは大使館のウェブサイトをご覧ください。予約の…”: add “)” where the aside ends, or remove it.',
    ]);
    expect(
      messages(
        'Las tarifas están en travel.state.gov/content/travel/es/visas-tarifas-2024(en inglés y en la página de la embajada.',
      ),
    ).toEqual([
      'The opening parenthesis “(” is not closed in “…ent/travel/es/visas-tarifas-2024(en inglés y en la página de la…”: add “)” where the aside ends, or remove it.',
    ]);
    expect(
      messages(
        'Véase la página de la Iniciativa Mérida (es.wikipedia.org/wiki/Iniciativa_Mérida_acuerdo_de_seguridad y la del Departamento de Estado.',
      ),
    ).toEqual([
      'The opening parenthesis “(” is not closed in “…página de la Iniciativa Mérida (es.wikipedia.org/wiki/Iniciativ…”: add “)” where the aside ends, or remove it.',
    ]);
  });

  it.each([
    ['es', 'La Oficina (INL, por sus siglas en inglés) y «el “robo” de combustible» [sic].'],
    ['es', 'Los requisitos son: a) pasaporte, b) visa y c) fotografía.'],
    ['es', 'a) Pasaporte vigente.'],
    ['es', 'Los requisitos son: i) pasaporte, ii) visa y iii) fotografía.'],
    ['es', 'Los requisitos son: 1) pasaporte, 2) visa y 10) fotografía.'],
    ['es', '«Traiga: a) pasaporte, b) visa y c) fotografía».'],
    ['es', 'Servicio de Alguaciles (USMS (U.S. Marshals Service)).'],
    ['en', 'The U.S. Department of State’s Bureau, the states’ rights, the ’90s and ‘quoted’ text.'],
    ['en', 'The embassy’s ‘open house’ (for families).'],
  ])('accepts a balanced %s text: %s', (lang, text) => {
    expect(runText(bracketsCheck, [text], lang)).toEqual([]);
  });

  it('does not count brackets in a link’s URL or in inline code', () => {
    expect(runText(bracketsCheck, 'Vea [la página](https://example.org/buscar?q=(visa) o `f(x`.')).toEqual([]);
  });

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(bracketsCheck)).toEqual([]);
  });
});
