/**
 * A unit's text as the editor shows it in a plain text field: its words,
 * and each code as a token the translator moves but does not type, named
 * by what it is and numbered: `⟦b1⟧bold⟦/b1⟧`, `⟦a2⟧link text⟦/a2⟧`,
 * `⟦code3/⟧`. A text field, rather than rich editing, is what every screen
 * reader and keyboard handles; the brackets (U+27E6, U+27E7) do not occur
 * in the site's text. Reading the field back, a token the unit does not
 * have, or one broken by a stray edit, is a problem the editor shows and
 * that stops the save.
 */
import type { CodeType, Inline, InlineCode } from '../../pipeline/inline-runs.ts';

const names: Readonly<Record<CodeType, string>> = {
  bold: 'b',
  italic: 'i',
  strikethrough: 's',
  link: 'a',
  image: 'img',
  code: 'code',
  lang: 'lang',
  break: 'br',
  html: 'html',
  placeholder: 'var',
  nesting: 'nest',
  other: 'x',
};

/** A code's token: `⟦b1⟧`, `⟦/b1⟧`, `⟦code3/⟧`. */
export function token(code: InlineCode): string {
  const name = `${names[code.type]}${code.id}`;
  return code.kind === 'open' ? `⟦${name}⟧` : code.kind === 'close' ? `⟦/${name}⟧` : `⟦${name}/⟧`;
}

/** A unit's text, its codes as tokens. */
export function editableText(content: readonly Inline[]): string {
  return content.map((run) => (typeof run === 'string' ? run : token(run))).join('');
}

export interface ReadBack {
  readonly content: Inline[];
  /** What is wrong with the tokens, for the translator; empty when nothing is. */
  readonly problems: string[];
}

/**
 * The field's text as runs, each token back to the code it stands for
 * (`codes`: the unit's source's and its translation's). Text that looks
 * like a token but is not one of them is a problem, as is a close before
 * its open.
 */
export function readEditable(text: string, codes: readonly InlineCode[]): ReadBack {
  const byToken = new Map(codes.map((code) => [token(code), code]));
  const content: Inline[] = [];
  const problems: string[] = [];
  const open = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(/⟦[^⟦⟧]*⟧/g)) {
    const at = match.index;
    if (at > last) content.push(text.slice(last, at));
    last = at + match[0].length;
    const code = byToken.get(match[0]);
    if (!code) {
      problems.push(`${match[0]} is not one of this unit's codes: undo the change to it, or copy it from the source.`);
      continue;
    }
    if (code.kind === 'open') open.add(code.id);
    if (code.kind === 'close' && !open.delete(code.id))
      problems.push(`${match[0]} closes before its ${token({ ...code, kind: 'open' })} opens: put them in order.`);
    content.push(code);
  }
  if (last < text.length) content.push(text.slice(last));
  const stray = text.replace(/⟦[^⟦⟧]*⟧/g, '');
  if (/[⟦⟧]/.test(stray))
    problems.push('A token is broken (a ⟦ or ⟧ on its own): undo the change, or copy the token from the source.');
  for (const id of open) {
    const code = codes.find((candidate) => candidate.id === id && candidate.kind === 'open');
    if (code)
      problems.push(
        `${token(code)} is never closed: add ${token({ ...code, kind: 'close' })} after the text it marks.`,
      );
  }
  return { content, problems };
}
