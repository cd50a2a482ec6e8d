/**
 * remark lint plugin: `acronym-expansion` (WCAG 3.1.4, Abbreviations). A
 * glossary acronym (INL, …) is written out in full at its first use on a
 * page: "Bureau of International Narcotics and Law Enforcement Affairs
 * (INL)". Screen readers do not announce `<abbr title>`, so the full name has
 * to be in the text. The name counts when it is in the block (paragraph,
 * list item, heading, table cell) of the first use or earlier on the page.
 */
import type { Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import { reportRule, severityOf, type Severity } from '../../content/a11y-rules.ts';
import { pointInText } from './text-position.ts';

export interface Acronym {
  readonly abbr: string;
  /** The full name in the page's language, and in other languages (a name may be quoted in its own language). */
  readonly expansions: readonly string[];
}

export interface Options {
  readonly acronyms: readonly Acronym[];
  readonly severity?: Severity;
}

const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);

function comparable(text: string): string {
  return text.replace(/\s+/gu, ' ').toLowerCase();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default function remarkA11yAcronyms(options: Options): Transformer<Root, Root> {
  const severity = options.severity ?? severityOf('acronym-expansion');
  return function transform(tree, file) {
    // Blocks in reading order, with their text nodes.
    const blocks: { text: string; texts: Text[] }[] = [];
    visit(tree, (node) => {
      if (!blockTypes.has(node.type)) return;
      const texts: Text[] = [];
      visit(node, 'text', (text) => {
        texts.push(text);
      });
      blocks.push({ text: comparable(toString(node)), texts });
      return 'skip';
    });
    for (const acronym of options.acronyms) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(acronym.abbr)}(?![\\p{L}\\p{N}])`, 'u');
      const expansions = acronym.expansions.map(comparable);
      let seenExpansion = false;
      for (const block of blocks) {
        if (expansions.some((expansion) => block.text.includes(expansion))) seenExpansion = true;
        const text = block.texts.find((candidate) => pattern.test(candidate.value));
        if (!text) continue;
        if (!seenExpansion) {
          const index = text.value.search(pattern);
          reportRule(
            file,
            'acronym-expansion',
            severity,
            `First use of ${acronym.abbr} on the page without its full name: write "${acronym.expansions[0]} (${acronym.abbr})" here, since screen readers do not announce <abbr> titles.`,
            pointInText(text, index) ?? text,
          );
        }
        break;
      }
    }
  };
}
