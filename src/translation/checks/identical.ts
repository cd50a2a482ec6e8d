/** `identical`: a translation that is the source text unchanged was probably never translated. */
import type { Issue, PairCheck, TranslatedUnit } from './check.ts';

export const identicalCheck: PairCheck = {
  kind: 'pair',
  id: 'identical',
  severity: 'warning',
  check(unit: TranslatedUnit): Issue[] {
    if (unit.status !== 'identical') return [];
    return [
      {
        message:
          'The translation is the source text unchanged: translate it, or, if it is the same in both languages (a name), leave it.',
      },
    ];
  },
};
