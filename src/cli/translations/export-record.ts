/**
 * An exported XLIFF file is a translator's once they start filling it in, so
 * a new export replaces a file only if it is still what an export wrote.
 * Each export folder keeps the hash of every file exported into it
 * (`exported.json`); a file that is not listed, or whose bytes no longer
 * match, is someone's work, and the export stops, naming it, before it
 * writes anything.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from '../write-files.ts';

/** The record's name in an export folder. */
export const exportRecordName = 'exported.json';

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Hashes of the files exported into `folder`, by path relative to it (`/` between folders). */
async function readExportRecord(folder: string): Promise<Map<string, string>> {
  try {
    const { files } = JSON.parse(await readFile(path.join(folder, exportRecordName), 'utf8')) as { files?: unknown };
    if (typeof files !== 'object' || files === null) return new Map();
    return new Map(Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    // No record, or not one: no file there counts as an export's own.
    return new Map();
  }
}

const key = (folder: string, file: string): string => path.relative(folder, file).split(path.sep).join('/');

/** The files among `writes` that exist and are not what an export left there: someone's, not to be replaced. */
export async function editedExports(
  folder: string,
  writes: readonly { file: string; text: string }[],
): Promise<string[]> {
  const record = await readExportRecord(folder);
  const edited: string[] = [];
  for (const { file, text } of writes) {
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    if (existing === undefined || existing === text) continue;
    if (record.get(key(folder, file)) !== hashOf(existing)) edited.push(file);
  }
  return edited;
}

/** Add the written files to the folder's record. */
export async function recordExports(folder: string, writes: readonly { file: string; text: string }[]): Promise<void> {
  const record = await readExportRecord(folder);
  for (const { file, text } of writes) record.set(key(folder, file), hashOf(text));
  const files = Object.fromEntries([...record].sort(([a], [b]) => (a < b ? -1 : 1)));
  const about = 'Files an export wrote here, by hash: the next export replaces only those still as written.';
  await writeAtomically(path.join(folder, exportRecordName), `${JSON.stringify({ about, files }, null, 2)}\n`);
}
