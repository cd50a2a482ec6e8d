/**
 * Text check `spelling`: words that are not in the language's Hunspell
 * dictionary (dictionary-en, dictionary-es), read with retext-spell. The
 * project's word list (names, terms) is accepted in every language.
 *
 * Not checked: a phrase marked as another language (`:lang[U.S. Marshals]{lang=en}`
 * in Spanish), inline code and placeholders, words with digits, ALL-CAPS
 * acronyms (INL, EE, UU), URLs, e-mail addresses and domain names.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dictionary } from 'dictionary-en';
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import retextSpell from 'retext-spell';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { ownLanguageText } from './own-language.ts';
import type { TextCheck } from './check.ts';

export interface SpellingOptions {
  /**
   * The project's word list, accepted in every language. An entry is a word
   * (`Alguaciles`; a lowercase entry also accepts its capitalized form) or,
   * in the dictionaries' personal format, `word/model` to also accept the
   * word with the endings of a dictionary word (`transnacional/nacional`
   * accepts “transnacionales”).
   */
  readonly words?: readonly string[];
  /** Languages to load a dictionary for (default: every language that has one). Texts in other languages are not checked. */
  readonly languages?: readonly string[];
  /** Where the word list lives, for the messages (default `content/words.txt`). */
  readonly wordListPath?: string;
}

type SpellProcessor = Processor<Root, Root, Root>;

/** The project's word list: one entry a line, `#` starting a comment. */
export const projectWordList = 'content/words.txt';

/** The spelling check with a project's word list (none when it has no list). */
export async function projectSpellingCheck(root: string): Promise<TextCheck> {
  const words = await readFile(path.join(root, projectWordList), 'utf8').catch(() => '');
  const list = words
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  return createSpellingCheck({ words: list });
}

/** Each language's parser and dictionary; a dictionary is only imported when its language is asked for. */
const languages: Readonly<
  Record<string, { readonly parser: typeof retextEnglish; readonly dictionary: () => Promise<Dictionary> }>
> = {
  en: { parser: retextEnglish, dictionary: async () => (await import('dictionary-en')).default },
  es: { parser: retextLatin, dictionary: async () => (await import('dictionary-es')).default },
};

/**
 * Spell checkers by language and word list. Building one reads the whole
 * dictionary (Spanish takes seconds), so it is done once per process.
 */
const processors = new Map<string, Promise<SpellProcessor>>();

/** Most suggestions a message shows. */
const maxSuggestions = 3;

export async function createSpellingCheck(options: SpellingOptions = {}): Promise<TextCheck> {
  // One word a line, the dictionaries' personal format (which skips blank lines).
  const personal = (options.words ?? []).join('\n').replace(/\s/gu, '\n');
  const wanted = (options.languages ?? Object.keys(languages)).map(baseLanguage).filter((lang) => lang in languages);
  const loaded = new Map<string, SpellProcessor>();
  for (const lang of new Set(wanted)) loaded.set(lang, await spellProcessor(lang, personal));
  const wordListPath = options.wordListPath ?? 'content/words.txt';

  return {
    kind: 'text',
    id: 'spelling',
    severity: 'warning',
    sides: 'both',
    check(text, lang) {
      const processor = loaded.get(baseLanguage(lang));
      if (!processor) return [];
      return unknownWords(processor, maskSkipped(ownLanguageText(text.content).own)).map(({ word, suggestions }) => ({
        message: message(word, suggestions, lang, wordListPath),
      }));
    },
  };
}

function spellProcessor(lang: string, personal: string): Promise<SpellProcessor> {
  const key = `${lang}\n${personal}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = build(lang, personal);
    processors.set(key, processor);
  }
  return processor;
}

async function build(lang: string, personal: string): Promise<SpellProcessor> {
  const language = languages[lang];
  if (!language) throw new Error(`No dictionary for ${lang}`);
  const dictionary = await language.dictionary();
  return unified()
    .use(language.parser)
    .use(retextSpell, {
      dictionary,
      personal,
      // A typo in parentheses or quotes is still a typo; a word cited on purpose goes in the word list.
      ignoreLiteral: false,
      // Suggest for every unknown word of the run, not only the first 30.
      max: Number.MAX_SAFE_INTEGER,
    })
    .freeze();
}

interface UnknownWord {
  readonly word: string;
  readonly suggestions: readonly string[];
}

/** Unknown words of a text, each once, in order. */
function unknownWords(processor: SpellProcessor, text: string): UnknownWord[] {
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  const found = new Map<string, UnknownWord>();
  for (const message of file.messages) {
    // retext-spell sets `actual` on unknown words only (not on its notes).
    if (message.source !== 'retext-spell' || typeof message.actual !== 'string') continue;
    // A word found again has the same suggestions, and keeps its first place.
    found.set(message.actual, { word: message.actual, suggestions: message.expected ?? [] });
  }
  return [...found.values()];
}

/** What is not a word of the language: blanked out, keeping the rest in place. */
const skipped: readonly RegExp[] = [
  /(?:https?:\/\/|mailto:|www\.)[^\s<>]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Domain names: state.gov, travel.state.gov (prose has a space after a period).
  /(?<![\p{L}\p{N}.])(?:[\p{L}\p{N}-]+\.)+\p{Ll}{2,6}(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/gu,
  // Words with digits: 2019, 3er, COVID-19's "19".
  /[\p{L}\p{M}\p{N}]*\p{N}[\p{L}\p{M}\p{N}]*/gu,
  // ALL-CAPS acronyms and initials, with a plural or possessive: INL, ONGs, INL’s, the U and S of U.S.
  /(?<![\p{L}\p{M}\p{N}])(?:\p{Lu}{2,}(?:['’]?s)?|\p{Lu})(?![\p{L}\p{M}\p{N}])/gu,
];

function maskSkipped(text: string): string {
  return skipped.reduce((masked, pattern) => masked.replace(pattern, (match) => ' '.repeat(match.length)), text);
}

function message(word: string, suggestions: readonly string[], lang: string, wordListPath: string): string {
  const shown = suggestions.slice(0, maxSuggestions).map((suggestion) => `“${suggestion}”`);
  const alternatives = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : shown[0];
  const guess = alternatives === undefined ? '.' : `; did you mean ${alternatives}?`;
  return `“${word}” is not in the ${languageName(lang)} dictionary${guess} If it is a name or a term, add it to ${wordListPath}.`;
}

function languageName(lang: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(baseLanguage(lang)) ?? lang;
}

function baseLanguage(lang: string): string {
  return lang.split('-')[0]?.toLowerCase() ?? lang;
}
