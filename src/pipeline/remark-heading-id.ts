/**
 * remark plugin: read an explicit heading id written after the heading text,
 * `## Goals {#goals}` (the Pandoc, kramdown and Hugo syntax), into
 * `heading.data.id` and the `id` attribute of the heading element.
 *
 * Ids are written by hand, not derived from the text, so that the English and
 * the Spanish section (`## Objetivos {#goals}`) share one id.
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Transformer } from 'unified';
import { reportError } from '../content/report.ts';

export interface Options {
  /** Pattern an id must match (default: lowercase letters, digits and hyphens). */
  readonly pattern?: RegExp;
}

declare module 'mdast' {
  interface HeadingData {
    /** Explicit id written as `{#id}` after the heading text. */
    id?: string;
  }
}

const ruleId = 'heading-id';
const idSuffix = /[ \t]*\{#([^}]*)\}[ \t]*$/;

export default function remarkHeadingId(options: Options = {}): Transformer<Root, Root> {
  const pattern = options.pattern ?? /^[a-z][a-z0-9-]*$/;
  return function transform(tree, file) {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = idSuffix.exec(last.value);
      if (!match) return;
      const id = match[1]?.trim() ?? '';
      last.value = last.value.slice(0, match.index);
      if (last.value === '') heading.children.pop();
      if (!pattern.test(id)) {
        reportError(
          file,
          `Heading id \`${id}\` is not valid: use lowercase letters, digits and hyphens, starting with a letter (for example \`{#goals}\`).`,
          heading,
          ruleId,
        );
        return;
      }
      heading.data = { ...heading.data, id, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
