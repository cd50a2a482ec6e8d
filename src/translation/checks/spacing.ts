/**
 * Text check `spacing`: two spaces in a row inside the text, and, in English
 * and Spanish, a space before , . ; : ? ! (French puts one there; these
 * languages do not). It reads the raw runs, since the plain text has its
 * spaces collapsed. A no-break space alone is fine: Spanish writes “20 %”
 * with one.
 */
import type { Inline } from '../../pipeline/inline-runs.ts';
import type { Issue, TextCheck } from './check.ts';

/** Languages whose , . ; : ? ! follow the word directly. */
const closedUpPunctuation = new Set(['en', 'es']);

/** Stands for a standalone code (inline code, a placeholder): not a space, not a word. */
const code = '\ufffc';

/** Two or more spaces (not a line break: the Markdown may wrap lines) between two visible characters. */
const doubleSpace = /(?<=\S)[^\S\r\n]{2,}(?=\S)/gu;
/**
 * Spaces before a mark, except before an ellipsis (“...”) or a period that
 * starts a name or a number (“.gov”, “.5”).
 */
const spaceBeforeMark = /(?<=\S)\s+(?=[,;:?!]|\.(?![.\p{L}\p{N}]))/gu;

export const spacingCheck: TextCheck = {
  kind: 'text',
  id: 'spacing',
  severity: 'warning',
  sides: 'both',
  check(text, lang) {
    const raw = rawText(text.content);
    const issues: Issue[] = [];
    for (const match of raw.text.matchAll(doubleSpace)) {
      issues.push({
        message: `${spaces(match[0])} in a row in “${raw.excerpt(match.index, match[0].length)}”: leave one space.`,
      });
    }
    if (closedUpPunctuation.has(lang.split('-')[0]?.toLowerCase() ?? lang)) {
      for (const match of raw.text.matchAll(spaceBeforeMark)) {
        const mark = raw.text.charAt(match.index + match[0].length);
        issues.push({
          message: `A space before “${mark}” in “${raw.excerpt(match.index, match[0].length)}”: remove it; the mark follows the word directly.`,
        });
      }
    }
    return issues;
  },
};

interface RawText {
  /** Runs joined; each standalone code is one `code` character. */
  readonly text: string;
  /** The text around a place, with codes written out, for a message. */
  excerpt(index: number, length: number): string;
}

/** The raw runs joined; the marks of bold, links and the like are dropped, as in the plain text. */
function rawText(content: readonly Inline[]): RawText {
  let text = '';
  const codes = new Map<number, string>();
  for (const run of content) {
    if (typeof run === 'string') text += run;
    else if (run.kind === 'standalone') {
      codes.set(text.length, run.original);
      text += code;
    }
  }
  return {
    text,
    excerpt(index, length) {
      // Whole words around the place, with each code written out as it is.
      let from = Math.max(0, index - 28);
      let to = Math.min(text.length, index + length + 20);
      const wordStart = text.indexOf(' ', from);
      if (from > 0 && wordStart !== -1 && wordStart < index) from = wordStart + 1;
      const wordEnd = text.lastIndexOf(' ', to);
      if (to < text.length && wordEnd > index + length) to = wordEnd;
      const shown = text
        .slice(from, to)
        .split('')
        .map((character, offset) => (character === code ? (codes.get(from + offset) ?? '') : character))
        .join('');
      return `${from > 0 ? '…' : ''}${shown.replace(/\n/g, ' ')}${to < text.length ? '…' : ''}`;
    },
  };
}

/** “2 spaces”, “3 spaces (1 no-break)”. */
function spaces(run: string): string {
  const noBreak = run.match(/[\u00a0\u202f]/gu)?.length ?? 0;
  return `${run.length} spaces${noBreak > 0 ? ` (${noBreak === run.length ? 'all' : noBreak} no-break)` : ''}`;
}
