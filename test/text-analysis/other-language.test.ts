/**
 * Phrases in the other site language that a page leaves unmarked (WCAG
 * 3.1.2): what is flagged, with its language and offsets, what is not, and
 * no warning at all on the real pages.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createOtherLanguageDetector,
  sortedJsonWordList,
  type OtherLanguageDetector,
  type OtherLanguagePhrase,
} from '../../src/text-analysis/other-language.ts';
import { projectRoot } from '../helpers.ts';

let detector: OtherLanguageDetector;

beforeAll(async () => {
  detector = await createOtherLanguageDetector();
});

/** The finding for `phrase` where it first occurs in `text`. */
function at(text: string, phrase: string, lang: string): OtherLanguagePhrase {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return { phrase, lang, start, end: start + phrase.length };
}

/**
 * The prose of a page as the lint plugin hands it over: no front matter, no
 * marked parts (the plugin skips text inside them), no Markdown marks.
 */
function prose(markdown: string, keepMarkedText = false): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/:lang\[([^\]]*)\]\{[^}]*\}/g, keepMarkedText ? '$1' : '')
    .replace(/\{#[\w-]+\}/g, '')
    .replace(/^(?:#{1,6}|\d+\.|[-*]) /gm, '')
    .replace(/\*\*|[*_`]/g, '');
}

async function page(lang: string): Promise<string> {
  return readFile(path.join(projectRoot, `content/${lang}/mexico.md`), 'utf8');
}

describe('in a Spanish text', () => {
  it('flags an English name in parentheses: "U.S." counts as English', () => {
    const text = 'El Servicio de Alguaciles de los Estados Unidos (U.S. Marshals) capacitó a 300 agentes.';
    expect(detector.find(text, 'es')).toEqual([{ phrase: 'U.S. Marshals', lang: 'en', start: 49, end: 62 }]);
  });

  it('flags a long English name as one phrase, its "of" and "and" inside it', () => {
    const text =
      'Con apoyo del Bureau of International Narcotics and Law Enforcement Affairs se capacitó a policías estatales.';
    expect(detector.find(text, 'es')).toEqual([
      { phrase: 'Bureau of International Narcotics and Law Enforcement Affairs', lang: 'en', start: 14, end: 75 },
    ]);
  });

  it('does not flag "Merida Initiative": one English word beside a name is too little evidence', () => {
    // "Merida" is in neither list, so only "Initiative" is English; a single word is never flagged.
    expect(detector.find('La Merida Initiative fortaleció la cooperación en seguridad.', 'es')).toEqual([]);
  });

  it('flags an English name with a capitalized word both languages share ("Federal")', () => {
    const text = 'Agentes del Federal Bureau of Investigation visitaron Monterrey.';
    expect(detector.find(text, 'es')).toEqual([at(text, 'Federal Bureau of Investigation', 'en')]);
  });

  it('does not flag the Spanish name of an office with its English acronym', () => {
    const text =
      'La Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley (INL, por sus siglas en inglés) apoya a México.';
    expect(detector.find(text, 'es')).toEqual([]);
  });

  it('does not flag numbers and amounts', () => {
    expect(detector.find('En 2023 se destinaron 12 millones de dólares.', 'es')).toEqual([]);
  });

  it('does not flag common loanwords such as software, internet and web', () => {
    const text =
      'El software de la plataforma web permite consultar los protocolos por internet, y los peritos descargan el software en línea.';
    expect(detector.find(text, 'es')).toEqual([]);
  });

  it('never flags acronyms in capitals', () => {
    expect(detector.find('Participaron la FGR, la SSPC, la DEA, el FBI, la ATF y el CBP.', 'es')).toEqual([]);
    expect(detector.find('INL DEA FBI ATF CBP HSI', 'es')).toEqual([]);
  });

  it('reads a regional tag by its language', () => {
    const text = 'Agentes de los U.S. Marshals';
    expect(detector.find(text, 'es-MX')).toEqual([at(text, 'U.S. Marshals', 'en')]);
  });
});

describe('in an English text', () => {
  it('flags a Spanish name, its "de la" inside it', () => {
    const text = 'Prosecutors from the Fiscalía General de la República attended.';
    expect(detector.find(text, 'en')).toEqual([
      { phrase: 'Fiscalía General de la República', lang: 'es', start: 21, end: 53 },
    ]);
  });

  it('does not flag place names, possessives or acronyms', () => {
    expect(detector.find("INL supports Mexico's efforts in Mexico City and Guadalajara.", 'en')).toEqual([]);
  });

  it('does not flag words both languages share', () => {
    expect(detector.find('The program funds federal and state police.', 'en')).toEqual([]);
  });

  it('does not flag people and places whose names are Spanish words', () => {
    const text =
      'President Enrique Peña Nieto visited Ciudad Obregón, Piedras Negras, Puerto Peñasco and San Luis Potosí.';
    expect(detector.find(text, 'en-US')).toEqual([]);
  });

  it('ends a phrase at punctuation and at words of the text', () => {
    const text =
      'Officials of the Guardia Nacional, the Secretaría de Marina and the Instituto Nacional de Migración met.';
    expect(detector.find(text, 'en')).toEqual([
      at(text, 'Guardia Nacional', 'es'),
      at(text, 'Instituto Nacional de Migración', 'es'),
    ]);
  });

  it('gives UTF-16 offsets into the text as written, decomposed accents and emoji included', () => {
    const text = '📣 Prosecutors from the Fiscali\u0301a General de la Repu\u0301blica attended.';
    const [found] = detector.find(text, 'en');
    expect(found).toEqual(at(text, 'Fiscali\u0301a General de la Repu\u0301blica', 'es'));
    expect(found?.start).toBe(24);
  });
});

describe('options and languages', () => {
  it('never flags an allowed phrase, compared case-insensitively', () => {
    const spanish = 'El Servicio de Alguaciles de los Estados Unidos (U.S. Marshals) capacitó a 300 agentes.';
    expect(detector.find(spanish, 'es', { allow: ['u.s. marshals'] })).toEqual([]);
    const english = 'The ambassador met President Peña Nieto.';
    expect(detector.find(english, 'en')).toEqual([at(english, 'Peña Nieto', 'es')]);
    expect(detector.find(english, 'en', { allow: ['PEÑA NIETO'] })).toEqual([]);
  });

  it('allows a single word, which leaves too few foreign words for a phrase', () => {
    expect(detector.find('Agentes de los U.S. Marshals', 'es', { allow: ['Marshals'] })).toEqual([]);
  });

  it('returns nothing for a language it does not support', () => {
    expect(detector.find('Les U.S. Marshals ont formé des agents.', 'fr')).toEqual([]);
    expect(detector.find('El Servicio (U.S. Marshals) capacitó a agentes.', '')).toEqual([]);
  });
});

describe('the real pages', () => {
  it('have no unmarked phrase in the other language', async () => {
    expect(detector.find(prose(await page('es')), 'es')).toEqual([]);
    expect(detector.find(prose(await page('en')), 'en')).toEqual([]);
  });

  it('would show the marked English name if it were not marked', async () => {
    const text = prose(await page('es'), true);
    expect(detector.find(text, 'es')).toEqual([at(text, 'U.S. Marshals', 'en')]);
  });
});

describe('bisection over the word lists', () => {
  const require = createRequire(import.meta.url);

  it.each(['an-array-of-english-words', 'an-array-of-spanish-words'])(
    'agrees with the parsed list of %s',
    async (name) => {
      const bytes = await readFile(require.resolve(`${name}/index.json`));
      const words = JSON.parse(bytes.toString('utf8')) as string[];
      // What the bisection relies on: entries sorted by code point, none with a quote, comma, escape or astral character.
      const unsorted = words.filter((word, index) => index > 0 && !((words[index - 1] ?? '') < word));
      const unsafe = words.filter((word) => /["\\,]|[\uD800-\uDFFF]/.test(word));
      expect(unsorted).toEqual([]);
      expect(unsafe).toEqual([]);

      const inList = sortedJsonWordList(bytes);
      const sample = [...words.filter((_, index) => index % 97 === 0), words[0] ?? '', words[words.length - 1] ?? ''];
      expect(sample.filter((word) => !inList(word))).toEqual([]);
      expect(sample.map((word) => `${word}ç`).filter((word) => inList(word))).toEqual([]);
      expect(inList('')).toBe(false);
      expect(inList('~')).toBe(false);
    },
  );
});
