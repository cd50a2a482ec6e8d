/**
 * Pair check `whitespace`: the translation starts and ends with the same
 * whitespace as the source. A UI string is joined to other text, so a
 * trailing space is either needed on both sides or a slip on one. It reads
 * the raw runs (the plain text is trimmed); a standalone code (a placeholder,
 * a line break) counts as text.
 */
import type { Inline } from '../../pipeline/inline-runs.ts';
import type { Issue, PairCheck } from './check.ts';

export const whitespaceCheck: PairCheck = {
  kind: 'pair',
  id: 'whitespace',
  severity: 'error',
  check(unit) {
    const source = edges(unit.source.content);
    const target = edges(unit.target.content);
    const issues: Issue[] = [];
    if (source.leading !== target.leading) issues.push({ message: message('starts', source.leading, target.leading) });
    if (source.trailing !== target.trailing)
      issues.push({ message: message('ends', source.trailing, target.trailing) });
    return issues;
  },
};

interface Edges {
  readonly leading: string;
  readonly trailing: string;
}

/** The whitespace a text starts and ends with; empty or blank text has none. */
function edges(content: readonly Inline[]): Edges {
  const text = content
    .map((run) => (typeof run === 'string' ? run : run.kind === 'standalone' ? '\ufffc' : ''))
    .join('');
  if (text.trim() === '') return { leading: '', trailing: '' };
  return { leading: text.slice(0, text.length - text.trimStart().length), trailing: text.slice(text.trimEnd().length) };
}

function message(where: 'starts' | 'ends', source: string, target: string): string {
  if (source === '')
    return `The translation ${where} with ${describe(target)} that the source does not have: remove it.`;
  if (target === '')
    return `The source ${where} with ${describe(source)} and the translation does not: add it, since the text is joined to what ${where === 'starts' ? 'precedes' : 'follows'} it.`;
  return `The source ${where} with ${describe(source)} and the translation with ${describe(target)}: use the source's.`;
}

/** Names of whitespace characters, one and several. */
const names: Readonly<Record<string, readonly [string, string]>> = {
  ' ': ['a space', 'spaces'],
  '\n': ['a line break', 'line breaks'],
  '\t': ['a tab', 'tabs'],
  '\u00a0': ['a no-break space', 'no-break spaces'],
};

/** Whitespace in words: “a space”, “2 spaces”, “a line break”, “a no-break space”. */
function describe(whitespace: string): string {
  const normalized = whitespace.replace(/\r\n/g, '\n');
  const name = new Set(normalized).size === 1 ? names[normalized.charAt(0)] : undefined;
  if (!name) return normalized.length === 1 ? 'a whitespace character' : `${normalized.length} whitespace characters`;
  return normalized.length === 1 ? name[0] : `${normalized.length} ${name[1]}`;
}
