/**
 * A block's inline Markdown as runs of text and codes, and back.
 *
 * Reading: the text nodes become text, and every piece of Markdown syntax
 * becomes a code holding the exact source it stands for: `**` around bold
 * text, `[` and `](https://…)` around a link's text, `:lang[` and
 * `]{lang=en}` around a phrase in another language, a whole inline code
 * span. A translator moves codes; they cannot break the syntax.
 *
 * Writing: the codes give back their source, and text is escaped so that it
 * reads as text (a `*` in a translation stays an asterisk).
 */
import type { Heading, Nodes, PhrasingContent } from 'mdast';
import type { CodeType, Inline, InlineCode } from './inline-runs.ts';

/** Offsets of a block's inline content in its file. */
export interface InlineRange {
  readonly start: number;
  readonly end: number;
}

/** The inline content of a block: runs and where they are in the file. */
export interface InlineSource {
  readonly content: Inline[];
  readonly range: InlineRange;
}

const pairTypes: Partial<Record<PhrasingContent['type'], CodeType>> = {
  strong: 'bold',
  emphasis: 'italic',
  delete: 'strikethrough',
  link: 'link',
  linkReference: 'link',
  textDirective: 'lang',
};

const headingIdSuffix = /[ \t]*\{#[^}]*\}[ \t]*$/;

/**
 * Runs of a block made of one or more paragraphs (or a heading): the raw
 * Markdown between two of them (a blank line, the indent of a list item)
 * becomes a standalone code. Undefined when a node has no position.
 */
export function inlineSource(
  containers: readonly (Heading | { children: PhrasingContent[] })[],
  source: string,
): InlineSource | undefined {
  const content: Inline[] = [];
  const ids = { next: 1 };
  let start: number | undefined;
  let end: number | undefined;
  for (const container of containers) {
    const first = container.children[0]?.position?.start.offset;
    let last = container.children.at(-1)?.position?.end.offset;
    if (first === undefined || last === undefined) continue;
    if ('depth' in container) {
      // A heading's `{#id}` is not text: it stays as it is.
      const raw = source.slice(first, last);
      last = first + raw.replace(headingIdSuffix, '').length;
    }
    if (end !== undefined)
      content.push({ kind: 'standalone', id: String(ids.next++), type: 'break', original: source.slice(end, first) });
    start ??= first;
    runs(container.children, source, ids, content, last);
    end = last;
  }
  if (start === undefined || end === undefined) return undefined;
  return { content: merge(content), range: { start, end } };
}

function runs(
  nodes: readonly PhrasingContent[],
  source: string,
  ids: { next: number },
  content: Inline[],
  limit?: number,
): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const stop = limit === undefined ? end : Math.min(end, limit);
    const pairType = pairTypes[node.type];
    if (node.type === 'text') {
      // The heading id was cut from the last text node's value already.
      content.push(node.value);
    } else if (pairType && 'children' in node && node.children.length > 0) {
      const inner = node.children;
      const innerStart = inner[0]?.position?.start.offset;
      const innerEnd = inner.at(-1)?.position?.end.offset;
      if (innerStart === undefined || innerEnd === undefined) continue;
      const id = String(ids.next++);
      content.push(
        code(
          'open',
          id,
          pairType === 'lang' && node.type === 'textDirective' && node.name !== 'lang' ? 'other' : pairType,
          source.slice(start, innerStart),
        ),
      );
      runs(inner, source, ids, content);
      content.push(code('close', id, pairType, source.slice(innerEnd, stop)));
    } else if (node.type === 'image') {
      const raw = source.slice(start, stop);
      const altEnd = raw.indexOf('](');
      if (raw.startsWith('![') && altEnd >= 2 && node.alt) {
        // The alt text is translated: `![` and `](url)` are the codes around it.
        const id = String(ids.next++);
        content.push(code('open', id, 'image', '!['), node.alt, code('close', id, 'image', raw.slice(altEnd)));
      } else {
        content.push(code('standalone', String(ids.next++), 'image', raw));
      }
    } else {
      content.push(code('standalone', String(ids.next++), standaloneType(node), source.slice(start, stop)));
    }
  }
}

function standaloneType(node: Nodes): CodeType {
  if (node.type === 'inlineCode') return 'code';
  if (node.type === 'break') return 'break';
  if (node.type === 'html') return 'html';
  if (node.type === 'imageReference') return 'image';
  return 'other';
}

function code(kind: InlineCode['kind'], id: string, type: CodeType, original: string): InlineCode {
  return { kind, id, type, original };
}

/** Adjacent text runs as one. */
function merge(content: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of content) {
    const previous = merged.at(-1);
    if (typeof run === 'string' && typeof previous === 'string') merged[merged.length - 1] = previous + run;
    else if (run !== '') merged.push(run);
  }
  return merged;
}

export interface ToMarkdownOptions {
  /** The block is a table cell: `|` is escaped too. */
  readonly tableCell?: boolean;
}

/**
 * Inline content back to Markdown, on one line: codes give back their
 * source, text is escaped, and line breaks in text become spaces.
 */
export function inlineToMarkdown(content: readonly Inline[], options: ToMarkdownOptions = {}): string {
  let markdown = '';
  for (const run of content) {
    if (typeof run !== 'string') {
      markdown += run.original;
      continue;
    }
    markdown += escapeText(run.replace(/[ \t]*\r?\n[ \t]*/g, ' '), markdown === '' || /\n\s*$/.test(markdown), options);
  }
  return markdown;
}

/** Escape what Markdown would read as syntax in running text. */
function escapeText(text: string, atLineStart: boolean, options: ToMarkdownOptions): string {
  let escaped = text
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    // `:name` starts a text directive (remark-directive), with or without `[…]`.
    .replace(/:(?=[a-z])/gi, '\\:');
  if (options.tableCell) escaped = escaped.replace(/\|/g, '\\|');
  if (atLineStart) {
    escaped = escaped.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  }
  return escaped;
}
