/**
 * Write the build output all at once: into a fresh folder next to the target,
 * which then replaces the target. A build that fails before this point
 * leaves the previous output as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Files to write, by path relative to the output folder. */
export type Output = ReadonlyMap<string, string>;

export async function writeOutput(outDir: string, output: Output): Promise<void> {
  const target = path.resolve(outDir);
  const staging = `${target}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  for (const [relativePath, content] of [...output].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = path.join(staging, relativePath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, 'utf8');
  }
  const previous = `${target}.old-${process.pid}`;
  await rm(previous, { recursive: true, force: true });
  await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}
