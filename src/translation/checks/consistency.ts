/**
 * `consistency`: the same source text translated two different ways, across
 * every page and UI string of a language. A reader who meets “Goals” as
 * “Objetivos” in one place and “Metas” in another wonders whether they are
 * different things.
 */
import type { TranslationUnit, UnitDocument } from '../unit.ts';
import type { CheckContext, SetCheck, UnitIssue } from './check.ts';

export const consistencyCheck: SetCheck = {
  kind: 'set',
  id: 'consistency',
  severity: 'warning',
  check(documents: readonly UnitDocument[], _context: CheckContext): UnitIssue[] {
    const bySource = new Map<
      string,
      { document: UnitDocument; unit: TranslationUnit & { target: NonNullable<TranslationUnit['target']> } }[]
    >();
    for (const document of documents) {
      for (const unit of document.units) {
        if (!unit.target || unit.status === 'stale' || !/\p{L}/u.test(unit.source.text)) continue;
        const key = unit.source.text;
        bySource.set(key, [...(bySource.get(key) ?? []), { document, unit: { ...unit, target: unit.target } }]);
      }
    }
    const issues: UnitIssue[] = [];
    for (const occurrences of bySource.values()) {
      const translations = [...new Set(occurrences.map((item) => item.unit.target.text))];
      if (translations.length < 2) continue;
      const where = occurrences
        .map((item) => `“${item.unit.target.text}” (${item.document.id}: ${item.unit.id})`)
        .join(', ');
      for (const { document, unit } of occurrences) {
        issues.push({
          document,
          unit,
          message: `The same source text is translated ${translations.length} ways: ${where}. Use one translation, unless the contexts really differ.`,
        });
      }
    }
    return issues;
  },
};
