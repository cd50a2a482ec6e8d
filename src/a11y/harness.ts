/**
 * A page the browser gate checks, with its syntax tree: the site pages
 * (site-page-harness.ts) and the translators' review page. The tree's
 * elements that came from a fragment have positions in the Markdown, and
 * `sources` names its file, so that a problem the browser finds can be
 * traced back to the line of the source that made it.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { VFile } from 'vfile';

/** A fragment and the Markdown file it came from. */
export interface HarnessFragment {
  readonly tree: Element;
  readonly file: VFile;
}

export interface Harness {
  /** Where the page is served and written, relative to the output folder (`es/mexico/index.html`). */
  readonly path: string;
  /** Language of the page (`<html lang>`). */
  readonly lang: string;
  /** True for a page of the site (its screen-reader outline is compared with its HTML), false for a report or a test page. */
  readonly wholePage: boolean;
  readonly html: string;
  readonly tree: Root;
  /** The Markdown file of each node that came from a fragment. */
  readonly sources: ReadonlyMap<Nodes, VFile>;
}

/**
 * A page of the build's reports for the gate (a review page, the
 * accessibility report): no Markdown to trace to, and its tree parsed from
 * its HTML only if the gate checks it (the review pages' trees all at once
 * would be the largest thing a build holds).
 */
export function reportHarness(path: string, lang: string, html: string): Harness {
  let tree: Root | undefined;
  return {
    path,
    lang,
    wholePage: false,
    html,
    get tree() {
      tree ??= fromHtml(html);
      return tree;
    },
    sources: new Map(),
  };
}
