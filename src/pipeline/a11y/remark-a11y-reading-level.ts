/**
 * remark lint plugin: reading level per section (WCAG 3.1.5; the U.S. Plain
 * Writing Act), reported and recorded, never failing.
 *
 * - `reading-level`: Flesch–Kincaid grade for English, Fernández-Huerta
 *   reading ease for Spanish, one message per section, and the figures in
 *   `file.data.readability` for the accessibility report;
 * - `long-sentence`: each sentence longer than the plain-language limit, at
 *   the block it is in.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import {
  defaultMaxSentenceWords,
  longSentences,
  readability,
  type Readability,
} from '../../text-analysis/readability.ts';
import { reportRule, severityOf, type Severities } from '../../content/a11y-rules.ts';

export interface Options {
  /** Language of the page. */
  readonly lang: string;
  /** Longest sentence, in words, before `long-sentence` speaks up. */
  readonly maxSentenceWords?: number;
  readonly severities?: Severities;
}

export interface SectionReadability extends Readability {
  readonly section: string;
}

declare module 'vfile' {
  interface DataMap {
    readability: SectionReadability[];
  }
}

/** Blocks whose text is running prose (headings are labels, not sentences). */
const proseTypes = new Set(['paragraph', 'tableCell']);

export default function remarkA11yReadingLevel(options: Options): Transformer<Root, Root> {
  const levelSeverity = severityOf('reading-level', options.severities);
  const sentenceSeverity = severityOf('long-sentence', options.severities);
  const maxWords = options.maxSentenceWords ?? defaultMaxSentenceWords;
  return function transform(tree, file) {
    const results: SectionReadability[] = [];
    for (const section of tree.children) {
      if (section.type !== 'section') continue;
      const texts: string[] = [];
      visit(section as RootContent, (node) => {
        if (!proseTypes.has(node.type)) return;
        const text = toString(node).replace(/\s+/gu, ' ').trim();
        if (text === '') return 'skip';
        // A list item's or cell's text may lack a full stop; it is still a sentence of its own.
        texts.push(/[.!?…:;]["'”’)\]]*$/u.test(text) ? text : `${text}.`);
        for (const sentence of longSentences(text, options.lang, maxWords)) {
          reportRule(
            file,
            'long-sentence',
            sentenceSeverity,
            `Sentence of ${sentence.words} words (plain-language limit ${maxWords}): "${excerpt(sentence.text)}". Consider splitting it.`,
            node,
          );
        }
        return 'skip';
      });
      const measured = readability(texts.join(' '), options.lang);
      if (!measured) continue;
      results.push({ section: section.id, ...measured });
      const name =
        measured.measure === 'flesch-kincaid-grade' ? 'Flesch–Kincaid grade' : 'Fernández-Huerta reading ease';
      reportRule(
        file,
        'reading-level',
        levelSeverity,
        `Section \`${section.id}\`: ${name} ${measured.score}, ${measured.interpretation}; ${measured.words} words in ${measured.sentences} sentence${measured.sentences === 1 ? '' : 's'}.`,
        section.position?.start,
      );
    }
    file.data.readability = results;
  };
}

function excerpt(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : text;
}
