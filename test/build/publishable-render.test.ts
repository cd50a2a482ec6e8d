import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { otherLanguageDetector } from '../../src/text-analysis/other-language.ts';
import { renderProblem } from '../../src/build/publishable-render.ts';
import { renderTask, type RenderedPage } from '../../src/build/render-task.ts';
import { readProjectFile } from '../../src/content/read-file.ts';
import { readSiteConfig } from '../../src/content/site-config.ts';
import { smallFixtureRoot } from '../helpers.ts';

let render: RenderedPage;
const target = { page: 'mexico', lang: 'en' };

beforeAll(async () => {
  const config = readSiteConfig(await readProjectFile(smallFixtureRoot, 'content/site.yaml'));
  if (!config) throw new Error('The fixture’s site config does not load.');
  const path = 'content/en/mexico.md';
  const value = String((await readProjectFile(smallFixtureRoot, path)).value);
  render = await renderTask(
    { path, value, config, glossary: [], page: 'mexico', lang: 'en' },
    await otherLanguageDetector(),
  );
  expect(render.sections.length).toBeGreaterThan(1);
});

/** The render with its first section changed by `change`, as JSON would bring it back. */
function tampered(change: (section: { id: string; html: string; tree: Element }) => object): RenderedPage {
  const [first, ...rest] = JSON.parse(JSON.stringify(render.sections)) as { id: string; html: string; tree: Element }[];
  if (!first) throw new Error('no section');
  return { ...render, sections: [change(first), ...rest] as RenderedPage['sections'] };
}

describe('renderProblem: whether a cached render may be published', () => {
  it('accepts what the pipeline made, after a trip through JSON', () => {
    expect(renderProblem(JSON.parse(JSON.stringify(render)) as RenderedPage, target)).toBeUndefined();
  });

  it('refuses HTML that is not its tree’s', () => {
    expect(
      renderProblem(
        tampered((section) => ({ ...section, html: section.html.replace('<p>', '<p onclick="alert(1)">') })),
        target,
      ),
    ).toMatch(/differs from its syntax tree/);
  });

  it('refuses a tree the sanitizer would change (a handler), even with HTML to match', () => {
    const change = (section: { id: string; html: string; tree: Element }) => {
      const tree = { ...section.tree, properties: { ...section.tree.properties, onClick: 'alert(1)' } };
      return { ...section, tree, html: toHtml(tree) };
    };
    expect(renderProblem(tampered(change), target)).toMatch(/changed by the sanitizer/);
  });

  it('refuses a fragment of another page or language', () => {
    expect(renderProblem(render, { page: 'other', lang: 'en' })).toMatch(/not this page's/);
    expect(renderProblem(render, { page: 'mexico', lang: 'es' })).toMatch(/not in es/);
  });

  it('refuses an id without the page’s prefix, which could clobber a global', () => {
    const sections = JSON.parse(JSON.stringify(render.sections)) as RenderedPage['sections'];
    let renamed = 0;
    const unprefixed = sections.map((section) => {
      const tree = section.tree;
      visit(tree, 'element', (element: Element) => {
        if (typeof element.properties.id === 'string') {
          element.properties.id = 'location';
          renamed += 1;
        }
      });
      return { ...section, tree, html: toHtml(tree) };
    });
    expect(renamed).toBeGreaterThan(0);
    expect(renderProblem({ ...render, sections: unprefixed }, target)).toMatch(/without the page's prefix: location/);
  });

  it('refuses a tree that is not a section, or cannot be read', () => {
    expect(
      renderProblem(
        tampered((section) => ({ ...section, tree: { type: 'text', value: '' } })),
        target,
      ),
    ).toMatch(/not one section \(or intro div\) element/);
    const unreadable = tampered((section) => ({
      ...section,
      tree: { ...section.tree, children: [{ type: 'element', tagName: 'p', properties: null, children: 7 }] },
    }));
    expect(renderProblem(unreadable, target)).toMatch(/cannot be read|differs/);
    expect(
      renderProblem(
        tampered((section) => ({ ...section, html: 42 })),
        target,
      ),
    ).toMatch(/no id or no HTML/);
  });
});
