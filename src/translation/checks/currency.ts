/**
 * `currency`: dollar amounts stay dollars. In Mexico “$” is the peso sign, so
 * a Spanish “$12 millones” reads as pesos: a dollar amount is written out
 * (“12 millones de dólares”) or marked (“US$12 millones”, “USD”). The check
 * runs on Spanish translations.
 */
import type { CheckContext, Issue, PairCheck, TranslatedUnit } from './check.ts';

/** A `$` that is not part of `US$` / `U.S.$` / `USD$` / `EE. UU.$` (any other word before it, as in “de $12”, leaves it bare). */
const bareDollar = /(?<!\b(?:US|U\.S\.|USD|EE\.\s?UU\.)\s?)\$\s?\d/u;
const sourceDollar = /\$\s?\d|\b(?:dollars?|USD)\b/iu;
/** “dólares”, “USD”, or a `$` marked as bareDollar reads a mark (`US$`, `U.S. $`, `EE. UU.$`, …). */
const dollarWording = /\bd[óo]lar(?:es)?\b|\bUSD\b|\b(?:US|U\.S\.|EE\.\s?UU\.)\s?\$/iu;

export const currencyCheck: PairCheck = {
  kind: 'pair',
  id: 'currency',
  severity: 'error',
  stale: true,
  check(unit: TranslatedUnit, context: CheckContext): Issue[] {
    if (context.lang.split('-')[0] !== 'es') return [];
    const issues: Issue[] = [];
    const bare = bareDollar.exec(unit.target.text);
    if (bare) {
      issues.push({
        message: `“${amountAt(unit.target.text, bare.index)}” has a bare “$”, which readers in Mexico read as pesos. Write dollar amounts out (“12 millones de dólares”) or as “US$12 millones”.`,
      });
    } else if (sourceDollar.test(unit.source.text) && !dollarWording.test(unit.target.text)) {
      issues.push({
        message:
          'The source has an amount in dollars, and the translation does not say “dólares” (or “US$”). Say which currency it is: “12 millones de dólares”.',
      });
    }
    return issues;
  },
};

function amountAt(text: string, index: number): string {
  return /^\$\s?[\d.,\s]+(?:\s?[\p{L}]+)?/u.exec(text.slice(index))?.[0].trim() ?? '$';
}
