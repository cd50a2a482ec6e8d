/**
 * Pair check `end-punctuation`: the translation ends with the same kind of
 * punctuation as the source: a period, a question mark, an exclamation mark,
 * a colon, a semicolon, a comma, an ellipsis, or none (a heading, a list item
 * or a button label often has none, and then neither should the translation).
 *
 * Closing quotes and brackets are looked through, so “yes.” and «sí». both end
 * with a period; the same mark in another script counts as the same kind
 * (？ and ؟ are question marks), and “...” is an ellipsis like “…”.
 */
import type { PairCheck } from './check.ts';

/** A mark that ends a text, as the kind it is. */
const kindOf: Readonly<Record<string, string>> = {
  '.': '.',
  '。': '.',
  '｡': '.',
  '?': '?',
  '？': '?',
  '؟': '?',
  '\u037e': '?', // U+037E GREEK QUESTION MARK
  '!': '!',
  '！': '!',
  ':': ':',
  '：': ':',
  ';': ';',
  '；': ';',
  ',': ',',
  '，': ',',
  '、': ',',
  '…': '…',
};

const names: Readonly<Record<string, string>> = {
  '.': 'a period',
  '?': 'a question mark',
  '!': 'an exclamation mark',
  ':': 'a colon',
  ';': 'a semicolon',
  ',': 'a comma',
  '…': 'an ellipsis',
};

/** Closing quotes and brackets, and spaces, that may follow the final mark. */
const closers = /[\s"'”’»›)\]}」』）]+$/u;
const finalMarks = new RegExp(`[${Object.keys(kindOf).join('')}]+$`, 'u');

/**
 * The kind of punctuation a text ends with: `.`, `?`, `?!`, `…`, or `''`
 * for none. A cluster such as “?!” or “!?” is the set of its kinds.
 */
export function endKind(text: string): string {
  const marks = finalMarks.exec(text.replace(closers, ''))?.[0] ?? '';
  const kinds = new Set([...marks.replace(/\.{3}/g, '…')].map((mark) => kindOf[mark] ?? mark));
  return [...kinds].sort().join('');
}

export const endPunctuationCheck: PairCheck = {
  kind: 'pair',
  id: 'end-punctuation',
  severity: 'warning',
  check(unit, context) {
    // An empty side is another check's business (missing or empty translation).
    if (unit.source.text === '' || unit.target.text === '') return [];
    const source = endKind(unit.source.text);
    const target = endKind(unit.target.text);
    if (source === target) return [];
    return [{ message: message(source, target, context.lang) }];
  },
};

function describe(kind: string): string {
  if (kind === '') return 'no punctuation';
  return names[kind] ?? `“${kind}”`;
}

function message(source: string, target: string, lang: string): string {
  const fix = source === '' ? `remove the final “${target}”` : `end it with “${source}”`;
  // A Spanish question or exclamation also opens with its inverted mark.
  const opening =
    lang.split('-')[0] === 'es'
      ? [source.includes('?') ? '“¿”' : '', source.includes('!') ? '“¡”' : ''].filter(Boolean)
      : [];
  const open = opening.length > 0 ? `, and open it with ${opening.join(' and ')}` : '';
  return `The source ends with ${describe(source)} and the translation with ${describe(target)}: ${fix}${open}.`;
}
