/**
 * Readability of a page's text, reported to authors: WCAG 3.1.5 (Reading
 * Level, AAA) asks for text that someone with lower secondary education can
 * read, and the U.S. Plain Writing Act of 2010 asks federal agencies for clear,
 * plain writing. These measures only inform; nothing here fails a build.
 *
 * - English: Flesch–Kincaid grade level (Kincaid et al., 1975).
 * - Spanish: Fernández-Huerta reading ease (Fernández Huerta, 1959, as
 *   corrected by Law, 2011).
 * - Both: sentences longer than a plain-language limit.
 *
 * Counting conventions, shared by both languages:
 * - A word is a run of letters or digits, with internal apostrophes and
 *   hyphens (“Mexico’s”, “INL-trained”), internal `.`/`,` between digits
 *   (“71,000”, “20.5”, “1,000.50”), or dotted initials (“U.S.”, “e.g.”).
 * - A number is one word of one syllable per digit: “20” = 2, “2019” = 4,
 *   “71,000” = 5. That is close to how numbers are read aloud and keeps the
 *   count independent of the language the number would be spelled out in.
 * - A word with letters has at least one syllable (acronyms like “INL”).
 */
import { syllable } from 'syllable';

export interface Sentence {
  readonly text: string;
  readonly words: number;
  /** UTF-16 offset of the sentence's first character in the input text. */
  readonly start: number;
  /** UTF-16 offset just past the sentence's last character. */
  readonly end: number;
}

export type ReadabilityLanguage = 'en' | 'es';

export interface Readability {
  /** The primary language subtag used. */
  readonly lang: ReadabilityLanguage;
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
  /** Average sentence length, rounded to 1 decimal. */
  readonly wordsPerSentence: number;
  readonly measure: 'flesch-kincaid-grade' | 'fernandez-huerta';
  /** Rounded to 1 decimal. */
  readonly score: number;
  /** Short plain words in the text's language: `grade 12`, `bastante difícil`. */
  readonly interpretation: string;
  /**
   * Whether the text reads above lower secondary education (WCAG 3.1.5), taken
   * as 9 years of school: a Flesch–Kincaid grade above 9, or a Fernández-Huerta
   * score below 60 (the scale's “normal” band is grades 8–9).
   */
  readonly exceedsLowerSecondary: boolean;
}

/**
 * Longest sentence, in words, before it is reported as long. Plain-language
 * guidance asks for an average of 15–20 words and a ceiling near 25: the
 * Australian Government Style Manual says “no more than 25 words”, and the U.S.
 * Federal Plain Language Guidelines (plainlanguage.gov) ask for short sentences
 * with one idea each. Spanish clear-language guidance (Montolío and Tascón,
 * “El derecho a entender”) asks to control sentence length without a fixed
 * number; Spanish sentences run somewhat longer than English ones, so callers
 * may pass a higher limit for Spanish, but one limit keeps both versions of a
 * page comparable.
 */
export const defaultMaxSentenceWords: number = 25;

/** `en`, `en-US`, `es-MX`, `es-419` … → `en` | `es`; anything else → undefined. */
export function readabilityLanguage(lang: string): ReadabilityLanguage | undefined {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'es' ? primary : undefined;
}

// ---------------------------------------------------------------------------
// Words

/**
 * A word: dotted initials (“U.S.”, “e.g.”, also “U.S.-Mexico”), or runs of
 * letters/digits joined by apostrophes, hyphens, or `.`/`,` between digits.
 */
const wordPattern =
  /(?<![\p{L}\p{M}\p{N}])\p{L}\.(?:\p{L}\.)+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:(?:['’\-‐‑]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

// ---------------------------------------------------------------------------
// Syllables

const strongVowels = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const accentedWeakVowels = new Set(['í', 'ú']);
const vowels = new Set([...strongVowels, ...accentedWeakVowels, 'i', 'u', 'ü', 'y']);

/**
 * Whether two adjacent vowels belong to different syllables (hiatus) by the
 * Spanish orthographic rules: two strong vowels (“aéreo”, “cooperación”); an
 * accented weak vowel next to a strong one (“país”, “día”, “reír”); the same
 * weak vowel twice (“chiita”). Anything else is a diphthong: a weak vowel with
 * a strong one (“actualmente”, “Guadalajara”) or two different weak vowels
 * (“ciudad”, “muy”, “pingüino”).
 */
function isHiatus(first: string, second: string): boolean {
  const firstStrong = strongVowels.has(first);
  const secondStrong = strongVowels.has(second);
  if (firstStrong && secondStrong) return true;
  if ((firstStrong && accentedWeakVowels.has(second)) || (secondStrong && accentedWeakVowels.has(first))) return true;
  const asWeak = (vowel: string) => (vowel === 'y' ? 'i' : vowel === 'ü' ? 'u' : vowel);
  return !firstStrong && !secondStrong && asWeak(first) === asWeak(second);
}

/**
 * Spanish syllables of a run of letters: one per vowel nucleus. A new nucleus
 * starts after a consonant, or inside a vowel sequence at a hiatus; so a
 * triphthong (weak–strong–weak: “buey”, “Uruguay”, “averiguáis”) is one.
 * - “y” is a vowel only when no vowel follows it (“hoy”, “muy”, the word “y”);
 *   before a vowel it is a consonant (“leyes”, “ayuda”).
 * - In “que/qui/gue/gui” the “u” is silent (“que”, “guerra”); “ü” is always
 *   pronounced (“pingüino”, “vergüenza”), as is “u” in “gua/guo” (“Guadalajara”).
 * - “h” counts as a consonant, so it separates vowels: “búho” = 2, and the
 *   rare diphthong across it is counted as two (“rehusar” = 3).
 */
function spanishSyllables(letters: string): number {
  const word = letters.toLocaleLowerCase('es').normalize('NFC');
  let count = 0;
  let previousVowel: string | undefined;
  for (let index = 0; index < word.length; index += 1) {
    const letter = word.charAt(index);
    const next = word.charAt(index + 1);
    const before = word.charAt(index - 1);
    const silentU = letter === 'u' && (before === 'q' || before === 'g') && next !== '' && 'eiéí'.includes(next);
    const consonantY = letter === 'y' && vowels.has(next);
    if (!vowels.has(letter) || silentU || consonantY) {
      previousVowel = undefined;
      continue;
    }
    if (previousVowel === undefined || isHiatus(previousVowel, letter)) count += 1;
    previousVowel = letter;
  }
  return count;
}

const digitPattern = /\p{N}/gu;

/**
 * Syllables in one word (or in each word of a short phrase). `lang` picks the
 * counter: English uses the `syllable` package, Spanish the rules above.
 * Throws a RangeError for other languages; check with `readabilityLanguage`.
 */
export function countSyllables(word: string, lang: string): number {
  const language = readabilityLanguage(lang);
  if (language === undefined)
    throw new RangeError(`No syllable counter for language “${lang}”; only en and es are supported.`);
  const key = `${language} ${word}`;
  let count = syllableCounts.get(key);
  if (count === undefined) {
    count = syllablesOf(word, language);
    // A page's words repeat across pages; the bound keeps memory flat on a large site.
    if (syllableCounts.size >= maxRememberedWords) syllableCounts.clear();
    syllableCounts.set(key, count);
  }
  return count;
}

const syllableCounts = new Map<string, number>();
const maxRememberedWords = 100_000;

function syllablesOf(word: string, language: ReadabilityLanguage): number {
  const digits = word.match(digitPattern)?.length ?? 0;
  const letters = word.replace(digitPattern, ' ');
  let fromLetters: number;
  if (language === 'en') {
    fromLetters = syllable(letters);
  } else {
    // Hyphens and apostrophes separate pronounced parts (“franco-mexicano”).
    fromLetters = (letters.match(/[\p{L}\p{M}]+/gu) ?? []).reduce((sum, part) => sum + spanishSyllables(part), 0);
  }
  const hasLetters = /\p{L}/u.test(word);
  return digits + (hasLetters ? Math.max(1, fromLetters) : fromLetters);
}

// ---------------------------------------------------------------------------
// Sentences

/**
 * Abbreviations after which a sentence never ends: titles before a name and
 * Latin abbreviations in mid-sentence. Lower case, with their final period.
 */
const continuingAbbreviations = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'st.',
  'gen.',
  'sen.',
  'rep.',
  'gov.',
  'sr.',
  'sra.',
  'srta.',
  'dra.',
  'lic.',
  'ing.',
  'gral.',
  'ud.',
  'uds.',
  'e.g.',
  'i.e.',
  'vs.',
  'cf.',
  'ej.',
]);

/**
 * Abbreviations of place names that may end a sentence (“… reaching the U.S.”)
 * but usually go on (“U.S. Marshals”, “EE. UU.”): the sentence goes on unless
 * the next word is a common sentence opener.
 */
const nameAbbreviations = new Set(['u.s.', 'u.k.', 'u.n.', 'd.c.', 'ee.', 'uu.', 'ee.uu.']);

/** Abbreviations that only go on before a number: “No. 5”, “pág. 12”. */
const numberAbbreviations = new Set(['no.', 'nos.', 'núm.', 'pág.', 'págs.', 'pp.', 'art.', 'vol.', 'fig.', 'cap.']);

/** Words that often begin a sentence in English or Spanish, lower case. */
const sentenceOpeners = new Set([
  // English
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'we',
  'our',
  'they',
  'their',
  'there',
  'he',
  'she',
  'his',
  'her',
  'i',
  'you',
  'your',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'to',
  'of',
  'as',
  'and',
  'but',
  'or',
  'so',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'all',
  'some',
  'many',
  'most',
  'each',
  'both',
  'also',
  'however',
  // Spanish
  'el',
  'la',
  'los',
  'las',
  'lo',
  'un',
  'una',
  'unos',
  'unas',
  'este',
  'esta',
  'estos',
  'estas',
  'ese',
  'esa',
  'esos',
  'esas',
  'en',
  'de',
  'del',
  'al',
  'por',
  'para',
  'con',
  'sin',
  'desde',
  'y',
  'e',
  'o',
  'pero',
  'si',
  'se',
  'su',
  'sus',
  'nuestro',
  'nuestra',
  'nuestros',
  'nuestras',
  'además',
  'también',
  'cuando',
  'después',
  'antes',
  'hay',
  'ellos',
  'ellas',
  'él',
  'ella',
  'todos',
  'todas',
]);

const sentenceEnd = /[.!?‽…][\p{Pe}\p{Pf}"'’”»]*$/u;
const blankLine = /\n[^\S\n]*\n|\u2029/;
/** Opening punctuation that may come before a sentence's first word. */
const openingPunctuation = /^[\s\p{Ps}\p{Pi}"'¿¡—–-]*/u;
/** An ellipsis character followed by a new capitalized sentence; the sentence segmenter does not end sentences there. */
const ellipsisBreak = /…[\p{Pe}\p{Pf}"'’”»]*\s+(?=[\p{Ps}\p{Pi}"'¿¡]*\p{Lu})/gu;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  const locale = readabilityLanguage(lang) ?? 'en';
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Characters on each side of a proposed boundary that decide it. */
const contextLength = 200;

/** Whether only spaces or tabs stand between the start of the line and `index`. */
function atLineStart(text: string, index: number): boolean {
  let position = index - 1;
  while (position >= 0 && (text[position] === ' ' || text[position] === '\t')) position -= 1;
  return position < 0 || text[position] === '\n';
}

/**
 * Whether a boundary proposed by the segmenter at `offset` really ends a
 * sentence. Intl.Segmenter follows Unicode's sentence rules, which break after
 * “U.S.”, “Mr.” or “EE.” before a capital letter and at every line break.
 */
function endsSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - contextLength), offset);
  const after = text.slice(offset, offset + contextLength);
  const gap = (/\s*$/.exec(before)?.[0] ?? '') + (/^\s*/.exec(after)?.[0] ?? '');
  // A blank line ends a paragraph, heading or list item, punctuated or not.
  if (blankLine.test(gap)) return true;
  const previous = before.trimEnd();
  // A single line break without final punctuation is a wrapped line.
  if (!sentenceEnd.test(previous)) return false;
  const nextText = after.trimStart().replace(openingPunctuation, '');
  // A lower-case word goes on with the sentence: “U.S. shores”, “¿Vienes? —dijo”.
  if (/^\p{Ll}/u.test(nextText)) return false;
  if (!previous.endsWith('.') || previous.endsWith('..')) return true;
  const rawToken = previous.split(/\s/).pop() ?? '';
  const token = rawToken.replace(openingPunctuation, '');
  const abbreviation = token.toLowerCase();
  const nextWord = (/^[\p{L}\p{M}\p{N}]+/u.exec(nextText)?.[0] ?? '').toLowerCase();
  if (continuingAbbreviations.has(abbreviation)) return false;
  if (numberAbbreviations.has(abbreviation)) return !/^\p{N}/u.test(nextWord);
  // Single initials (“John F. Kennedy”) are treated like place abbreviations.
  if (nameAbbreviations.has(abbreviation) || /^\p{Lu}\.$/u.test(token)) return sentenceOpeners.has(nextWord);
  // “1.” at the start of a line is an ordered-list marker.
  const tokenStart = offset - (before.length - previous.length) - rawToken.length;
  if (/^\p{N}+\.$/u.test(rawToken) && atLineStart(text, tokenStart)) return false;
  return true;
}

/**
 * The sentences of a plain text (Markdown markup already removed), in order,
 * with their word counts and offsets. Sentences end at `.`, `?`, `!`, `…` (with
 * any closing quotes or brackets) or a blank line; not at abbreviations such as
 * “U.S.”, “e.g.”, “Mr.”, “No. 5” or “EE. UU.”, nor at decimals, nor at a line
 * break inside a paragraph. Stretches without words are not sentences.
 * `lang` picks the segmenter's locale; the abbreviations of English and
 * Spanish are both known in either language, since pages quote each other.
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const candidates = new Set<number>();
  for (const { index } of sentenceSegmenter(lang).segment(text)) if (index > 0) candidates.add(index);
  for (const match of text.matchAll(ellipsisBreak)) candidates.add(match.index + match[0].length);
  const boundaries = [
    0,
    ...[...candidates].sort((a, b) => a - b).filter((offset) => endsSentence(text, offset)),
    text.length,
  ];

  const sentences: Sentence[] = [];
  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const piece = text.slice(boundaries[index], boundaries[index + 1]);
    const start = (boundaries[index] ?? 0) + (piece.length - piece.trimStart().length);
    const end = (boundaries[index + 1] ?? 0) - (piece.length - piece.trimEnd().length);
    const sentenceText = text.slice(start, end);
    const words = wordsOf(sentenceText).length;
    if (words > 0) sentences.push({ text: sentenceText, words, start, end });
  }
  return sentences;
}

/** The sentences with more than `maxWords` words, for authors to shorten. */
export function longSentences(text: string, lang: string, maxWords: number = defaultMaxSentenceWords): Sentence[] {
  return splitSentences(text, lang).filter((sentence) => sentence.words > maxWords);
}

// ---------------------------------------------------------------------------
// Measures

function roundToTenth(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded; // no “-0”
}

/**
 * Flesch–Kincaid grade as a U.S. school grade. Grades 13–16 are college,
 * above that graduate school.
 */
export function fleschKincaidInterpretation(score: number): string {
  const grade = Math.round(score);
  if (grade < 1) return 'below grade 1';
  if (grade <= 12) return `grade ${grade}`;
  if (grade <= 16) return `grade ${grade} (college)`;
  return `grade ${grade} (graduate school)`;
}

/**
 * Fernández-Huerta's table (1959), which keeps the bands of Flesch's reading
 * ease table: 90–100 muy fácil (4.º grado), 80–90 fácil (5.º), 70–80
 * bastante (algo) fácil (6.º), 60–70 normal (7.º u 8.º), 50–60 bastante (algo)
 * difícil (preuniversitario), 30–50 difícil (cursos selectivos), 0–30 muy
 * difícil (universitario, especialización).
 */
export function fernandezHuertaInterpretation(score: number): string {
  if (score >= 90) return 'muy fácil';
  if (score >= 80) return 'fácil';
  if (score >= 70) return 'bastante fácil';
  if (score >= 60) return 'normal';
  if (score >= 50) return 'bastante difícil';
  if (score >= 30) return 'difícil';
  return 'muy difícil';
}

/**
 * Readability of a plain text (Markdown markup already removed), or undefined
 * when the language is neither English nor Spanish or the text has no words.
 */
export function readability(text: string, lang: string): Readability | undefined {
  const language = readabilityLanguage(lang);
  if (language === undefined) return undefined;
  const sentenceList = splitSentences(text, language);
  const sentences = sentenceList.length;
  const words = sentenceList.reduce((sum, sentence) => sum + sentence.words, 0);
  if (words === 0) return undefined;
  const syllables = sentenceList
    .flatMap((sentence) => wordsOf(sentence.text))
    .reduce((sum, word) => sum + countSyllables(word, language), 0);
  const wordsPerSentence = words / sentences;

  const common = { lang: language, sentences, words, syllables, wordsPerSentence: roundToTenth(wordsPerSentence) };
  if (language === 'en') {
    // Kincaid, Fishburne, Rogers and Chissom (1975), “Derivation of new
    // readability formulas … for Navy enlisted personnel”.
    const score = roundToTenth(0.39 * wordsPerSentence + 11.8 * (syllables / words) - 15.59);
    return {
      ...common,
      measure: 'flesch-kincaid-grade',
      score,
      interpretation: fleschKincaidInterpretation(score),
      exceedsLowerSecondary: Math.round(score) > 9,
    };
  }

  // Fernández Huerta (1959), “Medidas sencillas de lecturabilidad”, Consigna
  // 214: L = 206.84 − 0.60·P − 1.02·F, with P the syllables per 100 words.
  // It is often printed with F as sentences per 100 words, which makes a text
  // cut into more, shorter sentences score as harder. We use the form
  // corrected by Law (2011, “Error in the Fernandez Huerta Readability
  // Formula”, LINGUIST List 22.2332), with F the average words per sentence,
  // as in Flesch's reading ease, which the formula adapts (206.835 − 84.6·
  // syllables per word − 1.015·words per sentence) and whose table it keeps.
  const syllablesPer100Words = (100 * syllables) / words;
  const score = roundToTenth(206.84 - 0.6 * syllablesPer100Words - 1.02 * wordsPerSentence);
  return {
    ...common,
    measure: 'fernandez-huerta',
    score,
    interpretation: fernandezHuertaInterpretation(score),
    exceedsLowerSecondary: score < 60,
  };
}
