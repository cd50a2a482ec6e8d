/**
 * rehype plugin: shift heading levels so that a section heading (`##` in the
 * Markdown) comes out at `base`. The embedding page owns its <h1>, so the
 * default base is 2; a page that nests the fragments deeper sets 3.
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { shiftHeading } from 'hast-util-shift-heading';
import { visit } from 'unist-util-visit';
import type { Transformer } from 'unified';
import { reportWarning } from '../content/report.ts';

export interface Options {
  /** Level a section heading has in the output, 1 to 6 (default: 2). */
  readonly base?: number;
  /** Level of a section heading in the source (default: 2, `##`). */
  readonly sectionDepth?: number;
}

export default function rehypeHeadingBase(options: Options = {}): Transformer<Root, Root> {
  const base = options.base ?? 2;
  const sectionDepth = options.sectionDepth ?? 2;
  if (!Number.isInteger(base) || base < 1 || base > 6) {
    throw new RangeError(
      `Heading base must be a whole number from 1 to 6, got ${base}; check \`headingBase\` in content/site.yaml.`,
    );
  }
  const shift = base - sectionDepth;
  return function transform(tree, file) {
    if (shift === 0) return;
    visit(tree, 'element', (element: Element) => {
      const rank = headingRank(element);
      if (rank !== undefined && rank + shift > 6) {
        reportWarning(
          file,
          `This heading would be level ${rank + shift} with heading base ${base}; HTML stops at <h6>, so it becomes <h6>. Use fewer heading levels.`,
          element,
          'heading-base',
        );
      }
    });
    shiftHeading(tree, shift);
  };
}
