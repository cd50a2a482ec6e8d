/** `links`: the translation has the source's links, to the same addresses, in the same order. */
import { linkTargets, quoteList } from './codes.ts';
import type { Issue, PairCheck, TranslatedUnit } from './check.ts';
import type { UnitText } from '../unit.ts';

export const linksCheck: PairCheck = {
  kind: 'pair',
  id: 'links',
  severity: 'error',
  check(unit: TranslatedUnit): Issue[] {
    const source = addresses(unit.source);
    const target = addresses(unit.target);
    if (source.join('\n') === target.join('\n')) return [];
    return [
      {
        message: `Links differ from the source: expected ${quoteList(source)}, found ${quoteList(target)}. Keep every link, with the same address; translate only its text.`,
      },
    ];
  },
};

/** Link addresses, in order; an autolink (`<https://…>`, a bare URL) has its address as its text. */
function addresses(text: UnitText): string[] {
  const autolinks: string[] = [];
  let open: { id: string; text: string } | undefined;
  for (const run of text.content) {
    if (typeof run === 'string') {
      if (open) open.text += run;
    } else if (run.type === 'link' && run.kind === 'open' && (run.original === '' || run.original === '<')) {
      open = { id: run.id, text: '' };
    } else if (run.type === 'link' && run.kind === 'close' && run.id === open?.id) {
      autolinks.push(open.text);
      open = undefined;
    }
  }
  let next = 0;
  return linkTargets(text).map((target) => (target === '' || target === '>' ? (autolinks[next++] ?? target) : target));
}
