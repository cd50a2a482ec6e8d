import { describe, expect, it } from 'vitest';
import { numbersCheck } from '../../../src/translation/checks/numbers.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

const spain = context({ numberLocales: { es: 'es-ES' } });

/** The message's closing sentence under Mexican conventions. */
const mexican =
  'Numbers are read with es-MX conventions, where seventy-one thousand is written 71,000 and three and a half 3.5.';

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
    [
      'a decimal billion written as millions',
      'Mexico received $1.07 billion in assistance',
      'México recibió 1,070 millones de dólares en asistencia',
    ],
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

  it('reports a number the translation drops, and only that', () => {
    expect(
      check(
        'Since 2011, canine units have seized 23 tons of narcotics.',
        'Desde 2011, las unidades caninas han asegurado toneladas de narcóticos.',
      ),
    ).toEqual([{ message: `Numbers differ from the source (missing 23). ${mexican}` }]);
  });

  it('reports a number the translation adds, and only that', () => {
    expect(
      check(
        'Canine units have seized tons of narcotics.',
        'Las unidades caninas han asegurado 23 toneladas de narcóticos.',
      ),
    ).toEqual([{ message: `Numbers differ from the source (not in the source: 23). ${mexican}` }]);
  });

  it('lists every number dropped and every number added, in the order of their texts', () => {
    expect(
      check(
        'In 2019, 23 tons and 71,000 doses were seized in 12 states.',
        'En 2019 se aseguraron 32 toneladas y 17,000 dosis en los estados.',
      ),
    ).toEqual([
      {
        message: `Numbers differ from the source (missing 23, 71,000, 12; not in the source: 32, 17,000). ${mexican}`,
      },
    ]);
  });

  it('writes the numbers of its message with up to six decimals', () => {
    expect(
      check('The rate rose to 21.6157 per 100,000 people.', 'La tasa subió a 21.6 por cada 100,000 personas.'),
    ).toEqual([{ message: expect.stringContaining('(missing 21.6157; not in the source: 21.6)') }]);
  });

  it('reads numbers of a source in Spanish the Spanish way', () => {
    const intoEnglish = context({ sourceLanguage: 'es', lang: 'en', numberLocales: { es: 'es-ES' } });
    expect(check('Más de 71.000 muertes.', 'More than 71,000 deaths.', intoEnglish)).toEqual([]);
  });

  it.each([
    ['1000', 'In 1000, the city was founded.', 'En 1,000 se fundó la ciudad.', '1,000'],
    ['2999', 'The plan runs until 2999.', 'El plan dura hasta 2,999.', '2,999'],
  ])('reports %s, at the edge of the years it knows, written with a separator', (year, en, es, raw) => {
    expect(check(en, es)).toEqual([
      { message: `“${raw}” is a year in the source (${year}): write years without a thousands separator.` },
    ]);
  });

  it('does not take a number past 2999 for a year', () => {
    expect(check('More than 3000 officers were trained.', 'Se capacitó a más de 3,000 agentes.')).toEqual([]);
  });

  it('reports a year written the Spain way when Spanish numbers follow Spain', () => {
    expect(check('In 2019, more than half.', 'En 2.019, más de la mitad.', spain)).toEqual([
      { message: '“2.019” is a year in the source (2019): write years without a thousands separator.' },
    ]);
  });
});
