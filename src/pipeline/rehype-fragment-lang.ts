/**
 * rehype plugin: put `lang` and `dir` on the root element of every section
 * fragment, so that a fragment carries its language wherever it is embedded:
 * an English fragment served in place of a missing Spanish one keeps
 * `lang="en"`, and a screen reader switches voice for it.
 */
import type { Root } from 'hast';
import type { Transformer } from 'unified';
import { languageDirection, type Direction } from '../content/language.ts';
import { reportError } from '../content/report.ts';

export interface Options {
  /** BCP 47 language tag of the content. */
  readonly lang: string;
  /** Writing direction (default: the language's, from Intl). */
  readonly dir?: Direction;
}

export default function rehypeFragmentLang(options: Options): Transformer<Root, Root> {
  const dir = options.dir ?? languageDirection(options.lang);
  return function transform(tree, file) {
    if (dir === undefined) {
      reportError(
        file,
        `\`${options.lang}\` is not a valid BCP 47 language tag; fix the folder name or \`lang\` (for example \`es\` or \`es-MX\`).`,
        tree,
        'fragment-lang',
      );
      return;
    }
    for (const child of tree.children) {
      if (child.type === 'element' && child.properties.dataFragmentId !== undefined) {
        child.properties = { ...child.properties, lang: options.lang, dir };
      }
    }
  };
}
