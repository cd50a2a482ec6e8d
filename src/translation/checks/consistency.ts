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
        const occurrences = bySource.get(key) ?? [];
        occurrences.push({ document, unit: { ...unit, target: unit.target } });
        bySource.set(key, occurrences);
      }
    }
    const issues: UnitIssue[] = [];
    for (const occurrences of bySource.values()) {
      const translations = [...new Set(occurrences.map((item) => item.unit.target.text))];
      if (translations.length < 2) continue;
      const where = places(occurrences);
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

/** How many places the message lists one by one; past that, one per translation, with a count. */
const listedPlaces = 5;

interface Occurrence {
  readonly document: UnitDocument;
  readonly unit: TranslationUnit & { target: NonNullable<TranslationUnit['target']> };
}

/**
 * Every place, or, on a large site, each translation once with its first
 * place and how many others use it: every occurrence gets the message, so a
 * list of them all would grow with the square of the site.
 */
function places(occurrences: readonly Occurrence[]): string {
  const place = (item: Occurrence) => `${item.document.id}: ${item.unit.id}`;
  if (occurrences.length <= listedPlaces)
    return occurrences.map((item) => `“${item.unit.target.text}” (${place(item)})`).join(', ');
  return [...Map.groupBy(occurrences, (item) => item.unit.target.text)]
    .map(([text, items]) => {
      const [first] = items;
      const others = items.length - 1;
      return `“${text}” (${first ? place(first) : ''}${others > 0 ? `, and ${others} other place${others === 1 ? '' : 's'}` : ''})`;
    })
    .join(', ');
}
