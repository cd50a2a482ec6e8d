/**
 * The files a page loads from the output folder, read from its HTML: the
 * stylesheets, scripts, icons and images it names, and the modules those
 * scripts import, transitively. The gate's tabs keep what they loaded in
 * their caches (gate-tab.ts), so what a page asked for over the wire is not
 * all it used; this is, and it is the same whatever tab checked the page.
 * A browser check is reused only while each of these files is unchanged.
 */
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';

/** `src` and `href` of what a page loads (links to other pages are not loaded). */
const loading =
  'link[rel~="stylesheet"][href], link[rel~="icon"][href], link[rel~="modulepreload"][href], script[src], img[src]';

/** Static `import … from "…"`, `export … from "…"` and `import("…")` in a script, minified or not. */
const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["']([^"']+)["']/g;

/** Paths relative to the output folder (`assets/site.css`) of the files the page at `pagePath` loads. */
export function loadedFiles(tree: Root, pagePath: string, files: ReadonlyMap<string, string | Uint8Array>): string[] {
  const base = new URL(pagePath, 'http://gate.invalid/');
  const found = new Set<string>();
  const add = (reference: string, from: URL): void => {
    const url = new URL(reference, from);
    if (url.origin !== base.origin) return;
    const file = decodeURIComponent(url.pathname).slice(1);
    if (found.has(file) || !files.has(file)) return;
    found.add(file);
    if (!file.endsWith('.js')) return;
    const script = files.get(file);
    if (typeof script !== 'string') return;
    for (const match of script.matchAll(importPattern)) if (match[1]) add(match[1], url);
  };
  for (const element of selectAll(loading, tree)) {
    const reference = element.properties.src ?? element.properties.href;
    if (typeof reference === 'string') add(reference, base);
  }
  return [...found].sort();
}
