/**
 * Writing one file so that a crash never leaves it half-written: it is
 * written to a temporary name beside it, then renamed into place. Several
 * files that change together: content/write-together.ts.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Write one file through a temporary name. */
export async function writeAtomically(file: string, value: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, value, 'utf8');
  await rename(temporary, file);
}
