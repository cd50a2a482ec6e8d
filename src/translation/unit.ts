/**
 * Translation units: what a translator translates, one at a time. A page's
 * units are its title and its blocks (each heading, paragraph, list item and
 * table cell); a UI namespace's units are its strings. Each unit pairs the
 * source text with the translation, if any, and says where both are.
 *
 * The text of a unit is kept two ways: plain (what the checks and the review
 * page read) and as runs of text and codes (what XLIFF carries), where a code
 * stands for Markdown punctuation or a placeholder the translator must keep
 * but should never retype: `**`, `](https://…)`, `{{count}}`. The runs are
 * defined in pipeline/inline-runs.ts, as the pipeline records them for each
 * block.
 */
import type { Position } from 'unist';
import type { Inline } from '../pipeline/inline-runs.ts';

/** One side of a unit. */
export interface UnitText {
  /** Plain text, codes dropped, whitespace collapsed: what the checks read. */
  readonly text: string;
  /** Text and codes, in order. */
  readonly content: readonly Inline[];
  /** The file it is in, relative to the project root. */
  readonly file: string;
  /** Where in the file (a page block, or a UI string's value). */
  readonly position?: Position;
}

/**
 * A unit's status in a language: `translated` (the translation records the
 * current source), `stale` (the source changed since), `missing`, or
 * `identical` (the translation is the source text unchanged: probably not
 * translated).
 */
export type UnitStatus = 'translated' | 'stale' | 'missing' | 'identical';

export type UnitKind = 'title' | 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'code' | 'string';

export interface TranslationUnit {
  /**
   * Unique within its document: `title` and `<section>.<n>` (the n-th block
   * of a section, from 1) for a page; the dotted key for a UI string.
   */
  readonly id: string;
  readonly kind: UnitKind;
  /** Section id, for a page's blocks. */
  readonly section?: string;
  readonly source: UnitText;
  /** Absent when missing. */
  readonly target?: UnitText;
  readonly status: UnitStatus;
  /** Context for the translator: glossary notes, where the string is used. */
  readonly notes?: readonly string[];
  /** Where its translation came from when pretranslate filled it from memory, until a translator confirms it. */
  readonly memory?: string;
}

/** A page or a UI namespace in one target language: what one XLIFF file holds. */
export interface UnitDocument {
  readonly kind: 'page' | 'namespace';
  /** Page id (`mexico`) or namespace (`ui`). */
  readonly id: string;
  readonly sourceLanguage: string;
  /** Target language. */
  readonly lang: string;
  /** `content/en/mexico.md`, `locales/en/ui.json`. */
  readonly sourcePath: string;
  /** `content/es/mexico.md`, `locales/es/ui.json` (whether or not it exists yet). */
  readonly targetPath: string;
  readonly units: readonly TranslationUnit[];
}

export type Severity = 'error' | 'warning';

/** A quality-check finding, in words a translator understands. */
export interface Finding {
  /** Check id: `numbers`, `currency`, `spelling`, … */
  readonly check: string;
  readonly severity: Severity;
  /** Language of the text the finding is about (the source's, for a source typo). */
  readonly lang: string;
  /** Document id (`mexico`, `ui`) and unit id (`goals.3`, `landmarks.main`). */
  readonly document: string;
  readonly unit: string;
  /** File and place (a UI string's value, a block's start). */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The UI string's key, for a namespace's unit. */
  readonly key?: string;
  /** Excerpts of the source and the translation. */
  readonly source: string;
  readonly target: string;
  readonly message: string;
}

/** Plain text of inline content: codes dropped, whitespace collapsed. */
export function plainText(content: readonly Inline[]): string {
  return content
    .map((run) => (typeof run === 'string' ? run : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
