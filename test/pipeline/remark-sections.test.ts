import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkHeadingId from '../../src/pipeline/remark-heading-id.ts';
import remarkSections from '../../src/pipeline/remark-sections.ts';
import { reported } from '../helpers.ts';

async function split(markdown: string, introLabel?: string, sourceIds?: string[]) {
  const file = new VFile({ path: 'page.md', value: markdown });
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkHeadingId)
    .use(remarkSections, {
      page: 'mexico',
      ...(introLabel ? { introLabel } : {}),
      ...(sourceIds ? { sourceIds } : {}),
    });
  const tree: Root = await processor.run(processor.parse(file), file);
  return { file, tree };
}

describe('remark-sections', () => {
  it('splits at ## headings into sections named by their ids, with an intro', async () => {
    const { file, tree } = await split(
      '---\nid: mexico\n---\n\nIntro text.\n\n## Goals {#goals}\n\nText.\n\n### Sub\n\nMore.\n\n## Accomplishments {#accomplishments}\n\n- one\n',
      'Introduction',
    );
    expect(
      tree.children.map(
        (node) =>
          node.type === 'section' && [node.id, node.children.map((child) => child.type), node.data?.hProperties],
      ),
    ).toEqual([
      ['intro', ['paragraph'], { dataFragmentId: 'mexico/intro', ariaLabel: 'Introduction' }],
      [
        'goals',
        ['heading', 'paragraph', 'heading', 'paragraph'],
        { dataFragmentId: 'mexico/goals', ariaLabelledBy: 'goals' },
      ],
      [
        'accomplishments',
        ['heading', 'list'],
        { dataFragmentId: 'mexico/accomplishments', ariaLabelledBy: 'accomplishments' },
      ],
    ]);
    expect(file.data.sections?.map((span) => [span.id, span.heading, span.position.start.line])).toEqual([
      ['intro', undefined, 5],
      ['goals', 'Goals', 7],
      ['accomplishments', 'Accomplishments', 15],
    ]);
    expect(file.messages).toEqual([]);
  });

  it('has no intro section when the page starts with a section', async () => {
    const { tree } = await split('## Goals {#goals}\n\nText.\n');
    expect(tree.children.map((node) => node.type === 'section' && node.id)).toEqual(['goals']);
  });

  it('reports a section heading without an id, with the fix', async () => {
    const { file } = await split('Intro.\n\n## Our Goals\n\nText.\n');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 3, column: 1, fatal: true })]);
    expect(file.messages[0]?.reason).toContain('## Our Goals {#our-goals}');
  });

  it('suggests an ASCII id for a Spanish heading', async () => {
    const { file } = await split('## Desafíos\n');
    expect(file.messages[0]?.reason).toContain('{#desafios}');
  });

  it('in a translation, names the source section’s id for a heading without one', async () => {
    const { file } = await split('Intro.\n\n## Desafíos {#challenges}\n\n## Objetivos\n', undefined, [
      'intro',
      'challenges',
      'goals',
    ]);
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 5, column: 1, fatal: true })]);
    expect(file.messages[0]?.reason).toContain('`## Objetivos {#goals}`');
    expect(file.data.sections?.map((span) => [span.id, span.idWritten])).toEqual([
      ['intro', true],
      ['challenges', true],
      ['goals', false],
    ]);
  });

  it('reports a duplicate section id at the second heading', async () => {
    const { file } = await split('## Goals {#goals}\n\nA.\n\n## More goals {#goals}\n\nB.\n');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 5, column: 1, fatal: true })]);
    expect(file.messages[0]?.reason).toContain('line 1');
  });

  it('reports a level-1 heading: the title lives in the front matter', async () => {
    const { file } = await split('# Mexico\n\nIntro.\n');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 1, column: 1, fatal: true })]);
    expect(file.messages[0]?.reason).toContain('front matter `title`');
  });

  it('reports a section using the reserved intro id', async () => {
    const { file } = await split('Intro.\n\n## Introduction {#intro}\n');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 3, fatal: true })]);
  });
});
