/**
 * remark plugin: split a page into its sections, each of which becomes one
 * HTML fragment. Every `##` heading starts a section whose id is the
 * heading's explicit id (`## Goals {#goals}`, see remark-heading-id); the
 * text before the first `##` heading is the intro section. Ids are the same
 * in every language, so that switching language keeps a reader's place.
 *
 * Each section becomes a `section` node: a `<section>` element, or a
 * `<div>` for an intro without a heading (HTML asks a section for one),
 * without an accessible name, so that it is not a region landmark: its
 * heading already takes a reader there, once (README, "Should each section
 * stay a region landmark?"). The spans are recorded in `file.data.sections`
 * for source hashing.
 */
import type { Element } from 'hast';
import type { Heading, Root, RootContent } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { reportError } from '../content/report.ts';

export interface Options {
  /** Page id: fragment ids are `<page>/<section>`. */
  readonly page: string;
  /** Id of the section before the first section heading (default: `intro`). */
  readonly introId?: string;
  /** Depth of the headings that start a section (default: 2, `##`). */
  readonly depth?: number;
  /**
   * For a translation: the source page's section ids, in order. A heading
   * without an id is then told the source's id for its place, not a slug of
   * its translated text.
   */
  readonly sourceIds?: readonly string[];
}

/** Where a section is in the source Markdown. */
export interface SectionSpan {
  readonly id: string;
  /** Plain text of the section heading; undefined for the intro. */
  readonly heading?: string;
  /** False when the heading had no `{#id}` (an error was reported; the id is a stand-in). */
  readonly idWritten: boolean;
  readonly position: Position;
}

export interface SectionNode {
  type: 'section';
  /** Section id, the same in every language. */
  id: string;
  /** False when the heading had no `{#id}`. */
  idWritten?: boolean;
  children: RootContent[];
  position?: Position;
  data?: { hName: 'section' | 'div'; hProperties: Record<string, string> };
}

declare module 'mdast' {
  interface RootContentMap {
    section: SectionNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    sections: SectionSpan[];
  }
}

const ruleId = 'sections';

export default function remarkSections(options: Options): Transformer<Root, Root> {
  const introId = options.introId ?? 'intro';
  const depth = options.depth ?? 2;
  const sourceHeadingIds = options.sourceIds?.filter((id) => id !== introId);
  return function transform(tree, file) {
    let headingCount = 0;
    const sections: SectionNode[] = [];
    const seen = new Map<string, Heading>();
    let current: SectionNode = { type: 'section', id: introId, children: [] };
    for (const child of tree.children) {
      if (child.type === 'yaml') continue;
      if (child.type === 'heading' && child.depth < depth) {
        reportError(
          file,
          `A page has no level-${child.depth} heading: its title is the front matter \`title\`, which the embedding page shows as <h1>. Start sections with ${'#'.repeat(depth)}.`,
          child,
          ruleId,
        );
      }
      if (child.type === 'heading' && child.depth === depth) {
        if (current.children.length > 0) sections.push(current);
        const sourceId = sourceHeadingIds?.[headingCount];
        headingCount += 1;
        const idWritten = child.data?.id !== undefined;
        current = { type: 'section', id: sectionId(child, file, seen, introId, sourceId), idWritten, children: [] };
      }
      current.children.push(child);
    }
    if (current.children.length > 0) sections.push(current);

    const spans: SectionSpan[] = [];
    for (const [index, section] of sections.entries()) {
      const first = section.children[0];
      const last = section.children.at(-1);
      const next = sections[index + 1]?.children[0];
      if (first?.position && last?.position) {
        section.position = { start: first.position.start, end: next?.position?.start ?? last.position.end };
      }
      const heading = first?.type === 'heading' && first.depth === depth ? first : undefined;
      const fragment = `${options.page}/${section.id}`;
      section.data = { hName: heading ? 'section' : 'div', hProperties: { dataFragmentId: fragment } };
      if (section.position) {
        spans.push(
          heading
            ? {
                id: section.id,
                heading: toString(heading),
                idWritten: section.idWritten !== false,
                position: section.position,
              }
            : { id: section.id, idWritten: true, position: section.position },
        );
      }
    }
    tree.children = sections;
    file.data.sections = spans;
  };
}

function sectionId(
  heading: Heading,
  file: VFile,
  seen: Map<string, Heading>,
  introId: string,
  sourceId: string | undefined,
): string {
  const text = toString(heading);
  let id = heading.data?.id;
  if (id === undefined) {
    id = sourceId ?? slug(text);
    const where =
      sourceId === undefined ? 'the same in every language' : 'the id of the source page’s section in this place';
    reportError(
      file,
      `Section heading “${text}” needs an id, ${where}: \`${'#'.repeat(heading.depth)} ${text} {#${id}}\`.`,
      heading,
      ruleId,
    );
  } else if (id === introId) {
    reportError(
      file,
      `Section id \`${introId}\` is reserved for the text before the first section heading; choose another id.`,
      heading,
      ruleId,
    );
  }
  const previous = seen.get(id);
  if (previous) {
    reportError(
      file,
      `Section id \`${id}\` is already used by “${toString(previous)}” (line ${previous.position?.start.line ?? '?'}); each section needs its own id.`,
      heading,
      ruleId,
    );
    // Reported once: the heading no longer carries the id (remark-heading-id put it there), which the duplicate-id rule would report again.
    const { id: _duplicate, ...properties } = heading.data?.hProperties ?? {};
    heading.data = { ...heading.data, hProperties: properties };
    return id;
  }
  seen.set(id, heading);
  // The heading element carries the id that the section's aria-labelledby names.
  heading.data = { ...heading.data, id, hProperties: { ...heading.data?.hProperties, id } };
  return id;
}

/** A suggested id for a heading: its text in lowercase ASCII with hyphens. */
function slug(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  const words = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return /^[a-z]/.test(words) ? words : `section-${words || 'id'}`;
}

/**
 * remark-rehype handler for section nodes: a `<section>` whose children are
 * on their own lines, as in the rest of the output.
 */
export function sectionToHast(state: State, node: SectionNode): Element {
  const element: Element = {
    type: 'element',
    tagName: 'section',
    properties: {},
    children: state.wrap(state.all(node), true),
  };
  state.patch(node, element);
  return state.applyData(node, element);
}
