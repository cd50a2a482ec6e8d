/**
 * Inline codes in TMX 1.4b: an open code is `<bpt>`, its close `<ept>`
 * (paired by `i`), a standalone code `<ph>`; each holds the Markdown it
 * stands for, as TMX keeps native code. `x` numbers a code across the
 * languages of a unit, and `type` says what it is (`bold`, `italic`,
 * `link`, or this project's `x-…`).
 */
import type { CodeType, InlineCode } from '../../pipeline/inline-runs.ts';

const tmxTypes: Partial<Record<CodeType, string>> = { bold: 'bold', italic: 'italic', link: 'link' };
const codeTypes: readonly CodeType[] = [
  'bold',
  'italic',
  'strikethrough',
  'link',
  'image',
  'code',
  'lang',
  'break',
  'html',
  'placeholder',
  'nesting',
  'other',
];

/** A code's TMX `type`. */
export function tmxType(code: InlineCode): string {
  return tmxTypes[code.type] ?? `x-${code.type}`;
}

/** The code type of a TMX `type` (another tool's types are `other`). */
export function codeType(type: string | null | undefined): CodeType {
  if (!type) return 'other';
  const named = codeTypes.find((candidate) => tmxTypes[candidate] === type || `x-${candidate}` === type);
  return named ?? 'other';
}
