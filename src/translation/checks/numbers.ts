/**
 * `numbers`: the translation has the source's numbers, compared by value,
 * each text read with its language's conventions: 71,000 in English is
 * 71,000 in es-MX and 71.000 or 71 000 in es-ES; “12 million” is
 * “12 millones”; “20 percent” is “20 %”. A year is never grouped: 2,019 is
 * not a year in any language.
 */
import { extractNumbers, numberTokens } from '../numbers.ts';
import { difference } from './codes.ts';
import type { CheckContext, Issue, PairCheck, TranslatedUnit } from './check.ts';

export const numbersCheck: PairCheck = {
  kind: 'pair',
  id: 'numbers',
  severity: 'error',
  check(unit: TranslatedUnit, context: CheckContext): Issue[] {
    const sourceLocale = context.numberLocales[context.sourceLanguage] ?? context.sourceLanguage;
    const locale = context.numberLocales[context.lang] ?? context.lang;
    const source = extractNumbers(unit.source.text, sourceLocale);
    const target = extractNumbers(unit.target.text, locale);
    const issues: Issue[] = [];
    const missing = difference(source, target);
    const extra = difference(target, source);
    if (missing.length > 0 || extra.length > 0) {
      const parts = [
        missing.length > 0 ? `missing ${missing.map((value) => format(value, locale)).join(', ')}` : '',
        extra.length > 0 ? `not in the source: ${extra.map((value) => format(value, locale)).join(', ')}` : '',
      ].filter(Boolean);
      issues.push({
        message: `Numbers differ from the source (${parts.join('; ')}). Numbers are read with ${locale} conventions, where seventy-one thousand is written ${format(71000, locale)} and three and a half ${format(3.5, locale)}.`,
      });
    }
    const sourceYears = new Set(
      numberTokens(unit.source.text, sourceLocale)
        .filter((token) => !token.grouped)
        .map((token) => token.value),
    );
    for (const token of numberTokens(unit.target.text, locale)) {
      if (token.grouped && sourceYears.has(token.value) && token.value >= 1000 && token.value <= 2999) {
        issues.push({
          message: `“${token.raw}” is a year in the source (${token.value}): write years without a thousands separator.`,
        });
      }
    }
    return issues;
  },
};

function format(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}
