/**
 * Number a translation's codes after its source's. Both sides are read
 * separately, each numbering its codes from 1, so the bold label of a
 * Spanish list item is not necessarily code 1 of the English one. XLIFF
 * needs them to share ids: a target code that stands for exactly the same
 * Markdown as a source code (a pair: both its halves) takes that code's id;
 * any other (a phrase marked as English only in the Spanish) gets its own id,
 * `t1`, `t2`…, which no source code has.
 */
import type { Inline, InlineCode } from '../pipeline/inline-runs.ts';

export function alignCodes(source: readonly Inline[], target: readonly Inline[]): Inline[] {
  const signature = (content: readonly Inline[]) => {
    // Each code's signature: its kind, type and Markdown, with a pair's closing Markdown.
    const closes = new Map<string, string>();
    for (const run of content) if (typeof run !== 'string' && run.kind === 'close') closes.set(run.id, run.original);
    return (code: InlineCode) =>
      `${code.kind}\u0000${code.type}\u0000${code.original}\u0000${code.kind === 'open' ? (closes.get(code.id) ?? '') : ''}`;
  };
  const sourceSignature = signature(source);
  const available = new Map<string, string[]>();
  for (const run of source) {
    if (typeof run === 'string' || run.kind === 'close') continue;
    const key = sourceSignature(run);
    available.set(key, [...(available.get(key) ?? []), run.id]);
  }
  const targetSignature = signature(target);
  const renamed = new Map<string, string>();
  let own = 1;
  return target.map((run) => {
    if (typeof run === 'string') return run;
    if (run.kind !== 'close') {
      const ids = available.get(targetSignature(run));
      const id = ids?.shift() ?? `t${own++}`;
      renamed.set(run.id, id);
      return { ...run, id };
    }
    return { ...run, id: renamed.get(run.id) ?? `t${own++}` };
  });
}
