/**
 * The static accessibility rules: each has an id, a default severity and the
 * success criterion it serves. A site can change a severity in
 * content/site.yaml (`accessibility: {rules: {long-sentence: off}}`).
 *
 * - error: the build fails (the fragment would ship with a barrier);
 * - warning: shown on every build, the build goes on;
 * - info: recorded in the accessibility report only (measures, advice);
 * - off: not checked.
 *
 * The rules themselves are plugins (pipeline/a11y/); their ids and
 * severities sit with the content, whose site settings name them.
 */
import type { VFile } from 'vfile';
import { messageSource, placeOf, type Place } from './report.ts';

export type Severity = 'error' | 'warning' | 'info' | 'off';

export interface RuleInfo {
  readonly severity: Exclude<Severity, 'off'>;
  /** WCAG success criterion or guideline. */
  readonly criterion: string;
  readonly summary: string;
}

export const a11yRules = {
  'heading-order': {
    severity: 'error',
    criterion: 'WCAG 1.3.1, 2.4.6',
    summary: 'Headings go down one level at a time, across the fragments of a page in order.',
  },
  'heading-empty': { severity: 'error', criterion: 'WCAG 2.4.6', summary: 'Every heading has text.' },
  'link-text': {
    severity: 'error',
    criterion: 'WCAG 2.4.4',
    summary: 'Link text says where the link goes: no "click here", "aquí", "read more".',
  },
  'link-url-text': {
    severity: 'error',
    criterion: 'WCAG 2.4.4',
    summary: 'A bare URL is not link text: a screen reader spells it out.',
  },
  'image-alt': {
    severity: 'error',
    criterion: 'WCAG 1.1.1',
    summary: 'Images have alt text (empty only when marked decorative), and it is not a file name.',
  },
  'other-language': {
    severity: 'warning',
    criterion: 'WCAG 3.1.2',
    summary: 'A phrase in another language is marked with :lang[…]{lang=…}.',
  },
  'acronym-expansion': {
    severity: 'error',
    criterion: 'WCAG 3.1.4',
    summary: 'A glossary acronym is written out in full at its first use on a page.',
  },
  'list-markup': {
    severity: 'error',
    criterion: 'WCAG 1.3.1',
    summary: 'Lists are Markdown lists, not typed bullets or numbers in a paragraph.',
  },
  'table-headers': { severity: 'error', criterion: 'WCAG 1.3.1', summary: 'Tables have header cells with text.' },
  'duplicate-id': {
    severity: 'error',
    criterion: 'WCAG 4.1.1, 1.3.1',
    summary: 'No two elements of one page share an id.',
  },
  'reading-level': {
    severity: 'info',
    criterion: 'WCAG 3.1.5',
    summary: 'Readability of each fragment: Flesch–Kincaid grade (English), Fernández-Huerta (Spanish).',
  },
  'long-sentence': {
    severity: 'info',
    criterion: 'WCAG 3.1.5',
    summary: 'Sentences longer than the plain-language limit.',
  },
} as const satisfies Record<string, RuleInfo>;

export type A11yRuleId = keyof typeof a11yRules;

export function isA11yRuleId(id: string): id is A11yRuleId {
  return Object.hasOwn(a11yRules, id);
}

/** Severity overrides by rule id. */
export type Severities = Readonly<Partial<Record<A11yRuleId, Severity>>>;

export function severityOf(rule: A11yRuleId, overrides: Severities = {}): Severity {
  return overrides[rule] ?? a11yRules[rule].severity;
}

/** Report a finding of a rule at its severity (nothing when the rule is off). */
export function reportRule(file: VFile, rule: A11yRuleId, severity: Severity, reason: string, place: Place): void {
  if (severity === 'off') return;
  const message = file.message(reason, { place: placeOf(place), ruleId: rule, source: messageSource });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}
