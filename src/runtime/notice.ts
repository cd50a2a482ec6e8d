/**
 * The "not translated yet" notice goes inside the fragment's section, right
 * after its heading: a screen-reader user who jumps to the region or to the
 * heading hears it first. It carries the page's language, as the section
 * around it is in the source language.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { headingRank } from 'hast-util-heading-rank';
import { h } from 'hastscript';

/** A fragment's nodes with the notice in its section; the fragment as it is when there is no notice. */
export function fragmentWithNotice(
  html: string,
  notice: { readonly text: string; readonly lang: string; readonly dir?: string } | undefined,
): ElementContent[] {
  // Built and sanitized already: kept as raw HTML (mdast-util-to-hast's `raw` node), byte for byte.
  if (!notice) return [{ type: 'raw', value: html }];
  const nodes = fromHtml(html, { fragment: true }).children as ElementContent[];
  // The fragment's root: a <section>, or the <div> of an intro without a heading.
  const section = nodes.find(
    (node): node is Element => node.type === 'element' && node.properties.dataFragmentId !== undefined,
  );
  const paragraph = h(
    'p',
    { className: ['translation-notice'], lang: notice.lang, ...(notice.dir ? { dir: notice.dir } : {}) },
    notice.text,
  );
  if (section) {
    const heading = section.children.findIndex((child) => child.type === 'element' && headingRank(child) !== undefined);
    section.children.splice(heading + 1, 0, { type: 'text', value: '\n' }, paragraph);
  } else {
    nodes.unshift(paragraph);
  }
  return nodes;
}
