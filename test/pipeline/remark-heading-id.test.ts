import type { Heading, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkHeadingId from '../../src/pipeline/remark-heading-id.ts';
import { reported } from '../helpers.ts';

async function headings(markdown: string) {
  const file = new VFile({ path: 'page.md', value: markdown });
  const processor = unified().use(remarkParse).use(remarkHeadingId);
  const tree: Root = await processor.run(processor.parse(file), file);
  const found = tree.children.filter((node): node is Heading => node.type === 'heading');
  return { file, found };
}

describe('remark-heading-id', () => {
  it('reads `{#id}` into data and the id attribute, and removes it from the text', async () => {
    const { file, found } = await headings('## Goals {#goals}\n\n## Objetivos   {#goals}  \n');
    expect(found.map((heading) => [heading.data?.id, heading.data?.hProperties?.id, heading.children])).toEqual([
      ['goals', 'goals', [expect.objectContaining({ type: 'text', value: 'Goals' })]],
      ['goals', 'goals', [expect.objectContaining({ type: 'text', value: 'Objetivos' })]],
    ]);
    expect(file.messages).toEqual([]);
  });

  it('keeps formatted heading text before the id', async () => {
    const { found } = await headings('## **Bold** part {#bold-part}\n');
    expect(found[0]?.children.map((child) => child.type)).toEqual(['strong', 'text']);
    expect(found[0]?.data?.id).toBe('bold-part');
  });

  it('leaves headings without an id alone', async () => {
    const { file, found } = await headings('## Goals\n');
    expect(found[0]?.data?.id).toBeUndefined();
    expect(file.messages).toEqual([]);
  });

  it('reports an invalid id at the heading', async () => {
    const { file } = await headings('Intro\n\n## Goals {#Metas Uno}\n');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'heading-id', line: 3, column: 1, fatal: true })]);
    expect(file.messages[0]?.reason).toContain('{#goals}');
  });
});
