/**
 * remark lint plugin: structure a screen reader can announce (WCAG 1.3.1).
 *
 * - `list-markup`: a list typed as lines of a paragraph ("• item",
 *   "1) item", "a. item") reads as one run-on paragraph; write a Markdown
 *   list (`- item`, `1. item`) so that a reader hears "list, 3 items".
 * - `table-headers`: a table's header row has text, so each cell can be
 *   announced with its column.
 */
import type { Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import { reportRule, severityOf, type Severities } from '../../content/a11y-rules.ts';
import { pointInText } from './text-position.ts';

export interface Options {
  readonly severities?: Severities;
}

/** A typed bullet, or a number or letter with `)` or `.`, then a space, at the start of a line. */
const typedItem = /^[ \t]*(?:[•·▪◦‣●○■□►▸–—*]|\(?\d{1,2}[).]|\(?[a-z][)])[ \t]+\S/u;

export default function remarkA11yLists(options: Options = {}): Transformer<Root, Root> {
  const listSeverity = severityOf('list-markup', options.severities);
  const tableSeverity = severityOf('table-headers', options.severities);
  return function transform(tree, file) {
    visit(tree, 'paragraph', (paragraph) => {
      let atLineStart = true;
      for (const child of paragraph.children) {
        if (child.type === 'break') {
          atLineStart = true;
          continue;
        }
        if (child.type === 'text') {
          const text: Text = child;
          let offset = 0;
          for (const line of text.value.split('\n')) {
            if (atLineStart && typedItem.test(line)) {
              const marker = line.trimStart().split(/\s/)[0] ?? '';
              reportRule(
                file,
                'list-markup',
                listSeverity,
                `"${marker}" starts a line as a typed list item: write a Markdown list (\`- item\` or \`1. item\`, each on its own line after a blank line), so that screen readers announce a list.`,
                pointInText(text, offset) ?? text,
              );
            }
            offset += line.length + 1;
            atLineStart = true;
          }
          atLineStart = text.value.endsWith('\n');
          continue;
        }
        atLineStart = false;
      }
    });
    visit(tree, 'table', (table) => {
      const header = table.children[0];
      if (header && header.children.every((cell) => toString(cell).trim() === '')) {
        reportRule(
          file,
          'table-headers',
          tableSeverity,
          'The table has no header text: write the column names in its first row, so that each cell is announced with its column.',
          header,
        );
      }
    });
  };
}
