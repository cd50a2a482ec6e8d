import { describe, expect, it } from 'vitest';
import { extractNumbers, numberTokens } from '../../src/translation/numbers.ts';

// Each locale's first reading below has both separators, thousands and decimal.
describe('separators of each locale', () => {
  it.each([
    ['en', 'more than 71,000 deaths, 3.5 tons and 1,234,567.25 pesos in 2019', [71000, 3.5, 1234567.25, 2019]],
    ['es-MX', 'más de 71,000 muertes, 3.5 toneladas y 1,234,567.25 pesos en 2019', [71000, 3.5, 1234567.25, 2019]],
    ['es-ES', 'más de 71.000 muertes, 3,5 toneladas y 1.234.567,25 pesos en 2019', [71000, 3.5, 1234567.25, 2019]],
    ['fr', 'plus de 71 000 morts, 3,5 tonnes et 1 234 567,25 pesos en 2019', [71000, 3.5, 1234567.25, 2019]],
  ])('reads thousands and decimals the %s way', (locale, text, expected) => {
    expect(extractNumbers(text, locale)).toEqual(expected);
  });

  it('reads a number written the other way as two numbers', () => {
    expect(extractNumbers('3,5 toneladas', 'es-MX')).toEqual([3, 5]);
    expect(extractNumbers('3.5 toneladas', 'de-DE')).toEqual([3, 5]);
  });

  it('accepts a space, a no-break space or a narrow no-break space as a thousands separator where space groups', () => {
    expect(extractNumbers('71 000, 72\u00a0000 et 73\u202f000', 'fr-FR')).toEqual([71000, 72000, 73000]);
  });

  it('uses the separator of locales that group with neither a comma nor a space', () => {
    expect(extractNumbers("71'000 Fälle und 3.5 Tonnen", 'de-CH')).toEqual([71000, 3.5]);
  });
});

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

  it('does not read digits inside a word as a number', () => {
    expect(extractNumbers('H1N1 and COVID-19 in 2020', 'en')).toEqual([19, 2020]);
  });
});

describe('scale words', () => {
  it.each([
    ['en', 'trillion', 1e12],
    ['en', 'billion', 1e9],
    ['en', 'million', 1e6],
    ['en', 'thousand', 1e3],
    ['es-MX', 'billones', 1e12],
    ['es-MX', 'billón', 1e12],
    ['es-MX', 'billon', 1e12],
    ['es-MX', 'mil millones', 1e9],
    ['es-MX', 'millones', 1e6],
    ['es-MX', 'millón', 1e6],
    ['es-MX', 'mil', 1e3],
  ])('reads %s “%s” as × %d', (locale, word, scale) => {
    expect(extractNumbers(`12 ${word} pesos`, locale)).toEqual([12 * scale]);
    // Across a line break and indentation, as in a wrapped source line.
    expect(extractNumbers(`12\n   ${word.replace(' ', '\n   ')} pesos`, locale)).toEqual([12 * scale]);
  });

  it.each([
    ['en', 'In 2019, 12 trillion', [2019, 12e12]],
    ['en', 'In 2019, 12 billion', [2019, 12e9]],
    ['en', 'In 2019, 12 million', [2019, 12e6]],
    ['en', 'In 2019, 12 thousand', [2019, 12e3]],
    ['es-MX', 'En 2019, 12 billones', [2019, 12e12]],
    ['es-MX', 'En 2019, 1 billón', [2019, 1e12]],
    ['es-MX', 'En 2019, 1 billon', [2019, 1e12]],
    ['es-MX', 'En 2019, 12 mil millones', [2019, 12e9]],
    ['es-MX', 'En 2019, 12 millones', [2019, 12e6]],
    ['es-MX', 'En 2019, 12 mil', [2019, 12e3]],
  ])('applies a scale word to the number right before it only (%s “%s”)', (locale, text, expected) => {
    expect(extractNumbers(text, locale)).toEqual(expected);
  });

  it('reads a scale word after a decimal', () => {
    expect(extractNumbers('3.5 million', 'en')).toEqual([3.5e6]);
    expect(extractNumbers('3,5 millones', 'es-ES')).toEqual([3.5e6]);
  });

  it('reads a decimal with a scale word as the same value as the number written out', () => {
    expect(extractNumbers('$1.07 billion and 2.01 million doses', 'en')).toEqual([1_070_000_000, 2_010_000]);
    expect(extractNumbers('1,070 millones de dólares y 2,010,000 dosis', 'es-MX')).toEqual([1_070_000_000, 2_010_000]);
  });

  it('reads scale words whatever their case', () => {
    expect(extractNumbers('12 Million', 'en')).toEqual([12e6]);
    expect(extractNumbers('12 MILLONES', 'es-MX')).toEqual([12e6]);
  });

  it('does not take a word that begins like a scale word for one', () => {
    expect(extractNumbers('12 millionaires and 3 thousandths', 'en')).toEqual([12, 3]);
    expect(extractNumbers('12 milicianos y 3 millonarios', 'es-MX')).toEqual([12, 3]);
  });

  it('reads only the scale words of the text’s language', () => {
    expect(extractNumbers('12 mil pesos', 'en')).toEqual([12]);
    expect(extractNumbers('12 million', 'es-MX')).toEqual([12]);
    expect(extractNumbers('12 millions', 'fr')).toEqual([12]);
  });
});

describe('number tokens', () => {
  it('gives each number as written, by value, and whether it has a thousands separator', () => {
    expect(numberTokens('En 2019, 71,000 muertes, 3.5 toneladas y 12 millones de dólares', 'es-MX')).toEqual([
      { raw: '2019', value: 2019, grouped: false },
      { raw: '71,000', value: 71000, grouped: true },
      { raw: '3.5', value: 3.5, grouped: false },
      { raw: '12', value: 12e6, grouped: false },
    ]);
  });

  it('marks a number grouped with the locale’s separator, a dot in Spain and a space in France', () => {
    expect(numberTokens('2.019 y 2019,5', 'es-ES')).toEqual([
      { raw: '2.019', value: 2019, grouped: true },
      { raw: '2019,5', value: 2019.5, grouped: false },
    ]);
    expect(numberTokens('2\u202f019', 'fr')).toEqual([{ raw: '2\u202f019', value: 2019, grouped: true }]);
  });
});
