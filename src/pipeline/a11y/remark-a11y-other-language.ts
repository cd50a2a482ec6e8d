/**
 * remark lint plugin: `other-language` (WCAG 3.1.2, Language of Parts). Finds
 * phrases that seem to be in another language but are not marked with
 * `:lang[…]{lang=…}`, such as an English agency name kept in Spanish text:
 * unmarked, a screen reader reads it with the page's voice and
 * pronunciation. axe and HTML_CodeSniffer cannot see this; the detector
 * (text-analysis/other-language.ts) compares words against both languages'
 * dictionaries. A warning, for the author to judge.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import type { OtherLanguageDetector } from '../../text-analysis/other-language.ts';
import { languageAt } from './node-language.ts';
import { reportRule, severityOf, type Severity } from '../../content/a11y-rules.ts';
import { pointInText } from './text-position.ts';

export interface Options {
  /** Language of the page. */
  readonly lang: string;
  readonly detector: OtherLanguageDetector;
  /** Words and phrases never flagged (names that read the same in both languages). */
  readonly allow?: readonly string[];
  readonly severity?: Severity;
}

export default function remarkA11yOtherLanguage(options: Options): Transformer<Root, Root> {
  const severity = options.severity ?? severityOf('other-language');
  return function transform(tree, file) {
    if (severity === 'off') return;
    visitParents(tree, 'text', (text, ancestors) => {
      // A marked part is in its own language already.
      if (languageAt(ancestors, options.lang) !== options.lang) return;
      for (const phrase of options.detector.find(text.value, options.lang, { allow: options.allow ?? [] })) {
        reportRule(
          file,
          'other-language',
          severity,
          `"${phrase.phrase}" looks like ${languageName(phrase.lang)}: mark it so that screen readers switch voice, :lang[${phrase.phrase}]{lang=${phrase.lang}}.`,
          pointInText(text, phrase.start) ?? text,
        );
      }
    });
  };
}

function languageName(lang: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
}
