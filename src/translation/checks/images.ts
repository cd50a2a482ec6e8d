/** `images`: the translation has the source's images, the same files in the same order (their alt text is translated). */
import { imageTargets, quoteList } from './codes.ts';
import type { Issue, PairCheck, TranslatedUnit } from './check.ts';

export const imagesCheck: PairCheck = {
  kind: 'pair',
  id: 'images',
  severity: 'error',
  check(unit: TranslatedUnit): Issue[] {
    const source = imageTargets(unit.source);
    const target = imageTargets(unit.target);
    if (source.join('\n') === target.join('\n')) return [];
    return [
      {
        message: `Images differ from the source: expected ${quoteList(source)}, found ${quoteList(target)}. Keep every image; translate its description (alt text).`,
      },
    ];
  },
};
