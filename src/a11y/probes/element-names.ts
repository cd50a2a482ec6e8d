/** How the gate names an element: a selector the build can find in the page's tree, and its HTML, cut short. */

/** A selector from the nearest ancestor with an id (or the root), a child's place given when its tag repeats. */
export function selectorOf(element: Element | null): string {
  const parts: string[] = [];
  // A checker may name the document itself: no selector.
  for (let node = element instanceof Element ? element : null; node; node = node.parentElement) {
    if (node.id) {
      parts.unshift(`#${CSS.escape(node.id)}`);
      break;
    }
    const siblings = node.parentElement ? [...node.parentElement.children] : [];
    const sameTag = siblings.filter((sibling) => sibling.tagName === node?.tagName).length;
    const tag = node.tagName.toLowerCase();
    parts.unshift(sameTag > 1 ? `${tag}:nth-child(${siblings.indexOf(node) + 1})` : tag);
  }
  return parts.join(' > ');
}

/** The element's HTML, its content and the whole cut short. */
export function contextOf(element: Element | null): string {
  if (!(element instanceof Element)) return '';
  const inner = element.innerHTML;
  const html = inner.length > 31 ? element.outerHTML.replace(inner, `${inner.slice(0, 31)}...`) : element.outerHTML;
  return html.length > 251 ? `${html.slice(0, 250)}...` : html;
}
