/**
 * Text check `brackets`: every ( [ « “ ‘ is closed by its ) ] » ” ’, in
 * order, within the text. It reads the plain text, so a link's URL and inline
 * code, which may hold brackets of their own, are not counted.
 *
 * ’ is also the apostrophe (“embassy’s”, “’90s”, “the states’ rights”), so
 * it only closes a ‘ that is open, and never between two letters; an ’ that
 * closes nothing is not reported. A “)” after a list letter or number (“a)”,
 * “2)”) closes nothing either, and is not reported.
 */
import type { Issue, TextCheck } from './check.ts';

const closerOf: Readonly<Record<string, string>> = { '(': ')', '[': ']', '«': '»', '“': '”', '‘': '’' };
const openerOf: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(closerOf).map(([opener, closer]) => [closer, opener]),
);

const names: Readonly<Record<string, string>> = {
  '(': 'parenthesis',
  ')': 'parenthesis',
  '[': 'bracket',
  ']': 'bracket',
  '«': 'quotation mark',
  '»': 'quotation mark',
  '“': 'quotation mark',
  '”': 'quotation mark',
  '‘': 'quotation mark',
};

export const bracketsCheck: TextCheck = {
  kind: 'text',
  id: 'brackets',
  severity: 'error',
  sides: 'both',
  check(text) {
    const plain = text.text;
    const issues: Issue[] = [];
    const open: { mark: string; index: number }[] = [];
    for (let index = 0; index < plain.length; index++) {
      const mark = plain.charAt(index);
      if (closerOf[mark] !== undefined) {
        open.push({ mark, index });
        continue;
      }
      const opener = openerOf[mark];
      if (opener === undefined) continue;
      if (mark === '’' && (isApostrophe(plain, index) || open.at(-1)?.mark !== '‘')) continue;
      if (mark === ')' && isListMarker(plain, index) && !open.some((entry) => entry.mark === '(')) continue;
      const closed = open.findLastIndex((entry) => entry.mark === opener);
      if (closed === -1) {
        issues.push({
          message: `The closing ${names[mark]} “${mark}” closes nothing in “${excerpt(plain, index)}”: add its “${opener}” where the ${opener === '(' || opener === '[' ? 'aside' : 'quotation'} starts, or remove it.`,
        });
        continue;
      }
      // Close the innermost open one; marks opened inside it and still open are crossed (“( [ ) ]”): unclosed.
      for (const unclosed of open.splice(closed).slice(1).reverse())
        issues.push(unclosedIssue(plain, unclosed.mark, unclosed.index, mark));
    }
    for (const unclosed of open) issues.push(unclosedIssue(plain, unclosed.mark, unclosed.index));
    return issues;
  },
};

function unclosedIssue(text: string, mark: string, index: number, before?: string): Issue {
  const where = before === undefined ? '' : ` before the “${before}”`;
  return {
    message: `The opening ${names[mark]} “${mark}” is not closed${where} in “${excerpt(text, index)}”: add “${closerOf[mark]}” where the ${mark === '(' || mark === '[' ? 'aside' : 'quotation'} ends, or remove it.`,
  };
}

/** ’ between two letters or digits, or before digits (“’90s”). */
function isApostrophe(text: string, index: number): boolean {
  const before = text.charAt(index - 1);
  const after = text.charAt(index + 1);
  return /[\p{L}\p{N}]/u.test(after) && (/[\p{L}\p{N}]/u.test(before) || /\p{N}/u.test(after));
}

/** “a)”, “2)”, “iv)”: a short label at the start of the text or after a space. */
function isListMarker(text: string, index: number): boolean {
  return /(?:^|[\s(])[\p{L}\p{N}]{1,3}$/u.test(text.slice(Math.max(0, index - 4), index));
}

/** The words around a place, for a message. */
function excerpt(text: string, index: number): string {
  let from = Math.max(0, index - 32);
  let to = Math.min(text.length, index + 32);
  const wordStart = text.indexOf(' ', from);
  if (from > 0 && wordStart !== -1 && wordStart < index) from = wordStart + 1;
  const wordEnd = text.lastIndexOf(' ', to);
  if (to < text.length && wordEnd > index) to = wordEnd;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
