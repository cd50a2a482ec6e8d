import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/translation/numbers.ts';

describe('numbers by value', () => {
  it.each([
    ['more than 71,000 deaths in 2019', 'en', [71000, 2019]],
    ['más de 71,000 muertes en 2019', 'es-MX', [71000, 2019]],
    ['más de 71.000 muertes en 2019', 'es-ES', [71000, 2019]],
    ['más de 71 000 muertes', 'fr', [71000]],
    ['approximately 20 percent', 'en', [20]],
    ['aproximadamente el 20\u00a0%', 'es-MX', [20]],
    ['$12 million in smuggled cash', 'en', [12e6]],
    ['12 millones de dólares', 'es-MX', [12e6]],
    ['2 billion', 'en', [2e9]],
    ['2 mil millones', 'es-MX', [2e9]],
    ['3.5 tons', 'en', [3.5]],
    ['3,5 toneladas', 'es-ES', [3.5]],
    ['in 2019, 2020 and 2021.', 'en', [2019, 2020, 2021]],
    ['No numbers here.', 'en', []],
  ])('%s (%s)', (text, locale, expected) => {
    expect(extractNumbers(text, locale)).toEqual(expected);
  });

  it('reads 71.000 as 71 under Mexican conventions, so a Spain-style number is caught', () => {
    expect(extractNumbers('71.000', 'es-MX')).toEqual([71]);
  });
});
