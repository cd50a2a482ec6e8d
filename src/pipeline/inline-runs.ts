/**
 * A text as runs of plain text and codes: what a translation unit's text is
 * made of, and what XLIFF carries. A code stands for Markdown punctuation or
 * a placeholder the translator must keep but should never retype: `**`,
 * `](https://…)`, `{{count}}`. The pipeline records the runs of each block
 * (remark-blocks, with inline-markdown.ts), so they are defined here, below
 * the translation modules that read them.
 */

/** A run of a unit's text: plain text, or a code. */
export type Inline = string | InlineCode;

/** What a code stands for, in words a translator knows. */
export type CodeType =
  | 'bold'
  | 'italic'
  | 'strikethrough'
  | 'link'
  | 'image'
  | 'code'
  | 'lang'
  | 'break'
  | 'html'
  | 'placeholder'
  | 'nesting'
  | 'other';

export interface InlineCode {
  /**
   * `open` and `close` enclose translatable text (a bold phrase, a link's
   * text) and share an id; `standalone` stands alone (inline code, a line
   * break, a placeholder).
   */
  readonly kind: 'open' | 'close' | 'standalone';
  /** Unique among a unit's codes (an open and its close share one): `1`, `2`, … */
  readonly id: string;
  readonly type: CodeType;
  /** The exact text it stands for: `**`, `[`, `](https://example.org)`, `{{count}}`. */
  readonly original: string;
}
