/** What the checks read from a text's codes: link targets, images, formatting, placeholders. */
import type { Inline, InlineCode } from '../../pipeline/inline-runs.ts';
import type { UnitText } from '../unit.ts';

function codes(content: readonly Inline[]): InlineCode[] {
  return content.filter((run): run is InlineCode => typeof run !== 'string');
}

/** Link destinations (or reference labels), in order. */
export function linkTargets(text: UnitText): string[] {
  return codes(text.content)
    .filter((code) => code.type === 'link' && code.kind === 'close')
    .map((code) => destination(code.original));
}

/** Image destinations, in order (alt text is translated, so it is not compared). */
export function imageTargets(text: UnitText): string[] {
  return codes(text.content)
    .filter((code) => code.type === 'image' && code.kind !== 'open')
    .map((code) =>
      destination(code.kind === 'close' ? code.original : code.original.slice(code.original.indexOf(']'))),
    );
}

/** `](https://x "Title")` → `https://x`; `][label]` → `[label]`. */
function destination(close: string): string {
  const inline = /^\]\(\s*<?([^\s>)]*)/.exec(close);
  if (inline) return inline[1] ?? '';
  const reference = /^\]\[([^\]]*)\]/.exec(close);
  return reference ? `[${(reference[1] ?? '').toLowerCase()}]` : close;
}

/** How many pairs of a type (`bold`, `italic`) a text has. */
export function pairCount(text: UnitText, type: InlineCode['type']): number {
  return codes(text.content).filter((code) => code.type === type && code.kind === 'open').length;
}

/** Standalone codes of some types, by what they stand for. */
export function standalones(text: UnitText, types: readonly InlineCode['type'][]): string[] {
  return codes(text.content)
    .filter((code) => code.kind === 'standalone' && types.includes(code.type))
    .map((code) => code.original);
}

/** Values in `a` that `b` lacks, counting repeats. */
export function difference<T>(a: readonly T[], b: readonly T[]): T[] {
  const rest = [...b];
  return a.filter((value) => {
    const index = rest.indexOf(value);
    if (index === -1) return true;
    rest.splice(index, 1);
    return false;
  });
}

export function quoteList(values: readonly string[]): string {
  return values.length === 0 ? 'none' : values.map((value) => `“${value}”`).join(', ');
}
