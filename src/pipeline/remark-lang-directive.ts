/**
 * remark plugin: mark a phrase in another language, so that a screen reader
 * switches voice for it (WCAG 3.1.2, Language of Parts):
 *
 *     Servicio de Alguaciles de los Estados Unidos (:lang[U.S. Marshals]{lang=en})
 *
 * becomes `<span lang="en" dir="ltr">U.S. Marshals</span>`; the container form
 * (`:::lang{lang=en}` … `:::`) becomes a `<div>`. Needs remark-directive.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Transformer } from 'unified';
import { languageDirection } from '../content/language.ts';
import { reportError } from '../content/report.ts';

export interface Options {
  /** Directive name (default: `lang`). */
  readonly name?: string;
}

const ruleId = 'lang-directive';

export default function remarkLangDirective(options: Options = {}): Transformer<Root, Root> {
  const name = options.name ?? 'lang';
  return function transform(tree, file) {
    visit(tree, (node) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const directive = node;
      if (directive.name !== name) return;
      const lang = directive.attributes?.lang ?? '';
      const dir = languageDirection(lang);
      if (!dir) {
        reportError(
          file,
          `\`:${name}\` needs a valid BCP 47 language tag, for example \`:${name}[U.S. Marshals]{lang=en}\`; got \`${lang}\`.`,
          directive,
          ruleId,
        );
        return;
      }
      if (directive.children.length === 0) {
        reportError(
          file,
          `\`:${name}\` marks no text; put the phrase in brackets: \`:${name}[phrase]{lang=${lang}}\`.`,
          directive,
          ruleId,
        );
      }
      directive.data = {
        ...directive.data,
        hName: directive.type === 'textDirective' ? 'span' : 'div',
        hProperties: { lang, dir },
      };
    });
  };
}
