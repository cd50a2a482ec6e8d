import { describe, expect, it } from 'vitest';
import { numbersCheck } from '../../../src/translation/checks/numbers.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

const spain = context({ numberLocales: { es: 'es-ES' } });

function check(en: string, es: string, numberContext = context()) {
  return numbersCheck.check(pageUnit(en, es), numberContext);
}

describe('numbers', () => {
  it('reports 71.000 in a Mexican translation, where it reads as seventy-one, at the translated block', () => {
    const document = pageDocument(
      '## Challenges {#challenges}\n\nOf the more than 71,000 deaths from drug overdoses in the United States in 2019, over half involved synthetic opioids.\n',
      '## Desafíos {#challenges}\n\nDe las más de 71.000 muertes por sobredosis en los Estados Unidos en 2019, más de la mitad se relacionó con opioides.\n',
    );
    expect(runChecks([document], [numbersCheck], context())).toEqual([
      {
        check: 'numbers',
        severity: 'error',
        lang: 'es',
        document: 'mexico',
        unit: 'challenges.2',
        file: 'content/es/mexico.md',
        line: 3,
        column: 1,
        source:
          'Of the more than 71,000 deaths from drug overdoses in the United States in 2019, over half involved synthetic opioids.',
        target:
          'De las más de 71.000 muertes por sobredosis en los Estados Unidos en 2019, más de la mitad se relacionó con opioides.',
        message:
          'Numbers differ from the source (missing 71,000; not in the source: 71). Numbers are read with es-MX conventions, where seventy-one thousand is written 71,000 and three and a half 3.5.',
      },
    ]);
  });

  it('accepts 71,000 in a Mexican translation', () => {
    expect(check('More than 71,000 deaths.', 'Más de 71,000 muertes.')).toEqual([]);
  });

  it('accepts 71.000 when Spanish numbers follow Spain, and then reports 71,000 written the Spain way', () => {
    expect(check('More than 71,000 deaths.', 'Más de 71.000 muertes.', spain)).toEqual([]);
    expect(check('More than 71,000 deaths.', 'Más de 71,000 muertes.', spain)).toEqual([
      {
        message: expect.stringMatching(
          /^Numbers differ from the source \(missing 71\.000; not in the source: 71\)\. Numbers are read with es-ES conventions/,
        ),
      },
    ]);
  });

  it.each([
    ['a percentage', 'approximately 20 percent involved heroin', 'aproximadamente el 20\u00a0%, con la heroína'],
    ['millions', 'a budget of 12 million', 'un presupuesto de 12 millones'],
    ['one million', '1 million visits', '1 millón de visitas'],
    [
      'a dollar amount written out',
      '$12 million in smuggled cash',
      '12 millones de dólares en efectivo de contrabando',
    ],
    ['an English billion', '2 billion doses', '2 mil millones de dosis'],
    ['a decimal', '3.5 tons of cocaine', '3.5 toneladas de cocaína'],
  ])('reads %s by value: “%s” = “%s”', (_, en, es) => {
    expect(check(en, es)).toEqual([]);
  });

  it('reports a scale word translated as another (million as “mil”)', () => {
    expect(check('$12 million in smuggled cash.', '12 mil dólares en efectivo de contrabando.')).toEqual([
      { message: expect.stringContaining('missing 12,000,000; not in the source: 12,000') },
    ]);
  });

  it('reports a changed number', () => {
    expect(
      check(
        'Since 2011, canine units have seized 23 tons of narcotics.',
        'Desde 2011, las unidades caninas han asegurado 32 toneladas de narcóticos.',
      ),
    ).toEqual([{ message: expect.stringContaining('missing 23; not in the source: 32') }]);
  });

  it('reports a year written with a thousands separator, though its value is the same', () => {
    expect(
      check(
        'In 2019, more than half involved synthetic opioids.',
        'En 2,019, más de la mitad se relacionó con opioides sintéticos.',
      ),
    ).toEqual([{ message: '“2,019” is a year in the source (2019): write years without a thousands separator.' }]);
  });

  it('does not take a grouped number that is grouped in the source too for a year', () => {
    expect(check('More than 2,019 officers were trained.', 'Se capacitó a más de 2,019 agentes.')).toEqual([]);
  });
});
