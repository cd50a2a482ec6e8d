import { describe, expect, it } from 'vitest';
import { currencyCheck } from '../../../src/translation/checks/currency.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

const cash = 'Canine units led to the seizure of $12 million in smuggled cash.';

describe('currency', () => {
  it('reports a bare “$”, which reads as pesos in Mexico, at the translated list item', () => {
    const document = pageDocument(
      `## Accomplishments {#accomplishments}\n\n- **Canines:** ${cash}\n`,
      '## Logros {#accomplishments}\n\n- **Unidades caninas:** $12 millones en efectivo de contrabando.\n',
    );
    expect(runChecks([document], [currencyCheck], context())).toEqual([
      expect.objectContaining({
        check: 'currency',
        severity: 'error',
        unit: 'accomplishments.2',
        file: 'content/es/mexico.md',
        line: 3,
        target: 'Unidades caninas: $12 millones en efectivo de contrabando.',
        message:
          '“$12 millones” has a bare “$”, which readers in Mexico read as pesos. Write dollar amounts out (“12 millones de dólares”) or as “US$12 millones”.',
      }),
    ]);
  });

  it('reports a bare “$” after a word, in the middle of a sentence', () => {
    const unit = pageUnit(
      cash,
      'Las unidades caninas permitieron el aseguramiento de $12 millones de dólares en efectivo.',
    );
    expect(currencyCheck.check(unit, context())).toEqual([
      { message: expect.stringMatching(/^“\$12 millones” has a bare “\$”/) },
    ]);
  });

  it.each([
    ['written out', 'Las unidades caninas permitieron el aseguramiento de 12 millones de dólares en efectivo.'],
    ['marked as US$', 'Las unidades caninas permitieron el aseguramiento de US$12 millones en efectivo.'],
    ['marked as USD', 'Las unidades caninas permitieron el aseguramiento de USD 12 millones en efectivo.'],
  ])('accepts a dollar amount %s', (_, es) => {
    expect(currencyCheck.check(pageUnit(cash, es), context())).toEqual([]);
  });

  it('reports a dollar amount whose translation does not say which currency it is', () => {
    const unit = pageUnit(cash, 'Las unidades caninas permitieron el aseguramiento de 12 millones en efectivo.');
    expect(currencyCheck.check(unit, context())).toEqual([
      {
        message:
          'The source has an amount in dollars, and the translation does not say “dólares” (or “US$”). Say which currency it is: “12 millones de dólares”.',
      },
    ]);
  });

  it('checks stale translations too: an amount is wrong whatever the rest of the text', () => {
    const document = pageDocument(cash, '$12 millones en efectivo de contrabando.', { status: 'stale' });
    expect(runChecks([document], [currencyCheck], context())).toEqual([
      expect.objectContaining({ check: 'currency', unit: 'intro.1' }),
    ]);
  });

  it('does not check a translation into English, where “$” is the dollar', () => {
    const unit = pageUnit(
      'Se aseguraron 12 millones de dólares en efectivo.',
      'Canine units seized $12 million in cash.',
    );
    const intoEnglish = context({ sourceLanguage: 'es', lang: 'en' });
    expect(currencyCheck.check(unit, intoEnglish)).toEqual([]);
    expect(currencyCheck.check(unit, context())).toHaveLength(1);
  });
});
