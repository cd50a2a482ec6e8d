import { describe, expect, it } from 'vitest';
import { spacingCheck } from '../../../src/translation/checks/spacing.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { runText, shippedFindings } from './fixtures.ts';
import { context, pageDocument } from './units.ts';

function messages(text: string, lang = 'es'): string[] {
  return runText(spacingCheck, text, lang).map((issue) => issue.message);
}

describe('spacing', () => {
  it('reports a double space inside a Spanish text', () => {
    expect(runText(spacingCheck, 'La INL fortalece la seguridad de  nuestra frontera común.')).toEqual([
      {
        check: 'spacing',
        severity: 'warning',
        message: '2 spaces in a row in “…fortalece la seguridad de  nuestra frontera…”: leave one space.',
      },
    ]);
  });

  it('reports a space before a comma, a period, a colon and a question mark', () => {
    const messages = runText(
      spacingCheck,
      'Heroína , fentanilo y metanfetamina . **Reducir la impunidad :** ¿Cómo ?',
    ).map((issue) => issue.message);
    expect(messages).toEqual([
      expect.stringMatching(/^A space before “,” in “Heroína , fent/),
      expect.stringMatching(/^A space before “\.” in “.*metanfetamina \./),
      expect.stringMatching(/^A space before “:” in “.*impunidad :/),
      expect.stringMatching(/^A space before “\?” in “.*¿Cómo \?”: remove it; the mark follows the word directly\.$/),
    ]);
  });

  it('sees spaces around codes, and shows the code in the message', () => {
    expect(runText(spacingCheck, 'Hay {{count}} .').map((issue) => issue.message)).toEqual([
      'A space before “.” in “Hay {{count}} .”: remove it; the mark follows the word directly.',
    ]);
    expect(runText(spacingCheck, 'Ejecute `npm test`  ahora.')).toHaveLength(1);
  });

  it('accepts a no-break space before %, one space, line breaks, an ellipsis and a domain name', () => {
    expect(runText(spacingCheck, 'Aproximadamente el 20\u00a0%, con la heroína.')).toEqual([]);
    expect(runText(spacingCheck, 'Primera línea\nsegunda línea y un enlace a .gov … y ...')).toEqual([]);
    expect(runText(spacingCheck, 'Ejecute `a  b` ahora.')).toEqual([]);
  });

  it('leaves the space before a mark alone in languages that put one there', () => {
    expect(runText(spacingCheck, 'Pourquoi ?', 'fr')).toEqual([]);
    expect(runText(spacingCheck, 'Pourquoi \u00a0?', 'fr').map((issue) => issue.message)).toEqual([
      '2 spaces (1 no-break) in a row in “Pourquoi \u00a0?”: leave one space.',
    ]);
  });

  it('reports a double space before a mark both as a double space and as a space before the mark', () => {
    expect(messages('Reducir la impunidad  : mejorar la justicia.')).toEqual([
      '2 spaces in a row in “Reducir la impunidad  : mejorar la…”: leave one space.',
      'A space before “:” in “Reducir la impunidad  : mejorar la…”: remove it; the mark follows the word directly.',
    ]);
  });

  it('counts the no-break spaces of a double space', () => {
    expect(messages('Aproximadamente el 20\u00a0\u00a0% de la heroína.')).toEqual([
      '2 spaces (all no-break) in a row in “Aproximadamente el 20\u00a0\u00a0% de la heroína.”: leave one space.',
    ]);
  });

  it('reads the language’s base subtag, in any case', () => {
    expect(messages('¿Cómo ?', 'es-MX')).toEqual([
      'A space before “?” in “¿Cómo ?”: remove it; the mark follows the word directly.',
    ]);
    expect(messages('Why ?', 'EN')).toEqual([
      'A space before “?” in “Why ?”: remove it; the mark follows the word directly.',
    ]);
  });

  it('quotes a short text whole, and a longer one in whole words around the place', () => {
    expect(messages('La heroína , el fentanilo')).toEqual([
      'A space before “,” in “La heroína , el fentanilo”: remove it; the mark follows the word directly.',
    ]);
    expect(messages('Heroína , fentanilo y otras drogas llegan a la frontera.')).toEqual([
      'A space before “,” in “Heroína , fentanilo y otras…”: remove it; the mark follows the word directly.',
    ]);
    expect(
      messages('La INL fortalece la seguridad de nuestra frontera común  mediante capacitación y equipo.'),
    ).toEqual(['2 spaces in a row in “…de nuestra frontera común  mediante…”: leave one space.']);
  });

  it('cuts a long word rather than drop the place from the quote', () => {
    expect(messages('Consulte el documento https://www.state.gov/inl-mexico-fact-sheet  y más información.')).toEqual([
      '2 spaces in a row in “…te.gov/inl-mexico-fact-sheet  y más información.”: leave one space.',
    ]);
    expect(messages('Consulte el documento de  https://www.state.gov/inl-mexico-fact-sheet y más.')).toEqual([
      '2 spaces in a row in “Consulte el documento de  https://www.state.go…”: leave one space.',
    ]);
    expect(messages('Véase https://www.state.gov/inl-mexico-fact-sheet-2024\u00a0\u00a0(PDF)')).toEqual([
      '2 spaces (all no-break) in a row in “…v/inl-mexico-fact-sheet-2024\u00a0\u00a0(PDF)”: leave one space.',
    ]);
  });

  it('quotes a wrapped line on one line, without the marks of bold', () => {
    expect(messages('Primera línea\nsegunda  línea')).toEqual([
      '2 spaces in a row in “Primera línea segunda  línea”: leave one space.',
    ]);
    expect(messages('**Reducir la impunidad :** mejorar la justicia.')).toEqual([
      'A space before “:” in “Reducir la impunidad : mejorar la…”: remove it; the mark follows the word directly.',
    ]);
  });

  it('accepts a decimal and a domain name after a space', () => {
    expect(messages('Un aumento de .5 puntos en el sitio .gov y otros.')).toEqual([]);
  });

  it('reads the English source as well as the Spanish translation', () => {
    const document = pageDocument(
      'INL strengthens the security of our  shared border.',
      'La INL fortalece la seguridad de nuestra frontera común.',
    );
    expect(runChecks([document], [spacingCheck], context())).toEqual([
      expect.objectContaining({
        check: 'spacing',
        severity: 'warning',
        lang: 'en',
        file: 'content/en/mexico.md',
        line: 1,
        message: '2 spaces in a row in “…the security of our  shared border.”: leave one space.',
      }),
    ]);
  });

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(spacingCheck)).toEqual([]);
  });
});
