/**
 * The shape of a translation quality check. Each check lives in its own file,
 * has an id and a default severity, and is one of three kinds:
 *
 * - a pair check reads one unit's source and translation (numbers, links);
 * - a text check reads one text alone, in its own language (spelling,
 *   paired ¿…?), and may run on the source text too;
 * - a set check reads every unit of a language at once (the same source
 *   translated two ways, length outliers).
 *
 * Checks return issues; the runner (run-checks.ts) turns them into findings
 * with the file, the line, the unit and excerpts.
 */
import type { GlossaryTerm } from '../../content/glossary.ts';
import type { Severity, TranslationUnit, UnitDocument, UnitText } from '../unit.ts';

export interface CheckContext {
  readonly sourceLanguage: string;
  /** Target language. */
  readonly lang: string;
  /** Number conventions of each language (es → es-MX). */
  readonly numberLocales: Readonly<Record<string, string>>;
  readonly glossary: readonly GlossaryTerm[];
}

export interface Issue {
  /** What is wrong and how to fix it, for a translator. */
  readonly message: string;
  /** Overrides the check's severity for this issue. */
  readonly severity?: Severity;
}

/** A unit that has a translation. */
export type TranslatedUnit = TranslationUnit & { readonly target: UnitText };

export interface PairCheck {
  readonly kind: 'pair';
  readonly id: string;
  readonly severity: Severity;
  /** Also run on stale units (default: only on current ones, since a stale translation is expected to differ). */
  readonly stale?: boolean;
  check(unit: TranslatedUnit, context: CheckContext): Issue[];
}

export interface TextCheck {
  readonly kind: 'text';
  readonly id: string;
  readonly severity: Severity;
  /** Which texts it reads: translations only, or the source texts too. */
  readonly sides: 'target' | 'both';
  /** `lang` is the language of `text`. */
  check(text: UnitText, lang: string, unit: TranslationUnit): Issue[];
}

/** An issue of a set check, with the unit it is about. */
export interface UnitIssue extends Issue {
  readonly document: UnitDocument;
  readonly unit: TranslationUnit;
}

export interface SetCheck {
  readonly kind: 'set';
  readonly id: string;
  readonly severity: Severity;
  check(documents: readonly UnitDocument[], context: CheckContext): UnitIssue[];
}

export type Check = PairCheck | TextCheck | SetCheck;

/** Clip an excerpt for a message. */
export function clip(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
