/**
 * A page built from fragments for the gate's tests: `<html lang>`, a
 * `<title>`, `<main>` and the title as `<h1>`, then the fragments in order,
 * each element traced to the file its fragment came from.
 */
import type { Nodes, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Harness, HarnessFragment } from '../../src/a11y/harness.ts';

export function fragmentPage(input: {
  readonly path: string;
  readonly lang: string;
  readonly title: string;
  readonly fragments: readonly HarnessFragment[];
  readonly wholePage: boolean;
}): Harness {
  const sources = new Map<Nodes, VFile>();
  for (const fragment of input.fragments) {
    visit(fragment.tree, (node) => {
      sources.set(node, fragment.file);
    });
  }
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: input.lang, dir: 'ltr' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('title', input.title)]),
        h('body', [h('main', [h('h1', input.title), ...input.fragments.map((fragment) => fragment.tree)])]),
      ]),
    ],
  };
  return { path: input.path, lang: input.lang, wholePage: input.wholePage, html: `${toHtml(tree)}\n`, tree, sources };
}
