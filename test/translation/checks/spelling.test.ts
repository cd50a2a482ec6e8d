import { beforeAll, describe, expect, it } from 'vitest';
import type { TextCheck } from '../../../src/translation/checks/check.ts';
import { createSpellingCheck } from '../../../src/translation/checks/spelling.ts';
import { runText, shippedFindings } from './fixtures.ts';

/** What content/words.txt needs for the shipped page and UI strings. */
const projectWords = [
  'fentanilo',
  'metanfetamina',
  'transnacional',
  'transnacionales',
  'intercepción',
  'biométrica',
  'mentoría',
  'biometric',
  'interdictions',
];

describe('spelling', () => {
  let check: TextCheck;
  // Building the Spanish checker reads the whole dictionary: once for the file.
  beforeAll(async () => {
    check = await createSpellingCheck({ words: projectWords });
  });

  it('reports a Spanish typo with suggestions and how to accept a name', () => {
    expect(runText(check, 'La INL brinda capacitacion a los agentes.')).toEqual([
      {
        check: 'spelling',
        severity: 'warning',
        message:
          '“capacitacion” is not in the Spanish dictionary; did you mean “capacitación”? If it is a name or a term, add it to content/words.txt.',
      },
    ]);
  });

  it('reports an English typo in the source', () => {
    const [issue, ...rest] = runText(check, 'The embasy is open to the public.', 'en');
    expect(rest).toEqual([]);
    expect(issue?.message).toMatch(/^“embasy” is not in the English dictionary; did you mean .*“embassy”/);
  });

  it('reports a misspelled word once per text', () => {
    expect(runText(check, 'La capacitacion y la capacitacion.')).toHaveLength(1);
  });

  it('finds nothing in correct Spanish', () => {
    expect(
      runText(check, 'Los Estados Unidos y México trabajan en conjunto para reducir la oferta de drogas ilícitas.'),
    ).toEqual([]);
  });

  it('accepts the project word list, in any capitalization a sentence gives it', () => {
    expect(runText(check, 'El fentanilo y la metanfetamina. Fentanilo en polvo.')).toEqual([]);
    expect(runText(check, 'Biometric information on interdictions.', 'en')).toEqual([]);
  });

  it('skips a phrase marked as English inside Spanish', () => {
    expect(
      runText(
        check,
        'Los agentes del Servicio de Alguaciles de los Estados Unidos (:lang[U.S. Marshals]{lang=en}) trabajan en conjunto.',
      ),
    ).toEqual([]);
    // The same phrase unmarked is read as Spanish.
    expect(
      runText(
        check,
        'Los agentes del Servicio de Alguaciles de los Estados Unidos (U.S. Marshals) trabajan en conjunto.',
      ).map((issue) => issue.message),
    ).toEqual([expect.stringMatching(/^“Marshals” is not in the Spanish dictionary/)]);
  });

  it('skips inline code, words with digits, acronyms, URLs and e-mail addresses', () => {
    expect(runText(check, 'Escriba `npm instal` en la consola.')).toEqual([]);
    expect(
      runText(
        check,
        'La INL y las ONGs, desde el 3er trimestre de 2019 y la COVID-19: https://www.state.gov/inl-mexico, inl-mexico@state.gov o travel.state.gov.',
      ),
    ).toEqual([]);
    expect(runText(check, 'INL’s goals and the U.S.-Mexico border, with INL-trained agents.', 'en')).toEqual([]);
  });

  it('finds nothing in the shipped page and UI strings, English and Spanish, with the project word list', () => {
    expect(shippedFindings(check)).toEqual([]);
  });

  describe('word list', () => {
    let english: TextCheck;
    beforeAll(async () => {
      english = await createSpellingCheck({ languages: ['en'], words: ['geofence/fence'] });
    });

    it('is what makes a term correct', () => {
      expect(runText(english, 'Biometric data.', 'en')).toHaveLength(1);
    });

    it('takes a model word whose endings the entry gets', () => {
      expect(runText(english, 'Geofence and geofences.', 'en')).toEqual([]);
    });

    it('leaves texts in languages it has no dictionary for', () => {
      expect(runText(english, 'La capacitacion.')).toEqual([]);
      expect(runText(english, 'La capacitacion.', 'fr')).toEqual([]);
    });
  });
});
