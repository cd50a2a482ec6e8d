/**
 * Codes as both XLIFF versions write them: a unit's flat runs nested into
 * pairs (an open, what it encloses, its close) and standalones, and what a
 * code's type becomes in each version's vocabulary.
 */
import type { CodeType, Inline, InlineCode } from '../../pipeline/inline-runs.ts';

/** The prefix of this project's own values (`subType`, `subState`). */
export const extensionPrefix = 'embassy';
/** The namespace of this project's own attributes. */
export const extensionNamespace = 'urn:embassy-content:xliff';

export interface PairedCode {
  readonly kind: 'pair';
  readonly open: InlineCode;
  readonly close: InlineCode;
  readonly children: readonly NestedRun[];
}

export interface StandaloneCode {
  readonly kind: 'standalone';
  readonly code: InlineCode;
}

export type NestedRun = string | PairedCode | StandaloneCode;

/**
 * Runs nested by their pairs. Content made from Markdown or a UI string is
 * always properly nested; anything else is a bug upstream, so it throws.
 */
export function nestCodes(content: readonly Inline[]): NestedRun[] {
  const root: NestedRun[] = [];
  const stack: { open: InlineCode; children: NestedRun[] }[] = [];
  for (const run of content) {
    const siblings = stack.at(-1)?.children ?? root;
    if (typeof run === 'string') {
      if (run !== '') siblings.push(run);
    } else if (run.kind === 'standalone') {
      siblings.push({ kind: 'standalone', code: run });
    } else if (run.kind === 'open') {
      stack.push({ open: run, children: [] });
    } else {
      const pair = stack.pop();
      if (!pair || pair.open.id !== run.id)
        throw new Error(`Code \`${run.id}\` closes without being the innermost open code`);
      const parent = stack.at(-1)?.children ?? root;
      parent.push({ kind: 'pair', open: pair.open, close: run, children: pair.children });
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed) throw new Error(`Code \`${unclosed.open.id}\` opens but never closes`);
  return root;
}

/**
 * XLIFF 1.2 `ctype`: the spec's values where one fits (`bold`, `italic`,
 * `link` for `<g>`; `image`, `lb` for `<x>`), `x-` and the type otherwise.
 */
export function ctype(type: CodeType, kind: 'pair' | 'standalone'): string {
  if (kind === 'pair' && (type === 'bold' || type === 'italic' || type === 'link')) return type;
  if (kind === 'standalone' && type === 'image') return 'image';
  if (kind === 'standalone' && type === 'break') return 'lb';
  return `x-${type}`;
}

export interface CodeKind20 {
  readonly type: 'fmt' | 'ui' | 'quote' | 'link' | 'image' | 'other';
  readonly subType?: string;
}

/**
 * XLIFF 2.0 `type` and `subType`: the spec's `xlf:` values where one fits
 * (each with the `type` the spec requires of it), this project's prefix for
 * the rest.
 */
export const codeKinds20: Readonly<Record<CodeType, CodeKind20>> = {
  bold: { type: 'fmt', subType: 'xlf:b' },
  italic: { type: 'fmt', subType: 'xlf:i' },
  strikethrough: { type: 'fmt', subType: `${extensionPrefix}:strikethrough` },
  link: { type: 'link' },
  image: { type: 'image' },
  code: { type: 'fmt', subType: `${extensionPrefix}:code` },
  lang: { type: 'other', subType: `${extensionPrefix}:lang` },
  break: { type: 'fmt', subType: 'xlf:lb' },
  html: { type: 'other', subType: `${extensionPrefix}:html` },
  placeholder: { type: 'ui', subType: 'xlf:var' },
  nesting: { type: 'ui', subType: `${extensionPrefix}:nesting` },
  other: { type: 'other' },
};

/**
 * What a translator is shown for a standalone code: its original on one line
 * (an attribute value cannot keep a line break), or nothing when that is blank.
 */
export function displayText(code: InlineCode): string | undefined {
  const display = code.original.replace(/[ \t\n\r]+/g, ' ').trim();
  return display === '' ? undefined : display;
}
