/** Where things are on screen, for the probes: visible boxes, off-screen boxes, computed styles read once per run. */

/** Computed styles, read once per element for one state of the page. */
export function styleReader(): (element: Element) => CSSStyleDeclaration {
  const styles = new Map<Element, CSSStyleDeclaration>();
  return (element) => {
    let style = styles.get(element);
    if (!style) {
      style = getComputedStyle(element);
      styles.set(element, style);
    }
    return style;
  };
}

/** Whether the page is written right to left: its start, where the page cannot scroll past, is on the right. */
export function rightToLeft(): boolean {
  return getComputedStyle(document.documentElement).direction === 'rtl';
}

/**
 * A box placed out of view on purpose, past the page's start or top, where
 * no scrolling reaches (a skip link before it is focused, text only for
 * screen readers): the left in a left-to-right page, the right in a
 * right-to-left one.
 */
export function offScreen(box: DOMRect): boolean {
  if (box.bottom <= 0) return true;
  return rightToLeft() ? box.left >= document.documentElement.clientWidth : box.right <= 0;
}

/** Whether an element is rendered with a size. */
export function shown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** The rectangle of a text node's characters. */
export function textBox(node: Text, range: Range = document.createRange()): DOMRect {
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/** Each text node with words under `root`, with its parent element. */
export function* wordsIn(root: Element): Generator<{ node: Text; parent: Element }> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && node.textContent?.trim() && !parent.closest('script, style, noscript, template'))
      yield { node: node as Text, parent };
  }
}
