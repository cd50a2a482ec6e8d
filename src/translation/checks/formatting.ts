/**
 * `formatting`: the translation keeps the source's bold, italic and
 * strikethrough phrases and its inline code: a bold label (“**Reduce:**”)
 * is how a reader scans a list.
 */
import { difference, pairCount, quoteList, standalones } from './codes.ts';
import type { Issue, PairCheck, TranslatedUnit } from './check.ts';

const names = { bold: 'bold', italic: 'italic', strikethrough: 'strikethrough' } as const;

export const formattingCheck: PairCheck = {
  kind: 'pair',
  id: 'formatting',
  severity: 'warning',
  check(unit: TranslatedUnit): Issue[] {
    const issues: Issue[] = [];
    for (const type of ['bold', 'italic', 'strikethrough'] as const) {
      const source = pairCount(unit.source, type);
      const target = pairCount(unit.target, type);
      if (source !== target)
        issues.push({
          message: `The source has ${source} ${names[type]} phrase(s), the translation ${target}. Keep the same ${names[type]} formatting.`,
        });
    }
    const sourceCode = standalones(unit.source, ['code']);
    const targetCode = standalones(unit.target, ['code']);
    const missing = difference(sourceCode, targetCode);
    if (missing.length > 0)
      issues.push({
        message: `Missing inline code ${quoteList(missing)}: code is copied as it is, not translated.`,
        severity: 'error',
      });
    return issues;
  },
};
