/** The language a Markdown node is in: the page's, or that of the `:lang` directive around it. */
import type { Nodes, Parent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';

export function languageAt(ancestors: readonly (Nodes | Parent)[], pageLang: string, directiveName = 'lang'): string {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const node = ancestors[index];
    if (!node || (node.type !== 'textDirective' && node.type !== 'containerDirective' && node.type !== 'leafDirective'))
      continue;
    const directive = node as ContainerDirective | LeafDirective | TextDirective;
    if (directive.name === directiveName) {
      const lang = directive.attributes?.lang;
      if (lang) return lang;
    }
  }
  return pageLang;
}
