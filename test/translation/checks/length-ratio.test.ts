import { describe, expect, it } from 'vitest';
import { createLengthRatioCheck, lengthRatioCheck } from '../../../src/translation/checks/length-ratio.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageOf } from './units.ts';

/** Sentences of the Mexico page, each with its Spanish, which runs 1.25 to 1.45 times as long. */
const sentences: readonly (readonly [string, string])[] = [
  [
    'INL helps countries deliver justice and fairness by strengthening their police, courts, and corrections systems.',
    'La INL ayuda a los países a impartir justicia con equidad mediante el fortalecimiento de sus cuerpos policiales, sus tribunales y sus sistemas penitenciarios.',
  ],
  [
    'These efforts reduce the amount of crime and illegal drugs reaching U.S. shores.',
    'Estos esfuerzos reducen la cantidad de delitos y de drogas ilegales que llegan a las costas de los Estados Unidos.',
  ],
  [
    'Addressing the security and public health challenges posed by the illegal drug trade requires strong U.S.-Mexico cooperation.',
    'Hacer frente a los desafíos de seguridad y de salud pública que plantea el tráfico ilícito de drogas exige una sólida cooperación entre los Estados Unidos y México.',
  ],
  [
    'Transnational crime undermines border security, disrupts markets, corrupts institutions, and poses grave threats to national security and our partners in the region.',
    'La delincuencia transnacional socava la seguridad fronteriza, perturba los mercados, corrompe a las instituciones y representa graves amenazas para la seguridad nacional y para nuestros socios en la región.',
  ],
  [
    'INL assistance has adapted to emerging threats in both countries and provides a model for sustained security cooperation.',
    'La asistencia de la INL se ha adaptado a las amenazas emergentes en ambos países y constituye un modelo de cooperación sostenida en materia de seguridad.',
  ],
  [
    'Due to INL support, Mexican and U.S. officials share information and work together to dismantle illicit drug trafficking and bring criminals to justice.',
    'Gracias al apoyo de la INL, los funcionarios mexicanos y estadounidenses comparten información y trabajan en conjunto para desarticular las redes de tráfico ilícito de drogas y llevar a los delincuentes ante la justicia.',
  ],
];

/** A translation with a passage its source does not have: 3.4 times as long. */
const padded = [
  'Mexico shares biometric information with U.S. law enforcement.',
  'México comparte información biométrica con los organismos estadounidenses encargados de hacer cumplir la ley para identificar a personas con condenas penales y con órdenes de detención con fines de extradición.',
] as const;

/** A terse translation (0.9 times as long) and a fuller one (1.2 times). */
const terse = ['The embassy is open Monday through Friday.', 'La embajada abre de lunes a viernes.'] as const;
const consular = [
  'Visa interviews take place at the consular section.',
  'Las entrevistas de visa se realizan en la sección consular.',
] as const;

function page(pairs: readonly (readonly [string, string])[]) {
  return pageDocument(pairs.map(([en]) => en).join('\n\n'), pairs.map(([, es]) => es).join('\n\n'));
}

describe('length-ratio', () => {
  it('reports only the translation far longer than the others, measured against them', () => {
    const findings = runChecks([page([...sentences, padded])], [lengthRatioCheck], context());
    expect(findings).toEqual([
      expect.objectContaining({
        check: 'length-ratio',
        severity: 'warning',
        unit: 'intro.7',
        file: 'content/es/mexico.md',
        line: 13,
        message:
          'The translation is 3.4 times as long as the source, where es translations here run 1.4 times: check for a passage left out, repeated, or left untranslated.',
      }),
    ]);
  });

  it('reports a translation far shorter than the others', () => {
    const cut = [
      'Transnational crime undermines border security, disrupts markets, corrupts institutions, and poses grave threats to national security and our partners in the region.',
      'La delincuencia transnacional socava la seguridad fronteriza.',
    ] as const;
    expect(runChecks([page([...sentences, cut])], [lengthRatioCheck], context())).toEqual([
      expect.objectContaining({
        unit: 'intro.7',
        message: expect.stringMatching(
          /^The translation is 0\.4 times as long as the source, where es translations here run 1\.3 times/,
        ),
      }),
    ]);
  });

  it('uses the default ratio when there are too few units to measure one', () => {
    const document = page([sentences[0] ?? ['', ''], padded]);
    expect(runChecks([document], [lengthRatioCheck], context())).toEqual([
      expect.objectContaining({
        unit: 'intro.2',
        message: expect.stringContaining('where es translations here run 1.2 times'),
      }),
    ]);
    expect(runChecks([document], [createLengthRatioCheck({ defaultRatio: 1.8 })], context())).toEqual([]);
  });

  it('measures the typical ratio as the middle one of an odd number of units, from five on', () => {
    const five = [terse, consular, sentences[2] ?? ['', ''], sentences[1] ?? ['', ''], padded] as const;
    expect(runChecks([page(five)], [lengthRatioCheck], context())).toEqual([
      expect.objectContaining({
        unit: 'intro.5',
        message:
          'The translation is 3.4 times as long as the source, where es translations here run 1.3 times: check for a passage left out, repeated, or left untranslated.',
      }),
    ]);
  });

  it('measures the typical ratio as the mean of the two middle ones of an even number of units', () => {
    const six = [terse, consular, sentences[3] ?? ['', ''], sentences[5] ?? ['', ''], sentences[1] ?? ['', ''], padded];
    expect(runChecks([page(six)], [lengthRatioCheck], context())).toEqual([
      expect.objectContaining({
        unit: 'intro.6',
        message:
          'The translation is 3.4 times as long as the source, where es translations here run 1.3 times: check for a passage left out, repeated, or left untranslated.',
      }),
    ]);
  });

  it('reports a ratio beyond twice or half the typical one, not one at it', () => {
    const source = 'INL trains police officers in 32 states.';
    const atTwice = 'La INL capacita a agentes de policía de los 32 estados del país en la investigación de crímenes.';
    expect(source.length * 2.4).toBe(atTwice.length);
    expect(runChecks([page([[source, atTwice]])], [lengthRatioCheck], context())).toEqual([]);

    const longer = 'INL trains police officers and prosecutors in all 32 states.';
    const atHalf = 'La INL capacita policías y fiscales.';
    expect(longer.length * 0.6).toBe(atHalf.length);
    expect(runChecks([page([[longer, atHalf]])], [lengthRatioCheck], context())).toEqual([]);
    expect(runChecks([page([[longer, 'La INL forma a policías y fiscales.']])], [lengthRatioCheck], context())).toEqual(
      [
        expect.objectContaining({
          message: expect.stringMatching(/^The translation is 0\.6 times as long as the source, where es translations/),
        }),
      ],
    );
  });

  it('judges a source of 40 characters and not one of 39', () => {
    const translation =
      'La INL capacita a agentes de policía de los 32 estados del país en investigación criminal y forense.';
    expect(
      runChecks([page([['INL trains police officers in 32 states.', translation]])], [lengthRatioCheck], context()),
    ).toEqual([
      expect.objectContaining({
        unit: 'intro.1',
        message:
          'The translation is 2.5 times as long as the source, where es translations here run 1.2 times: check for a passage left out, repeated, or left untranslated.',
      }),
    ]);
    expect(
      runChecks([page([['INL trains police officers in 32 states', translation]])], [lengthRatioCheck], context()),
    ).toEqual([]);
  });

  it('leaves out stale and missing translations, from the findings and from the typical ratio', () => {
    const units = page([...sentences.slice(0, 4), padded, terse]).units;
    const [first, second, third, fourth, paddedUnit, terseUnit] = units;
    if (!first || !second || !third || !fourth || !paddedUnit || !terseUnit) throw new Error('Expected six units.');
    const { target: _missing, ...untranslated } = terseUnit;
    const document = pageOf([
      first,
      second,
      third,
      fourth,
      { ...paddedUnit, status: 'stale' },
      { ...untranslated, status: 'missing' },
    ]);
    expect(runChecks([document], [lengthRatioCheck], context())).toEqual([]);
    // With the stale one left in, it would be an outlier.
    expect(runChecks([pageOf([first, second, third, fourth, paddedUnit])], [lengthRatioCheck], context())).toHaveLength(
      1,
    );
  });

  it('has defaults of 40 characters, twice or half, and 1.2 when it cannot measure', () => {
    const check = createLengthRatioCheck();
    expect(runChecks([page([sentences[0] ?? ['', ''], padded])], [check], context())).toEqual([
      expect.objectContaining({
        check: 'length-ratio',
        severity: 'warning',
        unit: 'intro.2',
        message:
          'The translation is 3.4 times as long as the source, where es translations here run 1.2 times: check for a passage left out, repeated, or left untranslated.',
      }),
    ]);
    expect(
      runChecks([pageDocument('## Goals {#goals}', '## Objetivos de la INL en México {#goals}')], [check], context()),
    ).toEqual([]);
  });

  it('takes the shortest source it judges and the outlier factor as options', () => {
    const goals = pageDocument('## Goals {#goals}', '## Objetivos de la INL en México {#goals}');
    expect(runChecks([goals], [createLengthRatioCheck({ minLength: 5 })], context())).toEqual([
      expect.objectContaining({ unit: 'goals.1', message: expect.stringMatching(/^The translation is 5\.8 times/) }),
    ]);
    expect(runChecks([goals], [createLengthRatioCheck({ minLength: 6 })], context())).toEqual([]);
    expect(
      runChecks([page([sentences[0] ?? ['', ''], padded])], [createLengthRatioCheck({ factor: 3 })], context()),
    ).toEqual([]);
  });

  it('does not judge texts too short to measure', () => {
    expect(
      runChecks(
        [pageDocument('## Goals {#goals}', '## Objetivos de la INL en México {#goals}')],
        [lengthRatioCheck],
        context(),
      ),
    ).toEqual([]);
  });
});
