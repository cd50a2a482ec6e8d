import { describe, expect, it } from 'vitest';
import { currencyCheck } from '../../../src/translation/checks/currency.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

const cash = 'Canine units led to the seizure of $12 million in smuggled cash.';

function bareMessage(amount: string): string {
  return `“${amount}” has a bare “$”, which readers in Mexico read as pesos. Write dollar amounts out (“12 millones de dólares”) or as “US$12 millones”.`;
}

const unsaidCurrency =
  'The source has an amount in dollars, and the translation does not say “dólares” (or “US$”). Say which currency it is: “12 millones de dólares”.';

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
    ['written out without the accent', 'Las unidades caninas permitieron el aseguramiento de 12 millones de dolares.'],
    ['marked as USD$', 'Las unidades caninas permitieron el aseguramiento de USD$12 millones en efectivo.'],
    ['marked as U.S.$', 'Las unidades caninas permitieron el aseguramiento de U.S.$12 millones en efectivo.'],
    ['marked as EE. UU.$', 'Las unidades caninas permitieron el aseguramiento de EE. UU.$12 millones en efectivo.'],
    ['marked as EE.UU.$', 'Las unidades caninas permitieron el aseguramiento de EE.UU.$12 millones en efectivo.'],
    [
      'marked as US, with a space before the “$”',
      'Las unidades caninas permitieron el aseguramiento de US $12 millones.',
    ],
    [
      'marked as U.S., with a space before the “$”',
      'Las unidades caninas permitieron el aseguramiento de U.S. $12 millones.',
    ],
    [
      'marked as EE. UU., with a space before the “$”',
      'Las unidades caninas permitieron el aseguramiento de EE. UU. $12 millones.',
    ],
  ])('accepts a dollar amount %s', (_, es) => {
    expect(currencyCheck.check(pageUnit(cash, es), context())).toEqual([]);
  });

  it('accepts a dollar written out in the singular', () => {
    const unit = pageUnit('Each dose was sold for one dollar.', 'Cada dosis se vendía a un dólar.');
    expect(currencyCheck.check(unit, context())).toEqual([]);
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

  it('reports a bare “$” followed by a space', () => {
    const unit = pageUnit(cash, 'Las unidades caninas permitieron el aseguramiento de $ 12 millones en efectivo.');
    expect(currencyCheck.check(unit, context())).toEqual([{ message: bareMessage('$ 12 millones') }]);
  });

  it.each([
    ['a space-grouped amount with no word after it', 'Se aseguraron $12 000 000 (doce millones).', '$12 000 000'],
    ['a grouped amount with cents', 'Se aseguraron $1,234.50 pesos.', '$1,234.50 pesos'],
    ['an amount that ends the text', 'Se aseguró un total de $500', '$500'],
  ])('quotes the bare amount as written: %s', (_, es, amount) => {
    expect(currencyCheck.check(pageUnit(cash, es), context())).toEqual([{ message: bareMessage(amount) }]);
  });

  it('reports a bare “$” even when the same text also marks an amount', () => {
    const unit = pageUnit(cash, 'Se aseguraron US$12 millones y otros $3 millones en efectivo.');
    expect(currencyCheck.check(unit, context())).toEqual([{ message: bareMessage('$3 millones') }]);
  });

  it.each([
    ['“$” and a space', 'Canine units led to the seizure of $ 12 million in smuggled cash.'],
    ['the word “dollar”', 'Each dose was sold for one dollar.'],
    ['the word “dollars”', 'Each dose was sold for twelve dollars.'],
    ['“USD”', 'Each dose was sold for 12 USD.'],
  ])('takes an amount in the source written with %s for dollars', (_, en) => {
    const unit = pageUnit(en, 'Cada dosis se vendía en efectivo.');
    expect(currencyCheck.check(unit, context())).toEqual([{ message: unsaidCurrency }]);
  });

  it('does not ask for a currency when the source has no dollar amount', () => {
    const unit = pageUnit(
      'Canine units seized 12 tons of cocaine.',
      'Las unidades caninas aseguraron 12 toneladas de cocaína.',
    );
    expect(currencyCheck.check(unit, context())).toEqual([]);
  });

  it('checks a translation into any Spanish', () => {
    const unit = pageUnit(cash, '$12 millones en efectivo de contrabando.');
    expect(currencyCheck.check(unit, context({ lang: 'es-MX' }))).toEqual([{ message: bareMessage('$12 millones') }]);
  });
});
