/**
 * `plurals`: a plural UI string has every form the target language needs,
 * as `Intl.PluralRules` defines them (Spanish: one, many, other). i18next
 * picks the form by count, so a missing one shows the wrong text for some
 * counts (in Spanish, “many” is used for a million: “1 millón de visitas”).
 */
import { pluralCategories } from '../namespace-units.ts';
import type { CheckContext, SetCheck, UnitIssue } from './check.ts';

const pluralSuffix = /^(.*)_(zero|one|two|few|many|other)$/;

export const pluralsCheck: SetCheck = {
  kind: 'set',
  id: 'plurals',
  severity: 'error',
  check(documents, context: CheckContext): UnitIssue[] {
    const issues: UnitIssue[] = [];
    for (const document of documents) {
      if (document.kind !== 'namespace') continue;
      const bases = new Map<string, (typeof document.units)[number][]>();
      for (const unit of document.units) {
        const base = pluralSuffix.exec(unit.id)?.[1];
        if (base !== undefined) bases.set(base, [...(bases.get(base) ?? []), unit]);
      }
      const categories = pluralCategories(context.lang);
      for (const [base, units] of bases) {
        const present = units.filter((unit) => unit.target !== undefined);
        const missing = units.filter((unit) => unit.target === undefined);
        if (present.length === 0) continue;
        for (const unit of missing) {
          issues.push({
            document,
            unit,
            message: `\`${base}\` is plural: ${context.lang} needs the forms ${categories.map((category) => `\`${base}_${category}\``).join(', ')}, and \`${unit.id}\` is missing. Add it, or i18next shows the wrong form for some counts.`,
          });
        }
      }
    }
    return issues;
  },
};
