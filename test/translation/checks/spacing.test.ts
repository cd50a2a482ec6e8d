import { describe, expect, it } from 'vitest';
import { spacingCheck } from '../../../src/translation/checks/spacing.ts';
import { runText, shippedFindings } from './fixtures.ts';

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

  it('finds nothing in the shipped page and UI strings', () => {
    expect(shippedFindings(spacingCheck)).toEqual([]);
  });
});
