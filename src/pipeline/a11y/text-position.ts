/** The source point of an offset inside a text node (exact when the text is written as is, without escapes). */
import type { Text } from 'mdast';
import type { Point } from 'unist';

export function pointInText(node: Text, offset: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset);
  const lines = before.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return lines.length === 1
    ? {
        line: start.line,
        column: start.column + last.length,
        ...(start.offset === undefined ? {} : { offset: start.offset + offset }),
      }
    : { line: start.line + lines.length - 1, column: 1 + last.length };
}
