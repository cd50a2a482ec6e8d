import { describe, expect, it } from 'vitest';
import { bracketsCheck } from '../../../src/translation/checks/brackets.ts';
import { runText, shippedFindings } from './fixtures.ts';

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

  it.each([
    ['es', 'La Oficina (INL, por sus siglas en inglés) y «el “robo” de combustible» [sic].'],
    ['es', 'Los requisitos son: a) pasaporte, b) visa y c) fotografía.'],
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
