/**
 * UI strings: `locales/<lang>/<namespace>.json` in i18next JSON v4 format
 * (nested keys, plural forms as `key_one`, `key_other`, …). Every language
 * has the source language's keys, or fewer (i18next then shows the source
 * string); a key the source does not have is an error, usually a typo.
 */
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { reportError, reportWarning } from './report.ts';
import { plainTextProblem } from '../sanitize/sanitize-string.ts';
import { parseYaml, type YamlSource } from './yaml.ts';

/** A namespace's strings: nested objects with string leaves. */
export interface UiTree {
  [key: string]: string | UiTree;
}

/** A namespace file, read. */
export interface UiNamespace {
  readonly file: VFile;
  readonly strings: UiTree;
  /** Position of the value at a key path, for messages. */
  readonly yaml: YamlSource;
}

const ruleId = 'ui-strings';
const pluralSuffix = /_(?:ordinal_)?(?:zero|one|two|few|many|other)$/;

/** Read one namespace file; problems are messages on `file`. */
export function readUiNamespace(file: VFile): UiNamespace | undefined {
  const text = String(file.value);
  if (text.trim() === '') {
    reportError(file, 'The file is empty: a UI strings file is one JSON object, `{}` at the least.', { line: 1, column: 1 }, ruleId);
    return undefined;
  }
  try {
    JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = /line (\d+) column (\d+)/.exec(reason);
    const place: Point = where ? { line: Number(where[1]), column: Number(where[2]) } : { line: 1, column: 1 };
    const detail = reason.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    reportError(file, `Invalid JSON: ${detail}. Check for a missing or extra comma, or an unquoted key or text.`, place, ruleId);
    return undefined;
  }
  // JSON is YAML: read it again with positions, for messages about its keys.
  const yaml = parseYaml(file, text);
  if (!yaml) return undefined;
  const strings = yaml.document.toJS() as unknown;
  if (!isPlainObject(strings)) {
    reportError(file, 'A UI strings file is one JSON object of `"key": "text"` pairs.', { line: 1, column: 1 }, ruleId);
    return undefined;
  }
  checkLeaves(strings, [], file, yaml);
  return { file, strings: strings as UiTree, yaml };
}

function checkLeaves(tree: Record<string, unknown>, trail: string[], file: VFile, yaml: YamlSource): void {
  for (const [key, value] of Object.entries(tree)) {
    const keyPath = [...trail, key];
    if (isPlainObject(value)) {
      checkLeaves(value, keyPath, file, yaml);
    } else if (typeof value !== 'string') {
      reportError(file, `UI string \`${keyPath.join('.')}\` must be text in quotes, or an object of strings.`, positionOf(yaml, keyPath), ruleId);
    } else {
      // A site may insert a UI string as HTML: the fragments' sanitizer must leave it as it is.
      const problem = plainTextProblem(value, { allowSafeMarkup: true });
      if (problem) reportError(file, `UI string \`${keyPath.join('.')}\` ${problem}.`, positionOf(yaml, keyPath), ruleId);
    }
  }
}

/**
 * Compare a translation's namespace with the source's: a key the source does
 * not have is an error; a source key the translation lacks is a warning
 * (i18next shows the source string).
 */
export function compareUiNamespaces(source: UiTree, translation: UiNamespace, lang: string): void {
  const sourceKeys = new Set(keyPaths(source).map(pluralBase));
  const translationKeys = keyPaths(translation.strings);
  // A misspelled key is one error that names the key meant, not an error and a "missing" warning.
  const meant = new Set<string>();
  for (const key of translationKeys) {
    if (!sourceKeys.has(pluralBase(key))) {
      const match = [...sourceKeys].find((candidate) => candidate.toLowerCase() === pluralBase(key).toLowerCase());
      if (match) meant.add(match);
      const fix = match ? `Did you mean \`${match}\`?` : 'Fix its spelling or add it to the source file first.';
      reportError(translation.file, `Unknown UI key \`${key}\`: the source language has no such key. ${fix}`, positionOf(translation.yaml, key.split('.')), ruleId);
    }
  }
  const present = new Set(translationKeys.map(pluralBase));
  for (const key of sourceKeys) {
    if (!present.has(key) && !meant.has(key)) {
      reportWarning(translation.file, `Missing UI string \`${key}\` in \`${lang}\`: the source language's text is shown until it is translated.`, { line: 1, column: 1 }, ruleId);
    }
  }
}

/** Dotted paths of every string in a tree. */
export function keyPaths(tree: UiTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`)));
}

/** The string at a dotted path, if any. */
export function stringAt(tree: UiTree, keyPath: string): string | undefined {
  let node: string | UiTree | undefined = tree;
  for (const part of keyPath.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function pluralBase(key: string): string {
  return key.replace(pluralSuffix, '');
}

/** Where the value at a key path is in a namespace's file. */
export function positionOfKey(namespace: UiNamespace, keyPath: readonly string[]) {
  return positionOf(namespace.yaml, keyPath);
}

function positionOf(yaml: YamlSource, keyPath: readonly string[]) {
  const node = yaml.document.getIn(keyPath, true);
  return yaml.positionOf(node && typeof node === 'object' ? (node as Parameters<YamlSource['positionOf']>[0]) : null);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
