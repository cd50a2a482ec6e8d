/**
 * remark plugin: report Markdown that a fragment cannot carry, instead of
 * letting it vanish from the output without a word:
 * - raw HTML (the sanitizer would remove it);
 * - footnotes (their notes would land outside every section fragment);
 * - directives other than the known ones (a stray `:word` after a colon is
 *   parsed as a directive, and its text would be lost).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Transformer } from 'unified';
import { reportError } from '../content/report.ts';

export interface Options {
  /** Directive names other plugins handle (default: `['lang']`). */
  readonly directives?: readonly string[];
}

export default function remarkUnsupported(options: Options = {}): Transformer<Root, Root> {
  const directives = new Set(options.directives ?? ['lang']);
  return function transform(tree, file) {
    visit(tree, (node) => {
      switch (node.type) {
        case 'html':
          reportError(
            file,
            'Raw HTML is not allowed in content: it would be removed from the page. Write it in Markdown instead.',
            node,
            'no-html',
          );
          break;
        case 'footnoteReference':
        case 'footnoteDefinition':
          reportError(
            file,
            'Footnotes are not supported in section fragments; put the note in the text or in a list.',
            node,
            'no-footnotes',
          );
          break;
        case 'textDirective':
        case 'leafDirective':
        case 'containerDirective':
          if (!directives.has(node.name)) {
            reportError(
              file,
              `Unknown directive \`:${node.name}\`. If this is text after a colon, escape the colon: \`\\:${node.name}\`.`,
              node,
              'unknown-directive',
            );
          }
          break;
        default:
          break;
      }
    });
  };
}
