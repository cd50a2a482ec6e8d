/**
 * The key of a text for exact matches in the translation memory: its words
 * with whitespace collapsed, and its codes in order with what each stands
 * for (its Markdown). Two units match exactly when both are the same: the same words and
 * the same codes (a link to another address is another code).
 */
import type { Inline } from '../../pipeline/inline-runs.ts';

export function exactKey(content: readonly Inline[]): string {
  let key = '';
  for (const run of content) {
    // A code is what it stands for: its type is a label, which a TMX from another tool may not have.
    key += typeof run === 'string' ? run : `\u0000${run.kind}\u0001${run.original}\u0000`;
  }
  return key.replace(/\s+/g, ' ').trim();
}
