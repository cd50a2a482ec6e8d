/** `links`: the translation has the source's links, to the same addresses, in the same order. */
import { linkTargets, quoteList } from './codes.ts';
import type { Issue, PairCheck, TranslatedUnit } from './check.ts';

export const linksCheck: PairCheck = {
  kind: 'pair',
  id: 'links',
  severity: 'error',
  check(unit: TranslatedUnit): Issue[] {
    const source = linkTargets(unit.source);
    const target = linkTargets(unit.target);
    if (source.join('\n') === target.join('\n')) return [];
    return [{ message: `Links differ from the source: expected ${quoteList(source)}, found ${quoteList(target)}. Keep every link, with the same address; translate only its text.` }];
  },
};
