import type { Heading, Paragraph, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkHeadingId from '../../src/pipeline/remark-heading-id.ts';
import remarkSections, { sectionToHast } from '../../src/pipeline/remark-sections.ts';
import { reported } from '../helpers.ts';

async function split(markdown: string, sourceIds?: string[]) {
  const file = new VFile({ path: 'page.md', value: markdown });
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkHeadingId)
    .use(remarkSections, {
      page: 'mexico',
      ...(sourceIds ? { sourceIds } : {}),
    });
  const tree: Root = await processor.run(processor.parse(file), file);
  return { file, tree };
}

/** The sections as HTML, as the pipeline renders them (remark-rehype with the section handler). */
async function render(markdown: string) {
  const file = new VFile({ path: 'page.md', value: markdown });
  const processor = unified()
    .use(remarkParse)
    .use(remarkHeadingId)
    .use(remarkSections, { page: 'mexico' })
    .use(remarkRehype, { handlers: { section: sectionToHast } })
    .use(rehypeStringify);
  const tree = await processor.run(processor.parse(file), file);
  return { file, tree, html: processor.stringify(tree) };
}

/** Split a tree that is already built (some of its nodes added by a plugin, with no source position). */
async function splitTree(tree: Root) {
  const file = new VFile({ path: 'page.md' });
  await unified().use(remarkSections, { page: 'mexico' }).run(tree, file);
  return { file, tree };
}

function parsed(markdown: string): Root['children'] {
  const processor = unified().use(remarkParse).use(remarkHeadingId);
  return processor.runSync(processor.parse(markdown)).children;
}

const generatedHeading = (text: string, id: string): Heading => ({
  type: 'heading',
  depth: 2,
  data: { id, hProperties: { id } },
  children: [{ type: 'text', value: text }],
});
const generatedParagraph = (text: string): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
});

/** The source text of each section's span. */
const spanTexts = (file: VFile) =>
  file.data.sections?.map((span) => String(file.value).slice(span.position.start.offset, span.position.end.offset));

describe('remark-sections', () => {
  it('splits at ## headings into sections named by their ids, with an intro', async () => {
    const { file, tree } = await split(
      '---\nid: mexico\n---\n\nIntro text.\n\n## Goals {#goals}\n\nText.\n\n### Sub\n\nMore.\n\n## Accomplishments {#accomplishments}\n\n- one\n',
    );
    expect(
      tree.children.map(
        (node) =>
          node.type === 'section' && [node.id, node.children.map((child) => child.type), node.data?.hProperties],
      ),
    ).toEqual([
      ['intro', ['paragraph'], { dataFragmentId: 'mexico/intro' }],
      ['goals', ['heading', 'paragraph', 'heading', 'paragraph'], { dataFragmentId: 'mexico/goals' }],
      ['accomplishments', ['heading', 'list'], { dataFragmentId: 'mexico/accomplishments' }],
    ]);
    expect(file.data.sections?.map((span) => [span.id, span.heading, span.position.start.line])).toEqual([
      ['intro', undefined, 5],
      ['goals', 'Goals', 7],
      ['accomplishments', 'Accomplishments', 15],
    ]);
    expect(file.messages).toEqual([]);
  });

  it('records spans that run from a section’s first node to the next section, and the last to its last node', async () => {
    const { file } = await split(
      '---\nid: mexico\n---\n\nIntro text.\n\n## Goals {#goals}\n\nText.\n\n### Sub\n\nMore.\n\n## Accomplishments {#accomplishments}\n\n- one\n',
    );
    expect(file.data.sections?.map((span) => span.position)).toEqual([
      { start: { line: 5, column: 1, offset: 20 }, end: { line: 7, column: 1, offset: 33 } },
      { start: { line: 7, column: 1, offset: 33 }, end: { line: 15, column: 1, offset: 75 } },
      { start: { line: 15, column: 1, offset: 75 }, end: { line: 17, column: 6, offset: 119 } },
    ]);
    expect(spanTexts(file)).toEqual([
      'Intro text.\n\n',
      '## Goals {#goals}\n\nText.\n\n### Sub\n\nMore.\n\n',
      '## Accomplishments {#accomplishments}\n\n- one',
    ]);
  });

  it('renders each section as a <section> element (the intro without a heading a <div>) with its children on their own lines, at its place in the source', async () => {
    const { tree, html } = await render('Intro.\n\n## Goals {#goals}\n\nText.\n\n## Our Work\n\nMore.\n');
    expect(html).toBe(
      [
        '<div data-fragment-id="mexico/intro">',
        '<p>Intro.</p>',
        '</div>',
        '<section data-fragment-id="mexico/goals">',
        '<h2 id="goals">Goals</h2>',
        '<p>Text.</p>',
        '</section>',
        '<section data-fragment-id="mexico/our-work">',
        '<h2 id="our-work">Our Work</h2>',
        '<p>More.</p>',
        '</section>',
      ].join('\n'),
    );
    expect(
      tree.children.flatMap((node) =>
        node.type === 'element' ? [[node.tagName, node.position?.start.line, node.position?.end.line]] : [],
      ),
    ).toEqual([
      ['div', 1, 3],
      ['section', 3, 7],
      ['section', 7, 9],
    ]);
  });

  it('renders a section node that carries no data as a bare <section>', async () => {
    const processor = unified()
      .use(remarkRehype, { handlers: { section: sectionToHast } })
      .use(rehypeStringify);
    const tree: Root = {
      type: 'root',
      children: [{ type: 'section', id: 'goals', children: [generatedParagraph('Text.')] }],
    };
    expect(processor.stringify(await processor.run(tree))).toBe('<section>\n<p>Text.</p>\n</section>');
  });

  it('makes no section of an empty page or one with front matter only', async () => {
    for (const markdown of ['', '---\nid: mexico\n---\n']) {
      const { file, tree } = await split(markdown);
      expect(tree.children, JSON.stringify(markdown)).toEqual([]);
      expect(file.data.sections, JSON.stringify(markdown)).toEqual([]);
    }
  });

  it('keeps a page that starts with a lower heading as the intro, not a landmark either', async () => {
    const { file, tree } = await split('### Background\n\nText.\n\n## Goals {#goals}\n\nMore.\n');
    expect(tree.children.map((node) => node.type === 'section' && [node.id, node.data])).toEqual([
      ['intro', { hName: 'div', hProperties: { dataFragmentId: 'mexico/intro' } }],
      ['goals', { hName: 'section', hProperties: { dataFragmentId: 'mexico/goals' } }],
    ]);
    expect(file.data.sections?.map((span) => [span.id, span.heading])).toEqual([
      ['intro', undefined],
      ['goals', 'Goals'],
    ]);
    expect(file.messages).toEqual([]);
  });

  it('names no section, with a heading or without: none is a region landmark (README)', async () => {
    const { tree } = await split('Intro.\n\n## Goals {#goals}\n\nText.\n');
    expect(tree.children.map((node) => node.type === 'section' && node.data)).toEqual([
      // The intro has no heading: a <div>, since HTML asks a section for one.
      { hName: 'div', hProperties: { dataFragmentId: 'mexico/intro' } },
      { hName: 'section', hProperties: { dataFragmentId: 'mexico/goals' } },
    ]);
  });

  it('gives no span to a section whose nodes have no place in the source, and ends the one before at its last node', async () => {
    const { file, tree } = await splitTree({
      type: 'root',
      children: [
        ...parsed('## Goals {#goals}\n\nText.\n'),
        generatedHeading('More', 'more'),
        generatedParagraph('Added.'),
      ],
    });
    expect(tree.children.map((node) => node.type === 'section' && node.id)).toEqual(['goals', 'more']);
    expect(file.data.sections).toEqual([
      {
        id: 'goals',
        heading: 'Goals',
        idWritten: true,
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 6, offset: 24 } },
      },
    ]);
  });

  it('gives no span to a section that ends with a node that has no place in the source', async () => {
    const { file, tree } = await splitTree({
      type: 'root',
      children: [...parsed('## Goals {#goals}\n\nText.\n'), generatedParagraph('Added.')],
    });
    expect(tree.children.map((node) => node.type === 'section' && node.children.length)).toEqual([3]);
    expect(file.data.sections).toEqual([]);
  });

  it('names no line for a duplicate of a heading that has no place in the source', async () => {
    const { file } = await splitTree({
      type: 'root',
      children: [generatedHeading('Goals', 'goals'), ...parsed('## More goals {#goals}\n\nText.\n')],
    });
    expect(reported(file)).toEqual([
      {
        rule: 'sections',
        line: 1,
        column: 1,
        fatal: true,
        reason: 'Section id `goals` is already used by “Goals” (line ?); each section needs its own id.',
      },
    ]);
    expect(file.data.sections?.map((span) => span.id)).toEqual(['goals']);
  });

  it('has no intro section when the page starts with a section', async () => {
    const { tree } = await split('## Goals {#goals}\n\nText.\n');
    expect(tree.children.map((node) => node.type === 'section' && node.id)).toEqual(['goals']);
  });

  it('reports a section heading without an id, with the fix', async () => {
    const { file } = await split('Intro.\n\n## Our Goals\n\nText.\n');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 3, column: 1, fatal: true })]);
    expect(file.messages[0]?.reason).toContain('## Our Goals {#our-goals}');
    expect(file.messages[0]?.reason).toBe(
      'Section heading “Our Goals” needs an id, the same in every language: `## Our Goals {#our-goals}`.',
    );
  });

  it('suggests an ASCII id for a Spanish heading', async () => {
    const { file } = await split('## Desafíos\n');
    expect(file.messages[0]?.reason).toContain('{#desafios}');
  });

  it('suggests an id of lowercase words joined by single hyphens, starting with a letter', async () => {
    const suggested = async (heading: string) => {
      const { file, tree } = await split(`## ${heading}\n`);
      const [section] = tree.children;
      return [section?.type === 'section' && section.id, /\{#([^}]*)\}`\.$/.exec(file.messages[0]?.reason ?? '')?.[1]];
    };
    expect(await suggested('Goals & Results')).toEqual(['goals-results', 'goals-results']);
    expect(await suggested('¿Qué hacemos?')).toEqual(['que-hacemos', 'que-hacemos']);
    expect(await suggested('2023 Report')).toEqual(['section-2023-report', 'section-2023-report']);
    expect(await suggested('2023')).toEqual(['section-2023', 'section-2023']);
    expect(await suggested('¿?')).toEqual(['section-id', 'section-id']);
    expect(await suggested('Año 2023: logros')).toEqual(['ano-2023-logros', 'ano-2023-logros']);
  });

  it('in a translation, names the source section’s id for a heading without one', async () => {
    const { file } = await split('Intro.\n\n## Desafíos {#challenges}\n\n## Objetivos\n', [
      'intro',
      'challenges',
      'goals',
    ]);
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 5, column: 1, fatal: true })]);
    expect(file.messages[0]?.reason).toContain('`## Objetivos {#goals}`');
    expect(file.messages[0]?.reason).toBe(
      'Section heading “Objetivos” needs an id, the id of the source page’s section in this place: `## Objetivos {#goals}`.',
    );
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
    expect(file.messages[0]?.reason).toBe(
      'Section id `goals` is already used by “Goals” (line 1); each section needs its own id.',
    );
  });

  it('gives the id to the first of two headings that share it, so only one element carries it', async () => {
    const { tree } = await split('## Goals {#goals}\n\nA.\n\n## More goals {#goals}\n\nB.\n');
    const headings = tree.children.map((node) => node.type === 'section' && node.children[0]);
    expect(headings.map((heading) => heading && heading.type === 'heading' && heading.data)).toEqual([
      { id: 'goals', hProperties: { id: 'goals' } },
      { id: 'goals', hProperties: {} },
    ]);
    const { html } = await render('## Goals {#goals}\n\nA.\n\n## More goals {#goals}\n\nB.\n');
    expect(html).toContain('<h2 id="goals">Goals</h2>');
    expect(html).toContain('<h2>More goals</h2>');
  });

  it('reports two headings without ids that suggest the same id, and the duplicate', async () => {
    const { file, tree } = await split('## Goals\n\nA.\n\n## Goals\n\nB.\n');
    expect(reported(file).map((message) => [message.line, message.reason])).toEqual([
      [1, 'Section heading “Goals” needs an id, the same in every language: `## Goals {#goals}`.'],
      [5, 'Section heading “Goals” needs an id, the same in every language: `## Goals {#goals}`.'],
      [5, 'Section id `goals` is already used by “Goals” (line 1); each section needs its own id.'],
    ]);
    const headings = tree.children.map((node) => node.type === 'section' && node.children[0]);
    expect(headings.map((heading) => heading && heading.type === 'heading' && heading.data)).toEqual([
      { id: 'goals', hProperties: { id: 'goals' } },
      { hProperties: {} },
    ]);
    expect(file.data.sections?.map((span) => [span.id, span.idWritten])).toEqual([
      ['goals', false],
      ['goals', false],
    ]);
  });

  it('reports a level-1 heading: the title lives in the front matter', async () => {
    const { file } = await split('# Mexico\n\nIntro.\n');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 1, column: 1, fatal: true })]);
    expect(file.messages[0]?.reason).toContain('front matter `title`');
    expect(file.messages[0]?.reason).toBe(
      'A page has no level-1 heading: its title is the front matter `title`, which the embedding page shows as <h1>. Start sections with ##.',
    );
  });

  it('reports a section using the reserved intro id', async () => {
    const { file } = await split('Intro.\n\n## Introduction {#intro}\n');
    expect(reported(file)).toEqual([expect.objectContaining({ rule: 'sections', line: 3, fatal: true })]);
    expect(file.messages[0]?.reason).toBe(
      'Section id `intro` is reserved for the text before the first section heading; choose another id.',
    );
  });
});
