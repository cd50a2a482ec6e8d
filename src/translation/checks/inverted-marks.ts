/**
 * Text check `inverted-marks`, for Spanish: a question is written between
 * ¿ and ?, an exclamation between ¡ and !, within one sentence. “Qué pasa?”
 * lacks its ¿, “¿Qué pasa.” its ?. Nested marks close in reverse order
 * (“¡¿Qué?!”). A mark alone in parentheses, “(?)” or “(!)”, expresses doubt
 * or irony and needs no pair; a phrase marked as another language
 * (`:lang[Really?]{lang=en}`) follows its own rules.
 */
import type { Inline } from '../../pipeline/inline-runs.ts';
import { ownLanguageText } from './own-language.ts';
import type { Issue, TextCheck } from './check.ts';

const pairs: Readonly<Record<string, string>> = { '?': '¿', '!': '¡' };
const names: Readonly<Record<string, string>> = { '¿': 'a question', '¡': 'an exclamation' };

export const invertedMarksCheck: TextCheck = {
  kind: 'text',
  id: 'inverted-marks',
  severity: 'error',
  sides: 'target',
  check(text, lang) {
    if (lang.split('-')[0]?.toLowerCase() !== 'es') return [];
    const { shown, spanish } = readText(text.content);
    return sentences(spanish).flatMap(([start, end]) => unpairedMarks(spanish, shown, start, end));
  },
};

/**
 * Issues of the sentence from `start` to `end`: each closing mark pairs with
 * the last opening one still open. `spanish` is scanned; `shown` is quoted.
 */
function unpairedMarks(spanish: string, shown: string, start: number, end: number): Issue[] {
  const issues: Issue[] = [];
  const open: { mark: string; index: number }[] = [];
  for (let index = start; index < end; index++) {
    const mark = spanish.charAt(index);
    if (mark === '¿' || mark === '¡') open.push({ mark, index });
    const opening = pairs[mark];
    if (opening === undefined) continue;
    if (spanish.charAt(index - 1) === '(' && spanish.charAt(index + 1) === ')') continue;
    const last = open.pop();
    if (last?.mark === opening) continue;
    if (last === undefined) {
      const excerpt = quote(shown, [start, end], Math.max(start, index - 50), index + 1);
      issues.push({
        message: `“${mark}” ends ${names[opening]} that does not open with “${opening}”: add “${opening}” where it starts, in ${excerpt}.`,
      });
    } else {
      const excerpt = quote(shown, [start, end], last.index, index + 1);
      issues.push({
        message: `“${last.mark}” opens ${names[last.mark]} that “${mark}” closes, in ${excerpt}: ${names[last.mark]} is written “${last.mark}…${closing(last.mark)}”; make the two marks match.`,
      });
    }
  }
  for (const { mark, index } of open) {
    const excerpt = quote(shown, [start, end], index, Math.min(end, index + 50));
    issues.push({
      message: `“${mark}” opens ${names[mark]} that does not end with “${closing(mark)}” in the same sentence: add “${closing(mark)}” where it ends, or remove “${mark}”, in ${excerpt}.`,
    });
  }
  return issues;
}

/**
 * Quote the sentence `text.slice(...sentence)` from `start` to `end` in whole words, shortened in the middle when
 * long. A word cut at either end is left out, unless the reported mark is where it is cut (“(¿”, “?»”).
 */
function quote(text: string, sentence: readonly [number, number], start: number, end: number): string {
  let from = start;
  let to = end;
  if (/\S/u.test(text.charAt(from - 1)) && text.charAt(from) !== '¿' && text.charAt(from) !== '¡')
    from += text.slice(from).search(/\s/u) + 1;
  if (/\S/u.test(text.charAt(to)) && text.charAt(to - 1) !== '?' && text.charAt(to - 1) !== '!')
    to = Math.max(text.lastIndexOf(' ', to), from + 1);
  const excerpt = text.slice(from, to).trim();
  const shortened = excerpt.length > 60 ? `${excerpt.slice(0, 28)}…${excerpt.slice(-28)}` : excerpt;
  const before = text.slice(sentence[0], from).trim() === '' ? '' : '…';
  const after = text.slice(to, sentence[1]).trim() === '' ? '' : '…';
  return `“${before}${shortened}${after}”`;
}

function closing(opening: string): string {
  return opening === '¿' ? '?' : '!';
}

/**
 * Where the sentences of a text start and end. A period ends one when a
 * capital follows, unless it ends an abbreviation or an initial: a single
 * letter (J., p. ej.), a word in capitals (EE. UU.) or a common abbreviation
 * (Sr., Dra., pág.). A question such as “¿Vio al Sr. Pérez?” must not be
 * split.
 */
function sentences(text: string): [number, number][] {
  const ends = /(?<![.…])\.(?!\.)(?=\s+[¿¡«“"(]*\p{Lu})/gu;
  const result: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(ends)) {
    const word = /\p{L}+$/u.exec(text.slice(start, match.index))?.[0] ?? '';
    if (/^(?:\p{L}|\p{Lu}+)$/u.test(word) || abbreviations.has(word.toLowerCase())) continue;
    result.push([start, match.index + 1]);
    start = match.index + 1;
  }
  result.push([start, text.length]);
  return result;
}

const abbreviations = new Set([
  'sr',
  'sra',
  'srta',
  'dr',
  'dra',
  'lic',
  'ing',
  'mtro',
  'mtra',
  'gral',
  'ud',
  'uds',
  'vd',
  'vds',
  'art',
  'arts',
  'núm',
  'núms',
  'pág',
  'págs',
  'tel',
  'aprox',
  'ej',
  'vol',
  'cap',
]);

/** The text as shown, and the same with what is not Spanish blanked out: phrases in another language, and URLs, whose ? and ! are not punctuation. */
function readText(content: readonly Inline[]): { shown: string; spanish: string } {
  const { shown, own } = ownLanguageText(content);
  return { shown, spanish: own.replace(/(?:https?:\/\/|www\.)[^\s<>]+/giu, (url) => ' '.repeat(url.length)) };
}
