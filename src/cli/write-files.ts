/**
 * Writing people's files (content/, locales/) so that a crash never leaves
 * one half-written: each is written to a temporary name beside it, then
 * renamed into place.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file to write, by its path relative to the project. */
export interface ProjectWrite {
  readonly path: string;
  readonly value: string;
}

/** Write one file through a temporary name. */
export async function writeAtomically(file: string, value: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, value, 'utf8');
  await rename(temporary, file);
}

/** Write every file or none: each to a temporary file first, then all renamed into place. */
export async function writeAll(root: string, writes: readonly ProjectWrite[]): Promise<void> {
  const staged: [string, string][] = [];
  for (const write of writes) {
    const target = path.join(root, write.path);
    const temporary = `${target}.${process.pid}.tmp`;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, write.value, 'utf8');
    staged.push([temporary, target]);
  }
  for (const [temporary, target] of staged) await rename(temporary, target);
}
