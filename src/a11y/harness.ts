/**
 * A page the browser gate checks, with its syntax tree: the site pages
 * (site-page-harness.ts), the translators' review page, and pages built
 * here from fragments (`<html lang>`, a `<title>`, `<main>` and the page
 * title as `<h1>`, then the fragments in order).
 *
 * The tree's fragment nodes are the pipeline's own (with positions in the
 * Markdown), so that a problem the browser finds can be traced back to the
 * line of the source that made it.
 */
import type { Element, Nodes, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { languageDirection } from '../content/language.ts';

/** A fragment and the Markdown file it came from. */
export interface HarnessFragment {
  readonly tree: Element;
  readonly file: VFile;
}

export interface HarnessInput {
  /** Where the harness is served and written, relative to the output folder (`reports/harness/es/mexico.html`). */
  readonly path: string;
  /** Language of the page (`<html lang>`). */
  readonly lang: string;
  /** Page title (the `<h1>`), and its language when it is not the page's (a fallback title). */
  readonly title: string;
  readonly titleLang?: string;
  /** What follows the page title in `<title>`: the section name, or the publisher. */
  readonly titleSuffix?: string;
  readonly fragments: readonly HarnessFragment[];
  /** True for a page of the site (its screen-reader outline is compared with its HTML), false for a report or a test page. */
  readonly wholePage: boolean;
}

export interface Harness extends HarnessInput {
  readonly html: string;
  readonly tree: Root;
  /** The Markdown file of each node that came from a fragment. */
  readonly sources: ReadonlyMap<Nodes, VFile>;
}

export function createHarness(input: HarnessInput): Harness {
  const sources = new Map<Nodes, VFile>();
  for (const fragment of input.fragments) {
    visit(fragment.tree, (node) => {
      sources.set(node, fragment.file);
    });
  }
  const titleLang = input.titleLang && input.titleLang !== input.lang ? input.titleLang : undefined;
  const documentTitle = input.titleSuffix ? `${input.title} – ${input.titleSuffix}` : input.title;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: input.lang, dir: languageDirection(input.lang) ?? 'ltr' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', documentTitle),
        ]),
        h('body', [
          h('main', [
            h('h1', titleLang ? { lang: titleLang, dir: languageDirection(titleLang) ?? 'ltr' } : {}, input.title),
            ...input.fragments.map((fragment) => fragment.tree),
          ]),
        ]),
      ]),
    ],
  };
  return { ...input, html: `${toHtml(tree)}\n`, tree, sources };
}
