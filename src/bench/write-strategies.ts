/**
 * What each way of reusing the unchanged files of an output costs, when a
 * build writes it again (write-output.ts, `Reuse`): writing every file,
 * reading each current file to compare its bytes, or trusting the record's
 * digest of each after a `stat`. Each strategy rewrites the same output (a
 * copy of one the build wrote) in turn, so that every run finds the files
 * unchanged, as a rebuild after one edit nearly does; the swap and the
 * removal of the replaced folder are in every time, as in a build.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { recordName } from '../build/output-record.ts';
import { writeOutput, type Reuse } from '../build/write-output.ts';

export interface WriteMeasure {
  readonly files: number;
  /** Milliseconds per strategy, the best of `rounds` runs each. */
  readonly milliseconds: Readonly<Record<Reuse, number>>;
}

const strategies: readonly Reuse[] = ['none', 'compare', 'record'];

export async function measureWriteStrategies(builtOutput: string, scratch: string, rounds = 2): Promise<WriteMeasure> {
  const names = (await readdir(builtOutput, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(builtOutput, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((name) => name !== recordName);
  const output = new Map<string, string>();
  for (const name of names) output.set(name, await readFile(path.join(builtOutput, name), 'utf8'));
  const target = path.join(scratch, 'dist');
  await writeOutput(target, output, { reuse: 'none' });
  const best: Record<Reuse, number> = { none: Infinity, compare: Infinity, record: Infinity };
  for (let round = 0; round < rounds; round += 1) {
    for (const reuse of strategies) {
      const started = performance.now();
      await writeOutput(target, output, { reuse });
      best[reuse] = Math.min(best[reuse], performance.now() - started);
    }
  }
  await rm(scratch, { recursive: true, force: true });
  return { files: output.size, milliseconds: best };
}
