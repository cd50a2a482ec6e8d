/**
 * remark lint plugin: headings a screen-reader user can navigate by.
 *
 * - `heading-order`: levels go down one step at a time (## then ###, not
 *   ## then ####). The page's title is its top heading (the `<h1>` of the
 *   embedding page), so the body starts at `##`, and a `#` in the body would
 *   be a second page title. The fragments of a page are one outline, so the
 *   check runs across sections in order.
 * - `heading-empty`: every heading has text.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import { reportRule, severityOf, type Severities } from '../../content/a11y-rules.ts';

export interface Options {
  readonly severities?: Severities;
}

export default function remarkA11yHeadings(options: Options = {}): Transformer<Root, Root> {
  const orderSeverity = severityOf('heading-order', options.severities);
  const emptySeverity = severityOf('heading-empty', options.severities);
  return function transform(tree, file) {
    // The page title (front matter) is level 1.
    let previous = 1;
    visit(tree, 'heading', (heading) => {
      const marks = (depth: number): string => '#'.repeat(depth);
      if (toString(heading).trim() === '') {
        reportRule(
          file,
          'heading-empty',
          emptySeverity,
          `Empty heading: write what the section is about after \`${marks(heading.depth)}\`, or remove the line.`,
          heading,
        );
      }
      if (heading.depth === 1) {
        reportRule(
          file,
          'heading-order',
          orderSeverity,
          'A `#` heading in the body is a second page title: the title is `title` in the front matter. Use `##` for a section.',
          heading,
        );
      } else if (heading.depth > previous + 1) {
        reportRule(
          file,
          'heading-order',
          orderSeverity,
          `Heading level skipped: \`${marks(heading.depth)}\` follows \`${marks(previous)}\`${previous === 1 ? ' (the page title)' : ''}. Use \`${marks(previous + 1)}\`, so that readers who jump by headings do not think a level is missing.`,
          heading,
        );
      }
      previous = heading.depth;
    });
  };
}
