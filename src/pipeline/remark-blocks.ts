/**
 * remark plugin: record a page's blocks (headings, paragraphs, list items,
 * table cells, code blocks) in order, per section, in `file.data.blocks`:
 * the units a translation is compared with its source by, each with its text
 * and the inline structure a translation must keep. Runs after remark-sections.
 */
import type { Heading, Nodes, Paragraph, Root, RootContent, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Transformer } from 'unified';
import type { Position } from 'unist';
import { inlineSource, type InlineRange } from './inline-markdown.ts';
import type { Inline } from './inline-runs.ts';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'code';

export interface Block {
  /** Section id. */
  readonly section: string;
  readonly kind: BlockKind;
  /** What must match besides the kind: heading depth, list type (`ordered`/`bullet`). */
  readonly shape: string;
  /** Plain text. */
  readonly text: string;
  /** Link URLs, in order. */
  readonly links: readonly string[];
  /** Image URLs, in order. */
  readonly images: readonly string[];
  /** Number of bold, italic and inline code spans. */
  readonly inline: { readonly strong: number; readonly emphasis: number; readonly code: number };
  readonly position?: Position;
  /** The text as runs of text and codes (see inline-markdown.ts); empty for code. */
  readonly content: readonly Inline[];
  /** Where that inline content is in the file; absent for code. */
  readonly range?: InlineRange;
}

declare module 'vfile' {
  interface DataMap {
    blocks: Block[];
  }
}

export default function remarkBlocks(): Transformer<Root, Root> {
  return function transform(tree, file) {
    const blocks: Block[] = [];
    const source = String(file.value);
    for (const section of tree.children) {
      if (section.type === 'section')
        for (const child of section.children) collect(child, section.id, '', blocks, source);
    }
    file.data.blocks = blocks;
  };
}

function collect(node: RootContent, section: string, list: string, blocks: Block[], source: string): void {
  switch (node.type) {
    case 'heading':
      blocks.push(block(node, section, 'heading', `h${node.depth}`, node.children, [node], source));
      return;
    case 'paragraph':
      blocks.push(block(node, section, 'paragraph', '', node.children, [node], source));
      return;
    case 'code':
      blocks.push({
        section,
        kind: 'code',
        shape: node.lang ?? '',
        text: node.value,
        links: [],
        images: [],
        inline: { strong: 0, emphasis: 0, code: 0 },
        content: [],
        ...(node.position ? { position: node.position } : {}),
      });
      return;
    case 'list':
      for (const item of node.children) collect(item, section, node.ordered ? 'ordered' : 'bullet', blocks, source);
      return;
    case 'listItem': {
      // The item's own text; a nested list is blocks of its own.
      const own = node.children.filter((child) => child.type !== 'list');
      const paragraphs = own.filter((child) => child.type === 'paragraph');
      blocks.push(block(node, section, 'listItem', list, own, paragraphs, source));
      for (const child of node.children) if (child.type === 'list') collect(child, section, '', blocks, source);
      return;
    }
    case 'table':
      for (const row of node.children)
        for (const cell of row.children)
          blocks.push(block(cell, section, 'tableCell', '', cell.children, [cell], source));
      return;
    case 'blockquote':
    case 'containerDirective':
      for (const child of node.children) collect(child, section, list, blocks, source);
      return;
    default:
      return;
  }
}

function block(
  node: Nodes,
  section: string,
  kind: BlockKind,
  shape: string,
  children: readonly Nodes[],
  containers: readonly (Heading | Paragraph | TableCell)[],
  source: string,
): Block {
  const links: string[] = [];
  const images: string[] = [];
  const inline = { strong: 0, emphasis: 0, code: 0 };
  const walk = (child: Nodes): void => {
    if (child.type === 'link') links.push(child.url);
    else if (child.type === 'image') images.push(child.url);
    else if (child.type === 'strong') inline.strong += 1;
    else if (child.type === 'emphasis') inline.emphasis += 1;
    else if (child.type === 'inlineCode') inline.code += 1;
    if ('children' in child) for (const grandchild of child.children) walk(grandchild);
  };
  children.forEach(walk);
  // Phrasing runs join as written; a list item's paragraphs join with a space.
  const text = children
    .map((child) => toString(child))
    .join(kind === 'listItem' ? ' ' : '')
    .replace(/\s+/g, ' ')
    .trim();
  const inlineContent = inlineSource(containers, source);
  return {
    section,
    kind,
    shape,
    text,
    links,
    images,
    inline,
    content: inlineContent?.content ?? [],
    ...(inlineContent ? { range: inlineContent.range } : {}),
    ...(node.position ? { position: node.position } : {}),
  };
}
