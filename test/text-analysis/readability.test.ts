/**
 * Readability measures for authors (WCAG 3.1.5, Plain Writing Act): Spanish
 * syllables, sentence splitting around abbreviations, the two formulas, and
 * both measures on the real Mexico page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  defaultMaxSentenceWords,
  fernandezHuertaInterpretation,
  fleschKincaidInterpretation,
  longSentences,
  readability,
  readabilityLanguage,
  splitSentences,
} from '../../src/text-analysis/readability.ts';
import { projectRoot } from '../helpers.ts';

const texts = (text: string, lang = 'en') => splitSentences(text, lang).map((sentence) => sentence.text);

describe('readabilityLanguage', () => {
  it('takes the primary subtag of English and Spanish tags, regional or not', () => {
    expect(['en', 'en-US', 'EN-gb', 'es', 'es-MX', 'es-419', 'es_ES'].map(readabilityLanguage)).toEqual([
      'en',
      'en',
      'en',
      'es',
      'es',
      'es',
      'es',
    ]);
  });

  it('supports no other language', () => {
    expect(['fr', 'pt-BR', 'eng', ''].map(readabilityLanguage)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('countSyllables in Spanish', () => {
  // Counts by the standard Spanish division (RAE, Ortografía 2010).
  const known: Record<string, number> = {
    país: 2, // pa-ís: accented weak vowel, hiatus
    ciudad: 2, // ciu-dad: two weak vowels, diphthong
    aéreo: 4, // a-é-re-o: strong + strong, hiatus twice
    Guadalajara: 5, // Gua-da-la-ja-ra: “gua”, the u is pronounced
    seguridad: 4, // se-gu-ri-dad
    narcóticos: 4,
    actualmente: 4, // ac-tual-men-te
    fortalecer: 4,
    día: 2,
    reír: 2,
    buey: 1, // triphthong with final y
    Uruguay: 3, // U-ru-guay
    guerra: 2, // silent u in “gue”
    pingüino: 3, // pin-güi-no: ü is pronounced
    aplicación: 4, // a-pli-ca-ción
    cooperación: 5, // co-o-pe-ra-ción
    extradiciones: 5,
    río: 2,
    hoy: 1, // final y is a glide
    instituciones: 5,
    policía: 4, // po-li-cí-a
    averiguáis: 4, // a-ve-ri-guáis: triphthong
    muy: 1,
    estadounidenses: 6, // es-ta-dou-ni-den-ses
    heroína: 4, // he-ro-í-na
    leyes: 2, // le-yes: y before a vowel is a consonant
    quién: 1, // silent u in “qui”
    vergüenza: 3, // ver-güen-za
    chiita: 3, // chi-i-ta: the same weak vowel twice
    búho: 2, // bú-ho
    y: 1,
    México: 3,
    Paraguay: 3,
  };

  for (const [word, syllables] of Object.entries(known)) {
    it(`${word} has ${syllables}`, () => {
      expect(countSyllables(word, 'es')).toBe(syllables);
    });
  }

  it('ignores case and accepts regional tags', () => {
    expect(countSyllables('GUERRA', 'es-MX')).toBe(2);
    expect(countSyllables('País', 'es-419')).toBe(2);
  });

  it('counts the parts of a hyphenated word', () => {
    expect(countSyllables('franco-mexicano', 'es')).toBe(6);
  });

  it('gives a word without vowels one syllable', () => {
    expect(countSyllables('km', 'es')).toBe(1);
  });
});

describe('countSyllables in English and for numbers', () => {
  it('uses the syllable package for English words', () => {
    expect(
      ['cat', 'water', 'beautiful', 'international', 'application'].map((word) => countSyllables(word, 'en-US')),
    ).toEqual([1, 2, 3, 5, 4]);
    expect(countSyllables('Mexico’s', 'en')).toBe(3);
  });

  it('counts a number as one syllable per digit, in either language', () => {
    expect(countSyllables('71,000', 'en')).toBe(5);
    expect(countSyllables('2019', 'es')).toBe(4);
    expect(countSyllables('20.5', 'en')).toBe(3);
  });

  it('throws for a language it has no counter for', () => {
    expect(() => countSyllables('bonjour', 'fr')).toThrow(RangeError);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at “U.S.” before a name or a lower-case word', () => {
    expect(texts('The U.S. Marshals work here. Drugs reach U.S. shores. Next sentence.')).toEqual([
      'The U.S. Marshals work here.',
      'Drugs reach U.S. shores.',
      'Next sentence.',
    ]);
  });

  it('ends a sentence at “U.S.” before a common sentence opener', () => {
    expect(texts('It is made in the U.S. The rest is not.')).toEqual(['It is made in the U.S.', 'The rest is not.']);
  });

  it('does not end a sentence at “e.g.”, “Mr.” or “No. 5”', () => {
    expect(texts('Use plain words, e.g. Help. Mr. Smith came. Room No. 5 is here.')).toEqual([
      'Use plain words, e.g. Help.',
      'Mr. Smith came.',
      'Room No. 5 is here.',
    ]);
  });

  it('does not end a sentence at “EE. UU.”, in or out of parentheses', () => {
    expect(texts('Los Estados Unidos (EE. UU.) trabajan. En EE. UU. hay leyes. Otra.', 'es')).toEqual([
      'Los Estados Unidos (EE. UU.) trabajan.',
      'En EE. UU. hay leyes.',
      'Otra.',
    ]);
  });

  it('does not end a sentence at Spanish titles or “p. ej.”', () => {
    expect(texts('Vino el Sr. García y la Dra. Pérez. Ver pág. 5 y, p. ej. México.', 'es')).toEqual([
      'Vino el Sr. García y la Dra. Pérez.',
      'Ver pág. 5 y, p. ej. México.',
    ]);
  });

  it('keeps decimals and thousands separators inside the sentence and the word', () => {
    const sentences = splitSentences('It cost 20.5 dollars or 1,000.50 pesos. Of 71,000 deaths, half.', 'en');
    expect(sentences.map((sentence) => [sentence.text, sentence.words])).toEqual([
      ['It cost 20.5 dollars or 1,000.50 pesos.', 7],
      ['Of 71,000 deaths, half.', 4],
    ]);
  });

  it('ends a sentence at an ellipsis before a capital, not before a lower-case word', () => {
    expect(texts('It ended… Then more. Wait... What? Wait… and so on.')).toEqual([
      'It ended…',
      'Then more.',
      'Wait...',
      'What?',
      'Wait… and so on.',
    ]);
  });

  it('ends sentences at ?, ! and the Spanish ¿…? and ¡…!', () => {
    expect(texts('Why? Yes! ¿Qué pasa? ¡Nada! Fin.', 'es')).toEqual(['Why?', 'Yes!', '¿Qué pasa?', '¡Nada!', 'Fin.']);
  });

  it('keeps a question followed by a lower-case word in the sentence', () => {
    expect(texts('“¿Vienes?” —preguntó. Sí.', 'es')).toEqual(['“¿Vienes?” —preguntó.', 'Sí.']);
  });

  it('keeps closing quotes and parentheses with the sentence they end', () => {
    expect(texts('He said “stop.” Then left. (This too.) He said "go." End.')).toEqual([
      'He said “stop.”',
      'Then left.',
      '(This too.)',
      'He said "go."',
      'End.',
    ]);
  });

  it('keeps a text without final punctuation', () => {
    expect(texts('One sentence. And a last one without a period')).toEqual([
      'One sentence.',
      'And a last one without a period',
    ]);
  });

  it('ends a sentence at a blank line and joins wrapped lines', () => {
    expect(texts('Challenges\n\nA sentence that is\nwrapped. Another.\nThird one.')).toEqual([
      'Challenges',
      'A sentence that is\nwrapped.',
      'Another.',
      'Third one.',
    ]);
  });

  it('treats “1.” at the start of a line as a list marker', () => {
    expect(texts('Goals:\n\n1. Reduce it. Then more.\n2. Secure it.')).toEqual([
      'Goals:',
      '1. Reduce it.',
      'Then more.',
      '2. Secure it.',
    ]);
  });

  it('gives offsets into the input text', () => {
    const text = '  First one.  Second (U.S.) one!\n\n¿Tercera?  ';
    const sentences = splitSentences(text, 'es');
    expect(sentences.map((sentence) => [sentence.start, sentence.end])).toEqual([
      [2, 12],
      [14, 32],
      [34, 43],
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('counts initialisms, apostrophes and hyphenated words as one word', () => {
    expect(splitSentences('Mexico’s INL-trained U.S.-Mexico teams don’t stop.', 'en')[0]?.words).toBe(6);
  });

  it('skips stretches without words', () => {
    expect(splitSentences('... ¡! \n\n —', 'es')).toEqual([]);
    expect(splitSentences('', 'en')).toEqual([]);
  });
});

describe('longSentences', () => {
  const text = 'One two three. One two three four five six. Short.';

  it('returns the sentences over the limit', () => {
    expect(longSentences(text, 'en', 3).map((sentence) => sentence.text)).toEqual(['One two three four five six.']);
    expect(longSentences(text, 'en', 6)).toEqual([]);
  });

  it('uses the plain-language default limit', () => {
    expect(defaultMaxSentenceWords).toBe(25);
    const long = `${Array.from({ length: 26 }, () => 'word').join(' ')}.`;
    const limit = `${Array.from({ length: 25 }, () => 'word').join(' ')}.`;
    expect(longSentences(`${long} ${limit}`, 'en')).toHaveLength(1);
  });
});

describe('readability', () => {
  it('computes the Flesch–Kincaid grade for English', () => {
    // 6 words, 1 sentence, 14 syllables: 0.39·6 + 11.8·14/6 − 15.59 = 14.28
    expect(readability('The committee reviewed the application carefully.', 'en-US')).toEqual({
      lang: 'en',
      sentences: 1,
      words: 6,
      syllables: 14,
      wordsPerSentence: 6,
      measure: 'flesch-kincaid-grade',
      score: 14.3,
      interpretation: 'grade 14 (college)',
      exceedsLowerSecondary: true,
    });
  });

  it('computes the Fernández-Huerta score for Spanish', () => {
    // 6 words, 2 sentences, 10 syllables (el, ga-to, co-me, el, pe-rro, co-rre):
    // 206.84 − 0.60·(100·10/6) − 1.02·(6/2) = 103.78
    expect(readability('El gato come. El perro corre.', 'es-MX')).toEqual({
      lang: 'es',
      sentences: 2,
      words: 6,
      syllables: 10,
      wordsPerSentence: 3,
      measure: 'fernandez-huerta',
      score: 103.8,
      interpretation: 'muy fácil',
      exceedsLowerSecondary: false,
    });
  });

  it('scores longer sentences as harder in Spanish', () => {
    const short = readability('El gato come. El perro corre.', 'es');
    const long = readability('El gato come, el perro corre.', 'es');
    expect(long?.score).toBeLessThan(short?.score ?? 0);
  });

  it('is undefined for an unsupported language or a text without words', () => {
    expect(readability('Bonjour tout le monde.', 'fr')).toBeUndefined();
    expect(readability('', 'en')).toBeUndefined();
    expect(readability(' … ¿? ', 'es')).toBeUndefined();
  });

  it('names U.S. school grades', () => {
    expect([-2.6, 0.4, 3.3, 9.4, 9.5, 12.4, 14.3, 18.5].map(fleschKincaidInterpretation)).toEqual([
      'below grade 1',
      'below grade 1',
      'grade 3',
      'grade 9',
      'grade 10',
      'grade 12',
      'grade 14 (college)',
      'grade 19 (graduate school)',
    ]);
  });

  it('names the bands of the Fernández-Huerta table in Spanish', () => {
    expect([103.8, 95, 85, 75, 65, 55, 40, 29.9, -5].map(fernandezHuertaInterpretation)).toEqual([
      'muy fácil',
      'muy fácil',
      'fácil',
      'bastante fácil',
      'normal',
      'bastante difícil',
      'difícil',
      'muy difícil',
      'muy difícil',
    ]);
  });
});

describe('readability of the Mexico page', () => {
  /** The page's prose without front matter or Markdown markup; headings stay as their own paragraphs. */
  async function pageText(lang: string): Promise<string> {
    const markdown = await readFile(path.join(projectRoot, `content/${lang}/mexico.md`), 'utf8');
    return markdown
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/:lang\[([^\]]*)\]\{[^}]*\}/g, '$1')
      .replace(/\s*\{#[\w-]+\}/g, '')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/^(?:\d+\.|[-*+])\s+/gm, '')
      .replace(/\*\*/g, '');
  }

  // Sentences counted by reading each file: intro 3; heading “Challenges” 1,
  // its paragraph 5; heading “Goals” 1, its paragraph 3 (the last one ends in
  // a colon before the list); the 5 goals 6 (the second has two sentences);
  // heading “Accomplishments” 1, its paragraph 3; the 3 accomplishments 4 (the
  // second has two). The Spanish splits three long sentences: the intro has
  // 4, the “Goals” paragraph 4, and the third accomplishment 3.
  const sentencesOnPage = { en: 27, es: 31 };

  it('has the sentences a reader counts, in both languages', async () => {
    expect(splitSentences(await pageText('en'), 'en')).toHaveLength(sentencesOnPage.en);
    expect(splitSentences(await pageText('es'), 'es')).toHaveLength(sentencesOnPage.es);
  });

  it('keeps “U.S. Marshals” inside its sentence in both languages', async () => {
    const english = splitSentences(await pageText('en'), 'en').find((sentence) => sentence.text.includes('Marshals'));
    expect(english?.text).toMatch(/^U\.S\. Marshals and their INL-trained Mexican counterparts .* U\.S\. fugitives\.$/);
    const spanish = splitSentences(await pageText('es'), 'es').find((sentence) => sentence.text.includes('Marshals'));
    expect(spanish?.text).toMatch(
      /^Los agentes del Servicio de Alguaciles de los Estados Unidos \(U\.S\. Marshals\) .* estadounidense\.$/,
    );
  });

  it('gives a plausible Flesch–Kincaid grade for the English page', async () => {
    const result = readability(await pageText('en'), 'en');
    expect(result).toMatchObject({
      lang: 'en',
      measure: 'flesch-kincaid-grade',
      sentences: sentencesOnPage.en,
      exceedsLowerSecondary: true,
    });
    expect(result?.score).toBeGreaterThan(8);
    expect(result?.score).toBeLessThan(25);
    expect(result?.syllables).toBeGreaterThan(result?.words ?? Infinity);
  });

  it('gives a plausible Fernández-Huerta score for the Spanish page', async () => {
    const result = readability(await pageText('es'), 'es');
    expect(result).toMatchObject({
      lang: 'es',
      measure: 'fernandez-huerta',
      sentences: sentencesOnPage.es,
      exceedsLowerSecondary: true,
    });
    expect(result?.score).toBeGreaterThan(0);
    expect(result?.score).toBeLessThan(100);
    expect(result?.syllables).toBeGreaterThan(result?.words ?? Infinity);
  });

  it('finds long sentences on both pages', async () => {
    expect(longSentences(await pageText('en'), 'en').length).toBeGreaterThan(0);
    expect(longSentences(await pageText('es'), 'es').length).toBeGreaterThan(0);
  });
});
