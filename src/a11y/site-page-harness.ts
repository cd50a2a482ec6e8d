/**
 * A site page as the browser gate checks it: the page exactly as the build
 * writes it (its CSS, its scripts, every fragment in place), with a syntax
 * tree in which each element that came from a fragment carries the position
 * of the Markdown that made it. The page is parsed as the browser parses it,
 * then each `[data-fragment]` container is matched, element by element (tag
 * and text), with the pipeline's own tree of that fragment; elements the page
 * adds around or inside a fragment (the "not translated yet" notice) have no
 * source.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Harness, HarnessFragment } from './harness.ts';

export interface SitePageInput {
  /** The page's file, relative to the output folder (`es/mexico/index.html`). */
  readonly path: string;
  readonly lang: string;
  readonly html: string;
}

/**
 * Finds the fragment a container holds: its `data-fragment` value
 * (`mexico/goals`) and the language of the section in it (a missing
 * translation's place is taken by the source language's fragment).
 */
export type FragmentLookup = (fragment: string, lang: string) => HarnessFragment | undefined;

export function sitePageHarness(input: SitePageInput, lookup: FragmentLookup): Harness {
  // Parsed on first use: a build whose browser checks are skipped, or all reused without a finding, never needs it.
  let traced: Pick<Harness, 'tree' | 'sources'> | undefined;
  const trace = () => (traced ??= tracedTree(input.html, lookup));
  return {
    path: input.path,
    lang: input.lang,
    wholePage: true,
    html: input.html,
    get tree() {
      return trace().tree;
    },
    get sources() {
      return trace().sources;
    },
  };
}

function tracedTree(html: string, lookup: FragmentLookup): Pick<Harness, 'tree' | 'sources'> {
  const tree: Root = fromHtml(html);
  // Positions in the page's own HTML mean nothing to an author: only a fragment's elements get one, from its Markdown.
  visit(tree, (node) => {
    delete node.position;
  });
  const sources = new Map<Nodes, VFile>();
  for (const container of selectAll('[data-fragment]', tree)) {
    const section = select('[lang]', container);
    const fragment = section
      ? lookup(String(container.properties.dataFragment), String(section.properties.lang))
      : undefined;
    if (!section || !fragment) continue;
    for (const element of aligned(section, fragment.tree)) sources.set(element, fragment.file);
  }
  return { tree, sources };
}
/**
 * Give each element of `page` the position of its match in `source` (same
 * tag and text, in order), and return the elements matched. An element of
 * the page that is not in the source (the notice, a paragraph like the one
 * after it) is skipped with its children.
 */
function aligned(page: Element, source: Element): Element[] {
  if (page.tagName !== source.tagName) return [];
  if (source.position) page.position = source.position;
  const matched = [page];
  const sourceChildren = source.children.filter((child): child is Element => child.type === 'element');
  let next = 0;
  for (const child of page.children) {
    if (child.type !== 'element') continue;
    const match = sourceChildren[next];
    if (match?.tagName !== child.tagName || toText(match) !== toText(child)) continue;
    matched.push(...aligned(child, match));
    next += 1;
  }
  return matched;
}
