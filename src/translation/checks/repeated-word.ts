/**
 * Text check `repeated-word`: the same word twice in a row (“the the”,
 * “de de”, “que que”), ignoring case, with only spaces between: a comma or
 * a period between the two (“No, no.”) is a deliberate repetition.
 */
import type { Inline } from '../../pipeline/inline-runs.ts';
import type { Issue, TextCheck } from './check.ts';

/**
 * Doubles that are grammatical. English: the past perfect of “have” (“they
 * had had enough”) and the conjunction before the demonstrative (“he said
 * that that office…”). Formal Spanish has none: “que que” and “de de” are
 * always slips, and an emphatic “muy muy” belongs to speech, not to a page.
 */
const grammaticalDoubles: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['had', 'that']),
  es: new Set(),
};

/** A word: letters and digits, with inner apostrophes and hyphens (“embassy’s”, “INL-trained”). */
const words = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export const repeatedWordCheck: TextCheck = {
  kind: 'text',
  id: 'repeated-word',
  severity: 'warning',
  sides: 'both',
  check(text, lang) {
    const language = lang.split('-')[0]?.toLowerCase() ?? lang;
    const flowing = flowingText(text.content);
    const issues: Issue[] = [];
    let previous: { word: string; start: number; end: number } | undefined;
    for (const match of flowing.matchAll(words)) {
      const word = match[0].toLocaleLowerCase(lang);
      const between = flowing.slice(previous?.end ?? 0, match.index);
      const repeated = previous?.word === word && /^\s+$/u.test(between) && /\p{L}/u.test(word);
      if (repeated && !grammaticalDoubles[language]?.has(word)) {
        const pair = flowing.slice(previous?.start ?? 0, match.index + match[0].length).replace(/\s+/gu, ' ');
        issues.push({ message: `“${pair}”: the same word twice in a row; delete one.` });
      }
      // After a double, a third copy is the same slip: compare with the next word afresh.
      previous = repeated ? undefined : { word, start: match.index, end: match.index + match[0].length };
    }
    return issues;
  },
};

/**
 * The text as it reads: the marks of bold, links and the like dropped (so
 * “**la** la” is a repetition), each standalone code (a placeholder, inline
 * code) a stop, since “de {{count}} de” repeats nothing.
 */
function flowingText(content: readonly Inline[]): string {
  return content.map((run) => (typeof run === 'string' ? run : run.kind === 'standalone' ? '\ufffc' : '')).join('');
}
