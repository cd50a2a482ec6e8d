/**
 * YAML (front matter, site config, glossary) parsed with positions, so that a
 * problem is reported at its line:column in the file the author edits.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
export type { YamlNode };
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { reportError } from './report.ts';

export interface YamlSource {
  readonly document: Document.Parsed;
  /** Position in the file of a YAML node (or of the whole document). */
  positionOf(node: YamlNode | null | undefined): Position;
}

/**
 * Parse YAML text that starts at `start` in `file` (1:1 for a YAML file; the
 * line after the opening `---` for front matter). Syntax errors are reported
 * on `file`; the result is undefined when the text cannot be read.
 */
export function parseYaml(file: VFile, text: string, start: Point = { line: 1, column: 1 }): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pointAt = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: start.line + line - 1, column: line === 1 ? start.column + col - 1 : col };
  };
  const positionOf = (node: YamlNode | null | undefined): Position => {
    const range = node?.range ?? document.range;
    return { start: pointAt(range[0]), end: pointAt(range[1]) };
  };
  for (const error of document.errors) {
    const reason = error.message.split('\n')[0] ?? error.message;
    reportError(file, `Invalid YAML: ${reason}. Check the indentation and quoting on this line.`, { start: pointAt(error.pos[0]), end: pointAt(error.pos[1]) }, 'yaml-syntax');
  }
  if (document.errors.length > 0) return undefined;
  return { document, positionOf };
}

/** One `key: value` entry of a YAML mapping, with the nodes for positions. */
export interface YamlEntry {
  readonly key: string;
  readonly keyNode: YamlNode;
  readonly value: YamlNode | null;
}

/** Entries of a mapping node, or undefined when the node is not a mapping. */
export function mappingEntries(node: unknown): YamlEntry[] | undefined {
  if (!isMap(node)) return undefined;
  const entries: YamlEntry[] = [];
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    entries.push({ key: String(pair.key.value), keyNode: pair.key, value: (pair.value ?? null) as YamlNode | null });
  }
  return entries;
}

/** The string value of a scalar node, or undefined when it is not a non-empty string. */
export function stringValue(node: YamlNode | null): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const value = node.value.trim();
  return value === '' ? undefined : value;
}

/** Items of a sequence node, or undefined when the node is not a sequence. */
export function sequenceItems(node: unknown): YamlNode[] | undefined {
  if (!isSeq(node)) return undefined;
  return node.items.filter((item): item is YamlNode => item !== null && typeof item === 'object');
}

/** The value of a scalar node when it is a number, else undefined. */
export function numberValue(node: YamlNode | null): number | undefined {
  return isScalar(node) && typeof node.value === 'number' ? node.value : undefined;
}
