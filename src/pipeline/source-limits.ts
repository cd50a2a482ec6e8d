/**
 * Limits on the shape of a Markdown source, checked before it is parsed.
 * Some inputs make Markdown parsers slow down with the square of their size
 * (thousands of `*` or `_` runs in one paragraph, thousands of table cells in
 * a row) or nest so deep that tree utilities exhaust the stack (a line of two
 * thousand `>`); a 20 KB file of them can stall a build for minutes or crash
 * it. Such a file is refused at the line that breaks a limit instead. Real
 * pages are far inside the limits: a few levels of nesting, a few dozen
 * emphasis marks per paragraph, tables of a few columns.
 */
import type { VFile } from 'vfile';
import { reportError } from '../content/report.ts';

export interface SourceLimits {
  /** Block quotes and list items opened at the start of one line. */
  readonly nesting: number;
  /** Columns of the container prefix of one line (indentation included): deep lists nest by indentation. */
  readonly indent: number;
  /** Runs of `*`, `_` or `~` in one paragraph, and their characters (the emphasis parser is quadratic in both). */
  readonly emphasisRuns: number;
  readonly emphasisCharacters: number;
  /** `|` on one line (table cells). */
  readonly tableCells: number;
  /** Characters of one paragraph (or list item, table, heading): lines up to a blank one. */
  readonly paragraphCharacters: number;
}

/**
 * Measured: at these limits the pipeline takes well under a second per
 * paragraph, list or table. A paragraph of 64 K characters is some ten
 * thousand words, forty printed pages without a break: longer is a passage
 * pasted in by mistake, and every check of the page, in the browser too,
 * grows with it.
 */
export const defaultSourceLimits: SourceLimits = {
  nesting: 64,
  indent: 256,
  emphasisRuns: 1000,
  emphasisCharacters: 2000,
  tableCells: 256,
  paragraphCharacters: 65_536,
};

const ruleId = 'source-limits';
/** Container markers at the start of a line: `>`, `-`, `+`, `*`, `1.`, `1)` (each followed by a space or the end). */
const containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const containerMarker = />|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;

/**
 * Check a page's text against the limits; false (with an error at each line
 * that breaks one) means it must not be parsed.
 */
export function checkSourceLimits(file: VFile, limits: SourceLimits = defaultSourceLimits): boolean {
  const lines = String(file.value).split('\n');
  let ok = true;
  const refuse = (line: number, reason: string): void => {
    ok = false;
    reportError(file, reason, { line, column: 1 }, ruleId);
  };
  let paragraphStart = 0;
  let runs = 0;
  let characters = 0;
  let length = 0;
  let paragraphReported = false;
  let lengthReported = false;
  // Inside a fenced code block `*` and `_` are text (a long sample of snake_case code is fine).
  let fence: string | undefined;
  lines.forEach((text, index) => {
    const line = index + 1;
    const fenceMark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      return;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      return;
    }
    if (text.trim() === '') {
      runs = 0;
      characters = 0;
      length = 0;
      paragraphReported = false;
      lengthReported = false;
      return;
    }
    if (length === 0) paragraphStart = line;
    length += text.length + 1;
    if (length > limits.paragraphCharacters && !lengthReported) {
      lengthReported = true;
      ok = false;
      reportError(
        file,
        `This paragraph is over ${limits.paragraphCharacters.toLocaleString('en')} characters long, some forty printed pages without a break: check for a passage pasted in by mistake, or break it into paragraphs with blank lines.`,
        { line: paragraphStart, column: 1 },
        ruleId,
      );
    }
    const prefix = containerPrefix.exec(text)?.[0] ?? '';
    const depth = prefix.match(containerMarker)?.length ?? 0;
    const width = prefix.replaceAll('\t', '    ').length;
    if (depth > limits.nesting || width > limits.indent) {
      refuse(
        line,
        `This line nests ${depth} block quotes or list items (${width} columns): the limit is ${limits.nesting} levels and ${limits.indent} columns, past which the build would stall or crash. Flatten the structure.`,
      );
    }
    const cells = text.split('|').length - 1;
    if (cells > limits.tableCells) {
      refuse(
        line,
        `This line has ${cells} \`|\`: the limit is ${limits.tableCells} table cells in a row, past which the build slows down badly. Split the table, or escape a literal bar as \`\\|\`.`,
      );
    }
    // An escaped mark (`\*`) is text, not a run: drop every escape pair first.
    for (const run of text
      .slice(prefix.length)
      .replace(/\\[\s\S]/g, '')
      .match(/\*+|_+|~+/g) ?? []) {
      runs += 1;
      characters += run.length;
    }
    if ((runs > limits.emphasisRuns || characters > limits.emphasisCharacters) && !paragraphReported) {
      paragraphReported = true;
      ok = false;
      reportError(
        file,
        `This paragraph has ${runs} runs of \`*\`, \`_\` or \`~\` (${characters} characters): the limits are ${limits.emphasisRuns} runs and ${limits.emphasisCharacters} characters, past which Markdown parsing slows down with the square of their number. Write fewer, or escape them (\`\\*\`).`,
        { line: paragraphStart, column: 1 },
        ruleId,
      );
    }
  });
  return ok;
}
