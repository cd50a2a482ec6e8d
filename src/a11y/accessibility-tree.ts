/**
 * What a screen reader gets: the outline of a page as Chromium's
 * accessibility tree exposes it (headings with levels, lists with their item
 * counts, landmarks, link names, and the language of each landmark), read
 * with puppeteer's accessibility snapshot, and the same outline as the
 * page's HTML means it. When the two differ, a reader hears something other
 * than what the content says.
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toText } from 'hast-util-to-text';
import type { ElementHandle, Page, SerializedAXNode } from 'puppeteer';
import { SKIP, visitParents } from 'unist-util-visit-parents';

export interface ScreenReaderView {
  readonly headings: readonly { readonly level: number; readonly name: string }[];
  /** Item count of each list, in document order. */
  readonly lists: readonly number[];
  readonly landmarks: readonly { readonly role: string; readonly name: string; readonly lang: string }[];
  readonly links: readonly string[];
}

/** Accessible names as a reader hears them: whitespace (including no-break spaces) collapsed. */
function spoken(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Read the outline of the page loaded in `page`. */
export async function readScreenReaderView(page: Page): Promise<ScreenReaderView> {
  // Not only the "interesting" nodes: Chromium counts lists among the uninteresting ones.
  const root = await page.accessibility.snapshot({ interestingOnly: false });
  const headings: { level: number; name: string }[] = [];
  const lists: number[] = [];
  const landmarkNodes: SerializedAXNode[] = [];
  const links: string[] = [];
  const walk = (node: SerializedAXNode): void => {
    if (node.role === 'heading') headings.push({ level: node.level ?? 0, name: spoken(node.name ?? '') });
    if (node.role === 'list') lists.push((node.children ?? []).filter((child) => child.role === 'listitem').length);
    if (
      node.role === 'main' ||
      node.role === 'region' ||
      node.role === 'navigation' ||
      node.role === 'banner' ||
      node.role === 'contentinfo' ||
      node.role === 'complementary'
    )
      landmarkNodes.push(node);
    if (node.role === 'link') links.push(spoken(node.name ?? ''));
    for (const child of node.children ?? []) walk(child);
  };
  if (root) walk(root);
  // All at once: a round trip per landmark, one after another, was most of the time this takes.
  const landmarks = await Promise.all(
    landmarkNodes.map(async (node) => {
      const handle: ElementHandle | null = await node.elementHandle();
      const lang = handle
        ? await handle.evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? '')
        : '';
      await handle?.dispose();
      return { role: node.role, name: spoken(node.name ?? ''), lang };
    }),
  );
  return { headings, lists, landmarks, links };
}

/** The outline the HTML of a page means (for the elements fragments and harnesses use). */
export function expectedScreenReaderView(tree: Root): ScreenReaderView {
  const headings: { level: number; name: string }[] = [];
  const lists: number[] = [];
  const landmarks: { role: string; name: string; lang: string }[] = [];
  const links: string[] = [];
  const byId = new Map<string, Element>();
  visitParents(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') byId.set(node.properties.id, node);
  });
  visitParents(tree, 'element', (node, ancestors) => {
    // What a browser running scripts shows: never the content of <noscript>.
    if (node.tagName === 'noscript') return SKIP;
    const lang = [node, ...ancestors.toReversed()].find(
      (candidate): candidate is Element =>
        candidate.type === 'element' && typeof candidate.properties.lang === 'string',
    )?.properties.lang;
    const rank = headingRank(node);
    if (rank !== undefined) headings.push({ level: rank, name: spoken(toText(node)) });
    if (node.tagName === 'ol' || node.tagName === 'ul')
      lists.push(node.children.filter((child) => child.type === 'element' && child.tagName === 'li').length);
    if (node.tagName === 'a' && node.properties.href !== undefined) links.push(spoken(toText(node)));
    const role = landmarkRole(node, ancestors);
    // A section or an aside is a landmark only when it has an accessible name; nav, main, header and footer always.
    const name = spoken(accessibleName(node, byId));
    if (role && (name || (node.tagName !== 'section' && node.tagName !== 'aside')))
      landmarks.push({ role, name, lang: String(lang ?? '') });
    return undefined;
  });
  return { headings, lists, landmarks, links };
}

/** Sectioning elements inside which a header or footer is not the page's banner or contentinfo (HTML-AAM). */
const sectioning = new Set(['article', 'aside', 'main', 'nav', 'section']);

/** The landmark role an element has by its tag (HTML-AAM), if any. */
function landmarkRole(node: Element, ancestors: readonly (Root | Element)[]): string | undefined {
  const scoped = () => ancestors.some((ancestor) => ancestor.type === 'element' && sectioning.has(ancestor.tagName));
  switch (node.tagName) {
    case 'main':
      return 'main';
    case 'nav':
      return 'navigation';
    case 'section':
      return 'region';
    case 'aside':
      return 'complementary';
    case 'header':
      return scoped() ? undefined : 'banner';
    case 'footer':
      return scoped() ? undefined : 'contentinfo';
    default:
      return undefined;
  }
}

/** An element's name from `aria-label` or the text of the elements `aria-labelledby` names. */
function accessibleName(node: Element, byId: ReadonlyMap<string, Element>): string {
  if (typeof node.properties.ariaLabel === 'string') return node.properties.ariaLabel;
  const labelledBy: unknown = node.properties.ariaLabelledBy;
  const ids: string[] = Array.isArray(labelledBy)
    ? labelledBy.map(String)
    : typeof labelledBy === 'string'
      ? labelledBy.split(/\s+/)
      : [];
  return ids
    .map((id) => byId.get(id))
    .filter((target): target is Element => target !== undefined)
    .map((target) => toText(target))
    .join(' ');
}

/** What a reader would get wrong: one line per difference, empty when the views agree. */
export function compareScreenReaderViews(expected: ScreenReaderView, actual: ScreenReaderView): string[] {
  const differences: string[] = [];
  const line = (what: string, want: unknown, got: unknown): void => {
    if (JSON.stringify(want) !== JSON.stringify(got))
      differences.push(`${what}: the content has ${JSON.stringify(want)}, a screen reader gets ${JSON.stringify(got)}`);
  };
  line(
    'headings',
    expected.headings.map((heading) => `h${heading.level} ${heading.name}`),
    actual.headings.map((heading) => `h${heading.level} ${heading.name}`),
  );
  line('list items', expected.lists, actual.lists);
  line(
    'landmarks',
    expected.landmarks.map((landmark) => `${landmark.role} "${landmark.name}" (${landmark.lang})`),
    actual.landmarks.map((landmark) => `${landmark.role} "${landmark.name}" (${landmark.lang})`),
  );
  line('links', expected.links, actual.links);
  return differences;
}
