/**
 * Unmarked phrases in the other site language (WCAG 3.1.2, Language of
 * Parts). A Spanish page that keeps an English name ("U.S. Marshals") must
 * mark it, `:lang[U.S. Marshals]{lang=en}`, or a screen reader reads it with
 * the Spanish voice; the same goes for a Spanish name on an English page. No
 * public checker finds such a phrase; this one does, as a warning for
 * authors. A warning shown on every build must not cry wolf, so where the
 * evidence is thin it stays silent.
 *
 * How it decides. The text is split into words (with internal apostrophes
 * and hyphens), abbreviations with periods ("U.S."), numbers and web
 * addresses. Each word gets a role from one word list per language, looked
 * up ignoring case and, for Spanish, accents:
 *
 * - text: a function word of the text's language ("de", "la"; "the", "of"),
 *   or a word only the text language's list knows. It ends any phrase, so
 *   "software de internet" is two loanwords, not one English phrase.
 * - anchor: a word of three letters or more that only the other language's
 *   list knows ("Marshals", "Fiscalía"), or one of its abbreviations ("U.S.").
 * - bridge: a function word of the other language ("of", "and"; "de", "la").
 *   It may sit inside a phrase but is no evidence: "por favor" alone is not
 *   a phrase.
 * - neutral: a word both lists know ("general", "federal", "hospital"), a
 *   word neither knows (most names), an acronym in capitals (INL, FGR), a
 *   word with digits, a number, an address, or an allowed word.
 *
 * A phrase is a run of at least two anchors, each at most three words from
 * the next, with nothing between words but spaces (one line break at most),
 * a hyphen or "&". It takes in the capitalized words right around it
 * ("Federal" of "Federal Bureau of Investigation") and the other language's
 * function words right before it ("The" of "The New York Times").
 *
 * A single anchor is never a phrase. A lone foreign-looking word is most
 * often a name or a loanword, both exempt from 3.1.2, and a word list cannot
 * tell those from a real foreign word ("Peña" and "León" are Spanish words
 * and surnames). So "La Merida Initiative fortaleció…" is not flagged:
 * "Merida" is in neither list and "Initiative" is one word. Authors mark such
 * a name by hand.
 *
 * Proper names are exempt too, and Spanish names are Spanish words ("Rosa",
 * "Piedras Negras"), so a run whose words are all capitalized is skipped
 * when it holds a given name a spelling dictionary knows (a capitalized
 * Hunspell stem that is no common word: "Enrique", not "Federal"), when a
 * geographic word opens or closes it ("Ciudad Obregón", "Salt Lake City"),
 * or when it is in `wellKnownNames`. Other names, such as a surname pair
 * ("Peña Nieto"), go in the caller's `allow` list.
 *
 * The word lists, and why these: `an-array-of-english-words` (274,937
 * words) and `an-array-of-spanish-words` (636,598 inflected forms, written
 * without accents but with ñ) hold the inflected forms that Hunspell stems
 * lack. They are searched by bisection over the files' bytes, since both are
 * sorted: reading them takes about 15 ms, where JSON.parse plus a Set of
 * 900,000 words takes about a second, and building an nspell checker for
 * Spanish nearly two. The Spanish list has no word with k or w and few
 * loanwords ("web", "software" are missing), so the lower-case stems of
 * `dictionary-es` are added as a Set: a loanword both languages know is
 * neutral. The lower-case stems of `dictionary-en` changed no result, so
 * only its capitalized stems (the names) are kept.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface OtherLanguagePhrase {
  /** The text as written. */
  readonly phrase: string;
  /** The language the phrase seems to be in: 'en' or 'es'. */
  readonly lang: string;
  /** UTF-16 offset of the phrase's first character in the input text. */
  readonly start: number;
  /** UTF-16 offset just past the phrase's last character. */
  readonly end: number;
}

export interface DetectorOptions {
  /** Words or phrases never flagged (names, acronyms, a project word list), compared case-insensitively. */
  readonly allow?: readonly string[];
}

export interface OtherLanguageDetector {
  /** Likely phrases in the other language inside a text written in `lang` (`en`, `es`, or a regional tag of either). */
  find(text: string, lang: string, options?: DetectorOptions): OtherLanguagePhrase[];
}

type Language = 'en' | 'es';

const otherLanguage: Readonly<Record<Language, Language>> = { en: 'es', es: 'en' };

/**
 * Closed-class words: they tell the language of a sentence better than any
 * list, and they are in the other language's list too often to count as
 * evidence ("de", "la", "los", "con" are all in the English list).
 * Spanish ones are written without accents, the form Spanish words are
 * compared in.
 */
const functionWords: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'a',
    'an',
    'the',
    'of',
    'to',
    'in',
    'on',
    'at',
    'by',
    'for',
    'from',
    'with',
    'without',
    'into',
    'onto',
    'over',
    'under',
    'about',
    'above',
    'below',
    'after',
    'before',
    'between',
    'through',
    'during',
    'against',
    'among',
    'within',
    'across',
    'toward',
    'towards',
    'upon',
    'and',
    'or',
    'nor',
    'but',
    'so',
    'yet',
    'if',
    'than',
    'then',
    'that',
    'this',
    'these',
    'those',
    'which',
    'who',
    'whom',
    'whose',
    'what',
    'when',
    'where',
    'why',
    'how',
    'as',
    'is',
    'are',
    'was',
    'were',
    'be',
    'been',
    'being',
    'am',
    'has',
    'have',
    'had',
    'do',
    'does',
    'did',
    'will',
    'would',
    'shall',
    'should',
    'can',
    'could',
    'may',
    'might',
    'must',
    'not',
    'no',
    'i',
    'me',
    'my',
    'we',
    'us',
    'our',
    'you',
    'your',
    'he',
    'him',
    'his',
    'she',
    'her',
    'it',
    'its',
    'they',
    'them',
    'their',
    'there',
    'here',
    'all',
    'any',
    'each',
    'every',
    'some',
    'such',
    'both',
    'more',
    'most',
    'very',
    'also',
    'only',
  ],
  es: [
    'a',
    'al',
    'ante',
    'bajo',
    'con',
    'contra',
    'de',
    'del',
    'desde',
    'durante',
    'en',
    'entre',
    'hacia',
    'hasta',
    'mediante',
    'para',
    'por',
    'segun',
    'sin',
    'sobre',
    'tras',
    'via',
    'el',
    'la',
    'lo',
    'los',
    'las',
    'un',
    'una',
    'unos',
    'unas',
    'y',
    'e',
    'o',
    'u',
    'ni',
    'que',
    'pero',
    'sino',
    'mas',
    'aunque',
    'porque',
    'pues',
    'si',
    'como',
    'cuando',
    'donde',
    'mientras',
    'ya',
    'yo',
    'tu',
    'ella',
    'ello',
    'ellos',
    'ellas',
    'usted',
    'ustedes',
    'nosotros',
    'nosotras',
    'me',
    'te',
    'se',
    'nos',
    'os',
    'le',
    'les',
    'mi',
    'mis',
    'tus',
    'su',
    'sus',
    'nuestro',
    'nuestra',
    'nuestros',
    'nuestras',
    'este',
    'esta',
    'esto',
    'estos',
    'estas',
    'ese',
    'esa',
    'eso',
    'esos',
    'esas',
    'aquel',
    'aquella',
    'aquellos',
    'aquellas',
    'cual',
    'cuales',
    'quien',
    'quienes',
    'cuyo',
    'cuya',
    'cuyos',
    'cuyas',
    'muy',
    'menos',
    'tambien',
    'tan',
    'tanto',
    'no',
    'es',
    'son',
    'ser',
    'fue',
    'fueron',
    'era',
    'eran',
    'ha',
    'han',
    'hay',
    'he',
    'has',
    'habia',
    'estan',
  ],
};

/** Abbreviations with periods that belong to one language ("U.S." is the English for "EE. UU."). */
const abbreviations: Readonly<Record<Language, readonly string[]>> = {
  en: ['u.s.', 'u.s.a.', 'u.k.'],
  es: ['ee.uu.'],
};

/**
 * Words that make a capitalized run a place name: first words in Spanish
 * ("Ciudad Obregón", "Puerto Peñasco"), first or last words in English
 * ("Fort Worth", "Salt Lake City").
 */
const placeWords: Readonly<Record<Language, { readonly first: readonly string[]; readonly last: readonly string[] }>> =
  {
    es: {
      first: [
        'agua',
        'bahia',
        'boca',
        'cabo',
        'cerro',
        'ciudad',
        'colonia',
        'costa',
        'golfo',
        'isla',
        'islas',
        'lago',
        'lagos',
        'laguna',
        'mar',
        'monte',
        'nueva',
        'nuevo',
        'playa',
        'pico',
        'puerto',
        'punta',
        'rio',
        'san',
        'santa',
        'santo',
        'sierra',
        'tierra',
        'valle',
        'villa',
      ],
      last: [],
    },
    en: {
      first: ['cape', 'fort', 'lake', 'mount', 'new', 'port', 'saint'],
      last: [
        'avenue',
        'bay',
        'beach',
        'bend',
        'canyon',
        'cities',
        'city',
        'coast',
        'creek',
        'falls',
        'harbor',
        'heights',
        'hills',
        'island',
        'islands',
        'lake',
        'lakes',
        'mountains',
        'park',
        'pass',
        'point',
        'river',
        'spring',
        'springs',
        'square',
        'street',
        'valley',
      ],
    },
  };

/**
 * Proper names the other rules would still flag, each likely on this site:
 * places in Mexico and the region in English text ("Piedras Negras"), and
 * places in English in Spanish text ("Foggy Bottom", where the Department
 * of State sits). Proper names are exempt from 3.1.2, and authors do not
 * mark these.
 */
const wellKnownNames: readonly string[] = [
  'Piedras Negras',
  'Lázaro Cárdenas',
  'Poza Rica',
  'Huasteca Potosina',
  'Palacio Nacional',
  'República Dominicana',
  'United Kingdom',
  'Foggy Bottom',
  'Falls Church',
];

/** Fewest anchors in a phrase: one foreign-looking word is most often a name or a loanword. */
const minimumAnchors = 2;
/** Most words between two anchors of one phrase ("Fiscalía [General de la] República"). */
const maximumGap = 3;
/** Shortest anchor, in letters: shorter words are mostly shared abbreviations and interjections. */
const minimumAnchorLength = 3;
/** Bound on each cache of word lookups, so a long-lived detector does not grow without end. */
const cacheLimit = 100_000;

/**
 * Web and mail addresses (read as they are, never a phrase), abbreviations
 * with periods ("U.S.", tried before a word can take the "U"), numbers with
 * separators ("71,000", so its comma is no punctuation), and words with
 * internal apostrophes ("Mexico’s") and hyphens ("INL-trained", "apt-get":
 * one word, so one anchor at most). A word with a digit ("X11", "ver2") is
 * an identifier.
 */
const tokenPattern =
  /(?<address>(?:https?:\/\/|www\.)[^\s<>"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)|(?<abbreviation>(?:\p{L}\.){2,})|(?<number>\p{N}+(?:[.,]\p{N}+)*)|(?<word>[\p{L}\p{M}\p{N}]+(?:['’\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*)/gu;

/**
 * What may stand between two words of one phrase: spaces with one line
 * break at most (a soft wrap, not a paragraph), a hyphen ("U.S.-Mexico"), or
 * "&". Other punctuation ends a phrase.
 */
const joiningGap = /^(?:[^\S\n]*\n?[^\S\n]*|[-\u2010\u2011]|[^\S\n]*&[^\S\n]*)$/u;

/** The parts of a hyphenated word, for looking them up one by one. */
const hyphen = /[-\u2010\u2011]/u;

type Role = 'text' | 'anchor' | 'bridge' | 'neutral';

interface Token {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly kind: 'address' | 'abbreviation' | 'number' | 'word';
}

const ascii = /^[\x00-\x7f]*$/;

/** Lower case, NFC: the form words are compared in. */
function fold(written: string): string {
  return ascii.test(written) ? written.toLowerCase() : written.normalize('NFC').toLowerCase();
}

/** The form the Spanish list uses: lower case, accents dropped, ñ kept. */
function spanishKey(folded: string): string {
  return ascii.test(folded)
    ? folded
    : folded
        .normalize('NFD')
        .replace(/n\u0303/g, 'ñ')
        .replace(/\p{M}/gu, '');
}

/** The form the English list uses: a possessive 's dropped, other apostrophes removed. */
function englishKey(folded: string): string {
  return /['’]/u.test(folded) ? folded.replace(/['’]s$/u, '').replace(/['’]/gu, '') : folded;
}

const keyOf: Readonly<Record<Language, (folded: string) => string>> = { en: englishKey, es: spanishKey };

/** The primary subtag of a supported language tag (`es-MX` → `es`), or undefined. */
function primaryLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'es' ? primary : undefined;
}

/**
 * Membership in a word list stored as the JSON of a sorted array of
 * strings, by bisection over the file's text: no parse, no Set, and about
 * 23 steps for the Spanish list. The bytes are read as Latin-1, one
 * character per byte, which is fast to decode and keeps UTF-8 byte order,
 * that is code point order, the lists' order; a word is searched in the
 * same form. Requires entries free of quotes, commas and escapes, which
 * holds for both lists (the tests check lookups against the parsed arrays).
 */
export function sortedJsonWordList(json: Buffer): (word: string) => boolean {
  const bytes = json.toString('latin1');
  const firstEntry = bytes.indexOf('"') + 1;
  const pastLastEntry = bytes.lastIndexOf('"') + 1;
  return (word) => {
    const sought = ascii.test(word) ? word : Buffer.from(word, 'utf8').toString('latin1');
    // [low, high) always holds whole entries; low sits on a comma, or at the start.
    let low = 0;
    let high = pastLastEntry;
    while (low < high) {
      const probe = (low + high) >>> 1;
      const comma = bytes.lastIndexOf(',', probe);
      const entryStart = comma < 0 ? firstEntry : comma + 2;
      const entryEnd = bytes.indexOf('"', entryStart);
      const entry = bytes.slice(entryStart, entryEnd);
      if (sought === entry) return true;
      if (sought < entry) high = Math.max(comma, 0);
      else low = entryEnd + 1;
    }
    return false;
  };
}

interface HunspellStems {
  /** Lower-case stems, in the language's key form. */
  readonly words: Set<string>;
  /** Capitalized stems as written (NFC): proper nouns. */
  readonly names: Set<string>;
}

/** The stems of a Hunspell .dic file, flags dropped; `lowerCase` false skips the lower-case ones. */
function hunspellStems(dic: string, key: (folded: string) => string, lowerCase: boolean): HunspellStems {
  const words = new Set<string>();
  const names = new Set<string>();
  const lines = dic.split('\n');
  // The first line is the entry count.
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const first = line.charCodeAt(0);
    const plainLowerCase = first >= 0x61 && first <= 0x7a;
    // Most lines start with a-z: skip them at once when only names are wanted, and digits and symbols always.
    if (
      (plainLowerCase && !lowerCase) ||
      first < 0x41 ||
      (first > 0x5a && first < 0x61) ||
      (first > 0x7a && first < 0xc0)
    )
      continue;
    const slash = line.indexOf('/');
    const stem = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (plainLowerCase && /^[a-z]+$/.test(stem)) {
      words.add(stem);
      continue;
    }
    const written = stem.normalize('NFC');
    const lower = written.toLowerCase();
    if (written === lower) {
      if (lowerCase) words.add(key(written));
    } else if (written.slice(1) === lower.slice(1)) {
      names.add(written);
    }
  }
  return { words, names };
}

/** Whether stems know a word, trying the plural's singular too, since stems carry no inflections. */
function knowsStem(stems: ReadonlySet<string>, key: string): boolean {
  if (stems.has(key)) return true;
  if (key.endsWith('es') && stems.has(key.slice(0, -2))) return true;
  return key.endsWith('s') && stems.has(key.slice(0, -1));
}

/** What the lists say about one word, as bits, computed once per word and detector. */
const knownInEnglish = 1;
const knownInSpanish = 2;
const englishFunctionWord = 4;
const spanishFunctionWord = 8;

const knownIn: Readonly<Record<Language, number>> = { en: knownInEnglish, es: knownInSpanish };
const functionWordIn: Readonly<Record<Language, number>> = { en: englishFunctionWord, es: spanishFunctionWord };

const require = createRequire(import.meta.url);

/** A file of an installed package; `beside` names a file next to the entry point, for packages whose exports hide their data. */
function packageFile(specifier: string, beside?: string): string {
  const resolved = require.resolve(specifier);
  return beside === undefined ? resolved : join(dirname(resolved), beside);
}

/** Loads both languages' word lists once; the detector reuses them for every text. */
export async function createOtherLanguageDetector(): Promise<OtherLanguageDetector> {
  const [englishList, spanishList, englishDic, spanishDic] = await Promise.all([
    readFile(packageFile('an-array-of-english-words/index.json')),
    readFile(packageFile('an-array-of-spanish-words/index.json')),
    readFile(packageFile('dictionary-en', 'index.dic'), 'utf8'),
    readFile(packageFile('dictionary-es', 'index.dic'), 'utf8'),
  ]);
  const inEnglishList = sortedJsonWordList(englishList);
  const inSpanishList = sortedJsonWordList(spanishList);
  const englishStems = hunspellStems(englishDic, englishKey, false);
  const spanishStems = hunspellStems(spanishDic, spanishKey, true);
  const englishFunctionWords = new Set(functionWords.en);
  const spanishFunctionWords = new Set(functionWords.es);
  const builtInAllowed = allowIndex(wellKnownNames);
  const allowIndexes = new WeakMap<readonly string[], AllowIndex>();

  const facts = new Map<string, number>();
  /** The facts about a word, keyed by its form as written, since names depend on capitals. */
  function factsOf(written: string): number {
    let known = facts.get(written);
    if (known === undefined) {
      const folded = fold(written);
      const english = englishKey(folded);
      const spanish = spanishKey(folded);
      // The English list is ASCII: a word with an accent or ñ is not English.
      const inEnglish = /^[a-z]+$/.test(english) && inEnglishList(english);
      const inSpanish = /^[a-zñ]+$/.test(spanish) && (inSpanishList(spanish) || knowsStem(spanishStems.words, spanish));
      known =
        (inEnglish ? knownInEnglish : 0) |
        (inSpanish ? knownInSpanish : 0) |
        (englishFunctionWords.has(folded) ? englishFunctionWord : 0) |
        (spanishFunctionWords.has(spanish) ? spanishFunctionWord : 0);
      if (facts.size >= cacheLimit) facts.clear();
      facts.set(written, known);
    }
    return known;
  }

  /** A given name: a capitalized Hunspell stem whose lower-case form is no common word of that language ("Rosa" yes, "Federal" no). */
  function isGivenName(written: string): boolean {
    const capitalized = ascii.test(written) ? written : written.normalize('NFC');
    const known = factsOf(written);
    return (
      (englishStems.names.has(capitalized) && (known & knownInEnglish) === 0) ||
      (spanishStems.names.has(capitalized) && (known & knownInSpanish) === 0)
    );
  }

  /** The role of one word, or of one part of a hyphenated word. */
  function wordRole(written: string, text: Language, other: Language): Role {
    if (isAcronym(written) || /\p{N}/u.test(written)) return 'neutral';
    const known = factsOf(written);
    if (known & functionWordIn[text]) return 'text';
    if (known & functionWordIn[other]) return 'bridge';
    const inText = (known & knownIn[text]) !== 0;
    const inOther = (known & knownIn[other]) !== 0;
    if (inText && !inOther) return 'text';
    if (inOther && !inText && (written.match(/\p{L}/gu)?.length ?? 0) >= minimumAnchorLength) return 'anchor';
    return 'neutral';
  }

  // Roles of words as written, by text language: a page repeats its words, so most tokens take one lookup.
  const roleCache: Readonly<Record<Language, Map<string, Role>>> = { en: new Map(), es: new Map() };

  function roleOf(token: Token, text: Language, other: Language): Role {
    if (token.kind === 'address' || token.kind === 'number') return 'neutral';
    if (token.kind === 'abbreviation') {
      const folded = fold(token.written);
      if (abbreviations[other].includes(folded)) return 'anchor';
      return abbreviations[text].includes(folded) ? 'text' : 'neutral';
    }
    let role = roleCache[text].get(token.written);
    if (role === undefined) {
      if (!hyphen.test(token.written)) {
        role = wordRole(token.written, text, other);
      } else {
        // A hyphenated word is the text's if any part is, else one anchor if any part is one ("apt-get" alone is no phrase).
        const partRoles = token.written.split(hyphen).map((part) => wordRole(part, text, other));
        if (partRoles.includes('text')) role = 'text';
        else if (partRoles.includes('anchor')) role = 'anchor';
        else role = partRoles.every((partRole) => partRole === 'bridge') ? 'bridge' : 'neutral';
      }
      if (roleCache[text].size >= cacheLimit) roleCache[text].clear();
      roleCache[text].set(token.written, role);
    }
    return role;
  }

  /** Whether a run is a proper name: every word but the bridges capitalized, with a given name in it or a place word at its edge. */
  function isProperName(
    tokens: readonly Token[],
    roles: readonly Role[],
    first: number,
    last: number,
    other: Language,
  ): boolean {
    let holdsName = false;
    for (let index = first; index <= last; index += 1) {
      const token = tokens[index];
      if (token === undefined) return false;
      if (roles[index] === 'bridge' || token.kind !== 'word') continue;
      if (!isCapitalized(token)) return false;
      if (isGivenName(token.written)) holdsName = true;
    }
    const places = placeWords[other];
    const firstWord = fold(tokens[first]?.written ?? '');
    const lastWord = fold(tokens[last]?.written ?? '');
    return holdsName || places.first.includes(keyOf[other](firstWord)) || places.last.includes(keyOf[other](lastWord));
  }

  return {
    find(text, lang, options = {}) {
      const textLanguage = primaryLanguage(lang);
      if (textLanguage === undefined) return [];
      const other = otherLanguage[textLanguage];
      const tokens = tokenize(text);
      const tokenRoles = tokens.map((token) => roleOf(token, textLanguage, other));
      // Most texts hold no anchor at all; only those need the allowed words looked for.
      if (!tokenRoles.includes('anchor')) return [];
      const folded = tokens.map((token) => fold(token.written));
      const allowed = allowedTokens(folded, builtInAllowed);
      if (options.allow !== undefined) {
        const callerAllowed = allowIndexes.get(options.allow) ?? allowIndex(options.allow);
        allowIndexes.set(options.allow, callerAllowed);
        for (const index of allowedTokens(folded, callerAllowed)) allowed.add(index);
      }
      const roles = tokenRoles.map((role, index): Role => (allowed.has(index) ? 'neutral' : role));

      const found: OtherLanguagePhrase[] = [];
      for (const run of anchorRuns(text, tokens, roles)) {
        let { first, last } = run;
        // Capitalized neutral words next to the run belong to the same name ("Federal" Bureau of Investigation).
        const belongsToName = (index: number): boolean => {
          const token = tokens[index];
          return (
            token !== undefined &&
            !allowed.has(index) &&
            roles[index] === 'neutral' &&
            token.kind === 'word' &&
            isCapitalized(token)
          );
        };
        while (first > 0 && joined(text, tokens, first - 1) && belongsToName(first - 1)) first -= 1;
        while (last + 1 < tokens.length && joined(text, tokens, last) && belongsToName(last + 1)) last += 1;
        // So does a function word of the other language just before it ("The" New York Times), unless it is also a word of the text.
        while (first > 0 && joined(text, tokens, first - 1) && roles[first - 1] === 'bridge') {
          const before = tokens[first - 1];
          if (
            before === undefined ||
            ((factsOf(before.written) & knownIn[textLanguage]) !== 0 && !isCapitalized(before))
          )
            break;
          first -= 1;
        }
        if (isProperName(tokens, roles, first, last, other)) continue;
        const start = tokens[first]?.start ?? 0;
        const end = tokens[last]?.end ?? start;
        found.push({ phrase: text.slice(start, end), lang: other, start, end });
      }
      return found;
    },
  };
}

/** An acronym in capitals (INL, FGR), which reads the same in either voice. */
function isAcronym(written: string): boolean {
  return written.length >= 2 && written === written.toUpperCase() && written !== written.toLowerCase();
}

/** A word that starts with a capital ("Fiscalía", "McAllen"), not an acronym. */
function isCapitalized(token: Token): boolean {
  const first = token.written.charAt(0);
  return first !== first.toLowerCase() && !isAcronym(token.written);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const written = match[0];
    const groups = match.groups ?? {};
    const kind =
      groups['address'] !== undefined
        ? 'address'
        : groups['abbreviation'] !== undefined
          ? 'abbreviation'
          : groups['number'] !== undefined
            ? 'number'
            : 'word';
    tokens.push({ start: match.index, end: match.index + written.length, written, kind });
  }
  return tokens;
}

/** Allowed words and phrases by their first word, each as its words in folded form. */
type AllowIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function allowIndex(allow: readonly string[]): AllowIndex {
  const byFirstWord = new Map<string, string[][]>();
  for (const entry of allow) {
    const words = tokenize(entry).map((token) => fold(token.written));
    const first = words[0];
    if (first !== undefined) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words]);
  }
  return byFirstWord;
}

/** Indexes of tokens inside an allowed word or phrase, matched word by word so the spacing between words does not matter. */
function allowedTokens(folded: readonly string[], allow: AllowIndex): Set<number> {
  const covered = new Set<number>();
  folded.forEach((word, index) => {
    for (const words of allow.get(word) ?? []) {
      if (words.every((allowedWord, offset) => folded[index + offset] === allowedWord)) {
        for (let offset = 0; offset < words.length; offset += 1) covered.add(index + offset);
      }
    }
  });
  return covered;
}

/** Runs of at least two anchors, each at most `maximumGap` words from the next, with no text word or punctuation between. */
function anchorRuns(text: string, tokens: readonly Token[], roles: readonly Role[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  let first = -1;
  let last = -1;
  let anchors = 0;
  const close = (): void => {
    if (anchors >= minimumAnchors) runs.push({ first, last });
    first = -1;
    last = -1;
    anchors = 0;
  };
  roles.forEach((role, index) => {
    if (first >= 0 && (!joined(text, tokens, index - 1) || index - last - 1 > maximumGap)) close();
    if (role === 'text') close();
    else if (role === 'anchor') {
      if (first < 0) first = index;
      last = index;
      anchors += 1;
    }
  });
  close();
  return runs;
}

/** Whether token `index` and the next one are joined by nothing but spaces, hyphens or "&". */
function joined(text: string, tokens: readonly Token[], index: number): boolean {
  const left = tokens[index];
  const right = tokens[index + 1];
  return left !== undefined && right !== undefined && joiningGap.test(text.slice(left.end, right.start));
}

let shared: Promise<OtherLanguageDetector> | undefined;

/**
 * The detector of this process, made on first use: its word lists take a
 * tenth of a second to load and do not change while the process runs, so
 * every build and render in it shares them.
 */
export function otherLanguageDetector(): Promise<OtherLanguageDetector> {
  shared ??= createOtherLanguageDetector().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
