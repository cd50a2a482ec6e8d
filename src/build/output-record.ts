/**
 * `build-files.json`, in the output folder: every file the build wrote
 * there, with the SHA-256 of its bytes. The next build replaces or removes
 * those files, and keeps every other one: a person's file, an export. The
 * digests let it reuse a file that has not changed without reading it
 * (write-output.ts). A file that is costly to make can also be recorded with
 * the key of its input (a digest of everything it is made from): a build
 * with the same key reads the file back instead of making it again.
 *
 * A recorded file is trusted as the build's own only while it is unmodified:
 * a regular file, no newer than the record (written after every file it
 * lists), with the recorded size.
 */
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** The record's name in the output folder; the build never writes another file by that name. */
export const recordName = 'build-files.json';

/** What the build that wrote an output folder recorded there. */
export interface OutputRecord {
  /** The files it wrote, by path relative to the folder (`/` between folders). */
  readonly files: ReadonlySet<string>;
  /** Each file's digest as written (`digest()`); none for a record of an earlier version. */
  readonly digests: ReadonlyMap<string, string>;
  /** The input key of each file made from one. */
  readonly inputs: ReadonlyMap<string, string>;
  /** When the record was written (its modification time, ms): after every file it lists. */
  readonly writtenAt: number;
}

/** The digest the record keeps of a file's bytes (text is hashed as UTF-8, the bytes it is written as). */
export function digest(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** The record's text: each file, by path relative to the output folder (`/` between folders), with its digest, in order; and the input keys. */
export function recordText(
  digests: ReadonlyMap<string, string>,
  inputs: ReadonlyMap<string, string> = new Map(),
): string {
  const about = 'The files the build wrote here, with the SHA-256 of each; the next build keeps any other file.';
  const sorted = (map: ReadonlyMap<string, string>) =>
    Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
  const record = { about, files: sorted(digests), ...(inputs.size > 0 ? { inputs: sorted(inputs) } : {}) };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Whether a recorded file is as the build wrote it (see above); `size` when the caller knows it. */
export async function unmodified(record: OutputRecord, file: string, size?: number): Promise<boolean> {
  return unmodifiedStats(record, await stat(file).catch(() => undefined), size);
}

/** The same, from the file's stats (undefined when it is gone). */
export function unmodifiedStats(record: OutputRecord, stats: Stats | undefined, size?: number): boolean {
  return stats?.isFile() === true && stats.mtimeMs <= record.writtenAt && (size === undefined || stats.size === size);
}

/** What the build that wrote `outDir` recorded; undefined when it has no record (nothing built, or an earlier version). */
export async function readRecord(outDir: string): Promise<OutputRecord | undefined> {
  const file = path.join(outDir, recordName);
  let text: string;
  let writtenAt: number;
  try {
    [text, writtenAt] = await Promise.all([readFile(file, 'utf8'), stat(file).then((stats) => stats.mtimeMs)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const { digests, inputs } = parseRecord(text) ?? {};
  if (!digests)
    throw new Error(
      `${file} is not the list of files the build wrote there, so the build cannot tell them from anyone else's. Move the files of your own out of ${outDir}, delete that folder, and build again.`,
    );
  return { files: new Set(digests.keys()), digests, inputs: inputs ?? new Map(), writtenAt };
}

function parseRecord(text: string): { digests: Map<string, string>; inputs?: Map<string, string> } | undefined {
  try {
    const { files, inputs } = JSON.parse(text) as { files?: unknown; inputs?: unknown };
    const digests = parseFiles(files);
    if (!digests) return undefined;
    return { digests, ...(inputs === undefined ? {} : { inputs: parseFiles(inputs) ?? new Map() }) };
  } catch {
    return undefined;
  }
}

/** Path → digest; a list of paths (the record before digests) gives no digest, so its files are written again. */
function parseFiles(files: unknown): Map<string, string> | undefined {
  if (Array.isArray(files))
    return files.every((file) => typeof file === 'string') ? new Map(files.map((file) => [file, ''])) : undefined;
  if (typeof files !== 'object' || files === null) return undefined;
  const entries = Object.entries(files);
  return entries.every(([, value]) => typeof value === 'string') ? new Map(entries as [string, string][]) : undefined;
}
