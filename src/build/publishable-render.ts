/**
 * A page render read from the cache is input, not our own output: caches
 * travel between machines (the shards of a CI matrix) and anyone who can
 * write the folder can write an entry. So before a cached render is used,
 * each of its fragments must be one the pipeline could have published: the
 * HTML is the serialization of the syntax tree stored beside it (the tree the
 * browser gate traces findings through), that tree is one `<section>` of this
 * page and language that the fragments' sanitizer leaves as it is, and every
 * id and name in it carries the page's prefix. A render that is not is
 * treated as absent, and the page is rendered again.
 */
import type { Element } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { fragmentSchema } from '../sanitize/sanitize-schema.ts';
import type { RenderedPage } from './render-task.ts';

/** What a render is for: the page id (the ids' prefix) and the language. */
export interface RenderTarget {
  readonly page: string;
  readonly lang: string;
}

/** Why a render's fragments are not publishable for `target`; undefined when they are. */
// The ids are prefixed already: sanitizing again must not prefix them twice, so the prefix is checked on its own.
const schema = fragmentSchema({ clobberPrefix: '' });

export function renderProblem(render: RenderedPage, target: RenderTarget): string | undefined {
  const prefix = `${target.page}-`;
  for (const section of render.sections) {
    if (typeof section.id !== 'string' || typeof section.html !== 'string') return 'a fragment has no id or no HTML';
    const tree: unknown = section.tree;
    if (!isElement(tree) || (tree.tagName !== 'section' && tree.tagName !== 'div'))
      return `fragment ${section.id} is not one section (or intro div) element`;
    if (tree.properties.dataFragmentId !== `${target.page}/${section.id}` || tree.properties.lang !== target.lang)
      return `fragment ${section.id} is not this page's, or not in ${target.lang}`;
    try {
      // The HTML is the tree's, and the tree is what the sanitizer leaves as it is.
      const html = toHtml(tree);
      if (html !== section.html) return `fragment ${section.id} differs from its syntax tree`;
      if (toHtml(sanitize(tree, schema)) !== html) return `fragment ${section.id} is changed by the sanitizer`;
    } catch {
      return `fragment ${section.id} has a syntax tree that cannot be read`;
    }
    const unprefixed = unprefixedName(tree, schema.clobber ?? [], prefix);
    if (unprefixed !== undefined) return `fragment ${section.id} has a name without the page's prefix: ${unprefixed}`;
  }
  return undefined;
}

/** The first id or name (or a reference to one) that lacks the page's prefix, which keeps it from clobbering globals. */
function unprefixedName(root: Element, attributes: readonly string[], prefix: string): string | undefined {
  let found: string | undefined;
  visit(root, 'element', (element: Element) => {
    for (const attribute of attributes) {
      const value = element.properties[attribute];
      const names = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
      found ??= names.find((name) => name !== '' && !name.startsWith(prefix));
    }
  });
  return found;
}

function isElement(value: unknown): value is Element {
  const node = value as Partial<Element> | null;
  return (
    typeof node === 'object' &&
    node !== null &&
    node.type === 'element' &&
    typeof node.properties === 'object' &&
    node.properties !== null &&
    Array.isArray(node.children)
  );
}
