/**
 * rehype lint plugin: `duplicate-id`. The fragments of one page are shown
 * together, so an id used twice anywhere on the page breaks what refers to
 * it: `aria-labelledby` names the wrong heading, a skip link or table of
 * contents jumps to the wrong place. Runs on the whole page before it is
 * split into fragments, with the author's ids (before the sanitizer adds
 * its prefix to all of them alike).
 */
import type { Root } from 'hast';
import type { Transformer } from 'unified';
import type { Position } from 'unist';
import { stringifyPosition } from 'unist-util-stringify-position';
import { visit } from 'unist-util-visit';
import { reportRule, severityOf, type Severity } from '../../content/a11y-rules.ts';

export interface Options {
  readonly severity?: Severity;
}

export default function rehypeA11yDuplicateId(options: Options = {}): Transformer<Root, Root> {
  const severity = options.severity ?? severityOf('duplicate-id');
  return function transform(tree, file) {
    const seen = new Map<string, Position | undefined>();
    visit(tree, 'element', (element) => {
      const id = element.properties.id;
      if (typeof id !== 'string' || id === '') return;
      if (seen.has(id)) {
        const first = seen.get(id);
        reportRule(
          file,
          'duplicate-id',
          severity,
          `The id \`${id}\` is already used on this page${first ? ` (at ${stringifyPosition(first.start)})` : ''}: give this one another \`{#id}\`.`,
          element,
        );
      } else {
        seen.set(id, element.position);
      }
    });
  };
}
