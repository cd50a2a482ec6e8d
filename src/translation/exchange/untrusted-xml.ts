/** Reading XML that comes from outside the project: bounded, and without entities. */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { reportError } from '../../content/report.ts';

/**
 * The XML tree of a file from outside (XLIFF, TMX), or undefined, with the
 * problem at its place: not well-formed, or nested deeper than any such
 * file is. The parser (@rgrove/parse-xml, through xast-util-from-xml)
 * expands no entity but XML's five and reads no external one, so a DOCTYPE
 * that declares entities (the "billion laughs", an external file) is
 * refused where they are used.
 */
export function parseUntrustedXml(file: VFile, format: string, ruleId: string): Root | undefined {
  const text = typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value);
  const deep = tooDeep(text);
  if (deep) {
    reportError(
      file,
      `Elements are nested more than ${maxDepth} levels deep here: a ${format} file nests a few levels, so this is not one a translation tool wrote. Export the file again.`,
      deep,
      ruleId,
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
      `This file is not well-formed XML: ${problem}. Fix the markup here: an element left open or closed twice, or a \`<\` or \`&\` typed in the text (write \`&lt;\` and \`&amp;\`); entities other than XML's five are not read`,
      thrown.place,
      ruleId,
    );
    return undefined;
  }
}

/** How deep elements may nest: XLIFF and TMX nest some ten levels; the parser recurses once a level. */
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
