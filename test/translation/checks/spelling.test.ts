import { beforeAll, describe, expect, it } from 'vitest';
import type { TextCheck } from '../../../src/translation/checks/check.ts';
import { createSpellingCheck } from '../../../src/translation/checks/spelling.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { runText, shippedFindings } from './fixtures.ts';
import { context, pageDocument } from './units.ts';

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
  'JavaScript',
];

describe('spelling', () => {
  let check: TextCheck;
  // Building the Spanish checker reads the whole dictionary: once for the file.
  beforeAll(async () => {
    check = await createSpellingCheck({ words: projectWords });
  });

  function messages(text: string, lang = 'es'): string[] {
    return runText(check, text, lang).map((issue) => issue.message);
  }

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

  it('suggests at most three words, the last after “or”, and none when it has none', () => {
    expect(messages('Teh embassy is open.', 'en')).toEqual([
      '“Teh” is not in the English dictionary; did you mean “Ten”, “Eh” or “Meh”? If it is a name or a term, add it to content/words.txt.',
    ]);
    expect(messages('Bilateral cooperaton.', 'en')).toEqual([
      '“cooperaton” is not in the English dictionary; did you mean “cooperation” or “cooperator”? If it is a name or a term, add it to content/words.txt.',
    ]);
    expect(messages('La oficina Xqzvtlk.')).toEqual([
      '“Xqzvtlk” is not in the Spanish dictionary. If it is a name or a term, add it to content/words.txt.',
    ]);
  });

  it('reports a typo in parentheses or quotes', () => {
    expect(messages('Los agentes (capacitacion) y la «asistensia».')).toEqual([
      '“capacitacion” is not in the Spanish dictionary; did you mean “capacitación”? If it is a name or a term, add it to content/words.txt.',
      '“asistensia” is not in the Spanish dictionary; did you mean “asistencia”? If it is a name or a term, add it to content/words.txt.',
    ]);
  });

  it('reads a language with a region by its dictionary', () => {
    expect(messages('La INL brinda capacitacion.', 'es-MX')).toEqual([
      '“capacitacion” is not in the Spanish dictionary; did you mean “capacitación”? If it is a name or a term, add it to content/words.txt.',
    ]);
    expect(messages('The embasy is open.', 'EN-us')).toEqual([
      expect.stringMatching(/^“embasy” is not in the English dictionary; did you mean .*“embassy”/),
    ]);
  });

  it('reads the English source as well as the Spanish translation', () => {
    const document = pageDocument('The embasy is open to the public.', 'La embajada está abierta al público.');
    expect(runChecks([document], [check], context())).toEqual([
      expect.objectContaining({
        check: 'spelling',
        severity: 'warning',
        lang: 'en',
        file: 'content/en/mexico.md',
        message: expect.stringMatching(/^“embasy” is not in the English dictionary/),
      }),
    ]);
  });

  it('finds nothing in a text that is only an address or code', () => {
    expect(messages('https://www.state.gov/inl-mexico')).toEqual([]);
    expect(messages('`npm instal`')).toEqual([]);
  });

  it('skips addresses whole, and still reads the words around them', () => {
    expect(
      messages(
        'Vea http://www.state.gov/inl-mexico, mailto:inl-mexico@state.gov, www.state.gov/inl-mexico o inl.mexico+prensa@state.gov.',
      ),
    ).toEqual([]);
    expect(messages('La asistensia responde en inl-mexico@state.gov y en travel.state.gov.')).toEqual([
      expect.stringMatching(/^“asistensia” is not in the Spanish dictionary/),
    ]);
    expect(messages('Vea travel.state.gov. La asistensia.')).toEqual([
      expect.stringMatching(/^“asistensia” is not in the Spanish dictionary/),
    ]);
    expect(messages('Escriba a consular-mx@mx.state.gov para la cita.')).toEqual([]);
    expect(messages('Escriba a inl-mexico@state.gov o consulte la asistensia en travel.state.gov.')).toEqual([
      expect.stringMatching(/^“asistensia” is not in the Spanish dictionary/),
    ]);
  });

  it('skips a word with digits whole, and still reads the words around it', () => {
    expect(messages('Descargue el archivo en formato mp4.')).toEqual([]);
    expect(messages('La asistensia llegó en 2019.')).toEqual([
      expect.stringMatching(/^“asistensia” is not in the Spanish dictionary/),
    ]);
    expect(messages('En 2019 llegó la asistensia.')).toEqual([
      expect.stringMatching(/^“asistensia” is not in the Spanish dictionary/),
    ]);
  });

  it('skips an acronym with its plural, and not a lowercase letter alone', () => {
    expect(messages('Las ONG’s de México.')).toEqual([]);
    expect(messages('Dijo q vendría.')).toEqual([
      '“q” is not in the Spanish dictionary; did you mean “a”, “e” or “o”? If it is a name or a term, add it to content/words.txt.',
    ]);
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

    it('takes several words on one line', async () => {
      const names = await createSpellingCheck({ languages: ['en'], words: ['Tlatelolco  Xochimilco\tAzcapotzalco'] });
      expect(runText(names, 'From Tlatelolco to Xochimilco and Azcapotzalco.', 'en')).toEqual([]);
      expect(runText(english, 'From Tlatelolco to Xochimilco.', 'en')).toHaveLength(2);
    });

    it('loads no dictionary for a language it has none for, and still checks the others', async () => {
      const withFrench = await createSpellingCheck({ languages: ['en', 'fr'] });
      expect(runText(withFrench, 'La capacitacion.', 'fr')).toEqual([]);
      expect(runText(withFrench, 'The embasy is open.', 'en')).toHaveLength(1);
    });

    it('leaves texts in languages it has no dictionary for', () => {
      expect(runText(english, 'La capacitacion.')).toEqual([]);
      expect(runText(english, 'La capacitacion.', 'fr')).toEqual([]);
    });
  });
});
