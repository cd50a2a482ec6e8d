/**
 * `glossary`: where the source uses a glossary term, the translation uses
 * the glossary's term for it (content/glossary.yaml), and a do-not-translate
 * term is kept as it is.
 */
import { containsTerm } from '../glossary-terms.ts';
import type { CheckContext, Issue, PairCheck, TranslatedUnit } from './check.ts';

export const glossaryCheck: PairCheck = {
  kind: 'pair',
  id: 'glossary',
  severity: 'warning',
  check(unit: TranslatedUnit, context: CheckContext): Issue[] {
    const issues: Issue[] = [];
    for (const term of context.glossary) {
      const sourceTerm = term.terms[context.sourceLanguage];
      const targetTerm = term.doNotTranslate ? sourceTerm : term.terms[context.lang];
      if (sourceTerm === undefined || targetTerm === undefined) continue;
      if (containsTerm(unit.source.text, sourceTerm) && !containsTerm(unit.target.text, targetTerm)) {
        const why = term.doNotTranslate ? 'it is not translated' : `the glossary's term is “${targetTerm}”`;
        issues.push({
          message: `The source uses “${sourceTerm}”; ${why}, and the translation does not have it${term.note ? ` (${term.note.replace(/\.$/, '')})` : ''}.`,
        });
      }
    }
    return issues;
  },
};
