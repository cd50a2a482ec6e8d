/**
 * `build-files.json`, in the output folder: every file the build wrote
 * there. The next build replaces or removes those files, and keeps every
 * other one: a person's file, an export.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The record's name in the output folder; the build never writes another file by that name. */
export const recordName = 'build-files.json';

/** The record's text: the files by path relative to the output folder (`/` between folders), in order. */
export function recordText(files: Iterable<string>): string {
  const about = 'The files the build wrote here; the next build keeps any other file.';
  return `${JSON.stringify({ about, files: [...files].sort() }, null, 2)}\n`;
}

/** The files the build that wrote `outDir` recorded; undefined when it has no record (nothing built, or an earlier version). */
export async function readRecord(outDir: string): Promise<ReadonlySet<string> | undefined> {
  const file = path.join(outDir, recordName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const files = parseFiles(text);
  if (!files)
    throw new Error(
      `${file} is not the list of files the build wrote there, so the build cannot tell them from anyone else's. Move the files of your own out of ${outDir}, delete that folder, and build again.`,
    );
  return files;
}

function parseFiles(text: string): ReadonlySet<string> | undefined {
  try {
    const { files } = JSON.parse(text) as { files?: unknown };
    return Array.isArray(files) && files.every((file) => typeof file === 'string') ? new Set<string>(files) : undefined;
  } catch {
    return undefined;
  }
}
