/**
 * The memories imported from TMX files (`translations memory import`), kept
 * as they came in `memory/` at the project's root, beside content/: read
 * with the site's own translations by pretranslate, export and status. An
 * import never changes content by itself.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { readInto } from '../../content/read-file.ts';
import { readTmx } from '../exchange/read-tmx.ts';
import type { MemoryEntry } from './translation-memory.ts';

export const memoryFolder = 'memory';

/** The largest TMX file read: a memory of some 100,000 units is about 40 MiB. */
export const maxTmxBytes = 64 * 2 ** 20;

export interface ImportedMemory {
  readonly entries: readonly MemoryEntry[];
  /** Each file read, with what was wrong in it. */
  readonly files: readonly VFile[];
}

export async function readImportedMemory(
  root: string,
  sourceLanguage: string,
  languages: readonly string[],
): Promise<ImportedMemory> {
  const names = (await readdir(path.join(root, memoryFolder)).catch(() => []))
    .filter((name) => name.endsWith('.tmx'))
    .sort();
  const files: VFile[] = [];
  const entries: MemoryEntry[] = [];
  for (const name of names) {
    const relative = `${memoryFolder}/${name}`;
    const file = await readInto(files, root, relative, { maxBytes: maxTmxBytes });
    if (file) entries.push(...(readTmx(file, { sourceLanguage, languages, name: relative }) ?? []));
  }
  return { entries, files };
}
