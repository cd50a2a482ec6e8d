/**
 * A UI string as runs of text and codes, and back. i18next replaces
 * `{{name}}` (interpolation, also `{{- name}}` unescaped and
 * `{{value, number}}` formatted) and `$t(key)` (nesting) at run time; HTML
 * tags in a string are markup. A translator keeps all three as they are, so
 * each is a standalone code.
 */
import type { CodeType, Inline } from '../pipeline/inline-runs.ts';

const codePattern = /\{\{[^{}]*\}\}|\$t\([^()]*(?:\([^()]*\)[^()]*)*\)|<\/?[a-z][^<>]*>/gi;

export function stringContent(value: string): Inline[] {
  const content: Inline[] = [];
  let last = 0;
  let id = 1;
  for (const match of value.matchAll(codePattern)) {
    const index = match.index ?? 0;
    if (index > last) content.push(value.slice(last, index));
    const original = match[0];
    const type: CodeType = original.startsWith('{{') ? 'placeholder' : original.startsWith('$t(') ? 'nesting' : 'html';
    content.push({ kind: 'standalone', id: String(id++), type, original });
    last = index + original.length;
  }
  if (last < value.length) content.push(value.slice(last));
  return content;
}

export function contentToString(content: readonly Inline[]): string {
  return content.map((run) => (typeof run === 'string' ? run : run.original)).join('');
}
