/**
 * Read a translated XLIFF file (1.2 or 2.0, told apart by the root's
 * `version`) into what importing needs: the document it is for, and each
 * unit's source and target as text and code ids with its state.
 *
 * Reading is strict, so that a translation never lands half-understood: every
 * problem is a message on the file at its line:column, in words a translator
 * can act on, and a file with any problem gives undefined.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { reportError } from '../../content/report.ts';
import { fail } from './read-units.ts';
import { readXliff12 } from './read-xliff-12.ts';
import { readXliff20 } from './read-xliff-20.ts';

/** Text, or a code by id: what a code stands for comes from the current source. */
export type ImportedInline = string | { kind: 'open' | 'close' | 'standalone'; id: string };

/** XLIFF 2.0's states, plus `needs-review` for a translation whose source changed (1.2 `needs-review-*`). */
export type SegmentState = 'initial' | 'needs-review' | 'translated' | 'reviewed' | 'final';

export interface ImportedUnit {
  id: string;
  source: ImportedInline[];
  /** Absent when the file has no translation for the unit. */
  target?: ImportedInline[];
  state: SegmentState;
  /** Of the unit element, for messages. */
  position?: Position;
  /** The digest of the unit's translation when it was exported (exported-target.ts), when the file records it. */
  exportedTarget?: string;
}

export interface XliffDocument {
  version: '1.2' | '2.0';
  kind: 'page' | 'namespace';
  /** Page id (`mexico`) or namespace (`ui`). */
  id: string;
  sourceLanguage: string;
  /** Target language. */
  lang: string;
  /** The source file: `content/en/mexico.md`, `locales/en/ui.json`. */
  original: string;
  units: ImportedUnit[];
}

export function readXliff(file: VFile): XliffDocument | undefined {
  const tree = parse(file);
  if (!tree) return undefined;
  const root = tree.children.find((child): child is Element => child.type === 'element');
  if (!root || root.name !== 'xliff') {
    const found = root ? `its root element is \`<${root.name}>\`` : 'it has no root element';
    fail(
      file,
      `This is not an XLIFF file: ${found}, not \`<xliff>\`; export the translation from your tool as XLIFF 1.2 or 2.0`,
      root,
    );
    return undefined;
  }
  const errorsBefore = errorCount(file);
  const version = root.attributes.version;
  let document: XliffDocument | undefined;
  if (version === '1.2') document = readXliff12(root, file);
  else if (version === '2.0') document = readXliff20(root, file);
  else {
    const found = version ? `XLIFF version \`${version}\` is not supported` : 'The `<xliff>` element has no `version`';
    fail(file, `${found}; export the translation as XLIFF 1.2 (\`version="1.2"\`) or 2.0 (\`version="2.0"\`)`, root);
  }
  return errorCount(file) === errorsBefore ? document : undefined;
}

/** The XML tree, or undefined (with the parser's complaint at its place) when it is not well-formed. */
function parse(file: VFile): Root | undefined {
  const text = typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value);
  const deep = tooDeep(text);
  if (deep) {
    reportError(
      file,
      `Elements are nested more than ${maxDepth} levels deep here: an XLIFF file nests a few levels, so this is not one a translation tool wrote. Export the file again.`,
      deep,
      'xliff',
    );
    return undefined;
  }
  try {
    return fromXml(text);
  } catch (error) {
    // xast-util-from-xml throws a VFileMessage whose cause is the parser's error.
    const thrown = error as { place?: Position['start']; cause?: unknown };
    const cause = thrown.cause instanceof Error ? thrown.cause.message : String(error);
    const problem = (cause.split('\n')[0] ?? cause).replace(/ \(line \d+, column \d+\)$/, '');
    reportError(
      file,
      `This file is not well-formed XML: ${problem}. Fix the markup here: an element left open or closed twice, or a \`<\` or \`&\` typed in the text (write \`&lt;\` and \`&amp;\`)`,
      thrown.place,
      'xliff',
    );
    return undefined;
  }
}

/** How deep elements may nest: XLIFF nests some ten levels; the parser recurses once a level. */
const maxDepth = 256;

/**
 * Where elements first nest deeper than `maxDepth`, if they do: one pass
 * over the text, each `<` looked at once (a comment, CDATA section or
 * declaration skipped whole; what does not close is left to the parser).
 */
function tooDeep(text: string): Position['start'] | undefined {
  let depth = 0;
  for (let at = text.indexOf('<'); at !== -1;) {
    const end = markupEnd(text, at);
    if (end === -1) return undefined;
    const tag = text.slice(at, end);
    if (tag.startsWith('</')) depth -= 1;
    // An element's start tag has a name; a `<` with none is left to the parser.
    else if (/^<[^\s/<>!?]/.test(tag) && !tag.endsWith('/>')) depth += 1;
    if (depth > maxDepth) {
      const line = text.slice(0, at).split('\n').length;
      return { line, column: at - text.lastIndexOf('\n', at - 1), offset: at };
    }
    at = text.indexOf('<', end);
  }
  return undefined;
}

/** Where the markup starting at `at` ends (just after it), or -1 when it does not. */
function markupEnd(text: string, at: number): number {
  const close = (ending: string) => {
    const found = text.indexOf(ending, at);
    return found === -1 ? -1 : found + ending.length;
  };
  if (text.startsWith('<!--', at)) return close('-->');
  if (text.startsWith('<![CDATA[', at)) return close(']]>');
  // A tag: up to its `>`, outside quoted attribute values (which cannot hold `<`).
  let quote = '';
  for (let index = at + 1; index < text.length; index += 1) {
    const character = text[index];
    if (quote !== '') {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '>') return index + 1;
    else if (character === '<') return index;
  }
  return -1;
}

function errorCount(file: VFile): number {
  return file.messages.filter((message) => message.fatal === true).length;
}
