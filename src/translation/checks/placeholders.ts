/**
 * `placeholders`: a UI string keeps the source's i18next placeholders
 * (`{{name}}`, `{{count, number}}`), nestings (`$t(key)`) and HTML tags,
 * each as many times; i18next fills them in at run time, so a translated or
 * mistyped one shows up as broken text on the page.
 */
import { difference, quoteList, standalones } from './codes.ts';
import type { Issue, PairCheck, TranslatedUnit } from './check.ts';

const types = ['placeholder', 'nesting', 'html'] as const;

export const placeholdersCheck: PairCheck = {
  kind: 'pair',
  id: 'placeholders',
  severity: 'error',
  stale: true,
  check(unit: TranslatedUnit): Issue[] {
    // `{{ count,  number }}` is `{{count, number}}`: spaces run together, and none inside the braces.
    const normalize = (code: string): string =>
      code.replace(/\s+/g, ' ').replace(/\{\{ /g, '{{').replace(/ \}\}/g, '}}');
    const source = standalones(unit.source, types).map(normalize);
    const target = standalones(unit.target, types).map(normalize);
    const missing = difference(source, target);
    const extra = difference(target, source);
    const issues: Issue[] = [];
    if (missing.length > 0)
      issues.push({
        message: `Missing ${quoteList(missing)}: copy it from the source exactly as it is; i18next replaces it when the page is shown.`,
      });
    if (extra.length > 0)
      issues.push({
        message: `${quoteList(extra)} is not in the source: a placeholder must be the source's, letter for letter (its name is not translated).`,
      });
    // A `{{` or `}}` left over means a placeholder was broken while typing.
    const leftover = unit.target.content.some((run) => typeof run === 'string' && /\{\{|\}\}|\$t\(/.test(run));
    if (leftover)
      issues.push({
        message: 'A placeholder is broken (a lone “{{”, “}}” or “$t(”): write it as in the source, “{{name}}”.',
      });
    return issues;
  },
};
