/**
 * remark lint plugin: link text that says where a link goes (WCAG 2.4.4).
 * Screen-reader users list a page's links out of context, so
 *
 * - `link-text`: empty or generic text ("click here", "read more", "haga
 *   clic aquí", "más información"), in the language of the link's text;
 * - `link-url-text`: a bare URL as the text (an autolink, or the URL pasted
 *   between brackets), which a screen reader reads character by character.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Transformer } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { isGenericLinkText, isUrlLinkText } from '../../text-analysis/generic-link-text.ts';
import { languageAt } from './node-language.ts';
import { reportRule, severityOf, type Severities } from '../../content/a11y-rules.ts';

export interface Options {
  /** Language of the page. */
  readonly lang: string;
  readonly severities?: Severities;
}

export default function remarkA11yLinkText(options: Options): Transformer<Root, Root> {
  const textSeverity = severityOf('link-text', options.severities);
  const urlSeverity = severityOf('link-url-text', options.severities);
  return function transform(tree, file) {
    visitParents(tree, 'link', (link, ancestors) => {
      const text = toString(link).trim();
      const lang = languageAt(ancestors, options.lang);
      if (text === '' && !link.children.some((child) => child.type === 'image' && child.alt)) {
        reportRule(
          file,
          'link-text',
          textSeverity,
          `Empty link text for ${link.url}: write what the link opens between the brackets.`,
          link,
        );
      } else if (isGenericLinkText(text, lang)) {
        reportRule(
          file,
          'link-text',
          textSeverity,
          `Link text "${text}" does not say where the link goes: use the name of what it opens (for example the title of the report), not "${text}".`,
          link,
        );
      } else if (isUrlLinkText(text)) {
        reportRule(
          file,
          'link-url-text',
          urlSeverity,
          `The link text is a bare URL (${text}): a screen reader spells it out. Write the name of the page instead: [Page title](${link.url}).`,
          link,
        );
      }
    });
  };
}
