/**
 * What is in the output folder before a build replaces it, and whose it is.
 * The files the last build recorded (output-record.ts) are the build's, to
 * replace or remove; any other file (a person's, an export) is someone
 * else's, and the build keeps it.
 *
 * An output that an earlier version wrote has no record. There, a file is the
 * build's unless another command wrote it there (`writtenByOthers`) or it
 * changed well after the build: later than its marker (the manifest, which
 * every build writes) by more than `legacyWindow`, by the files' change
 * times, which copying or moving a file cannot carry over from elsewhere.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ioConcurrency, mapLimited } from './map-limited.ts';
import { readRecord, recordName, type OutputRecord } from './output-record.ts';

/** How to read an output folder written before builds kept a record. */
export interface LegacyOutput {
  /** The file every build wrote there (`manifest.json`). */
  readonly marker: string;
  /** Files that other commands wrote there, never the build (relative paths, `/` between folders). */
  readonly writtenByOthers: (relativePath: string) => boolean;
}

export interface PreviousOutput {
  /** Every file (and link) now in the folder, by relative path (`/` between folders). */
  readonly files: readonly string[];
  /** The files the last build did not write: the build keeps them. */
  readonly others: readonly string[];
  /** What the last build recorded, when it did. */
  readonly record?: OutputRecord;
}

/** Longer than a build takes to write its output and remove the one before (the files' change times fall in it). */
export const legacyWindow = 60_000;

/** A file of the folder. */
interface Entry {
  readonly path: string;
  /** False for what is not a regular file (a link, say): the build only ever writes regular files. */
  readonly regular: boolean;
}

/** A file of the folder, with its change time. */
export interface TimedEntry extends Entry {
  readonly changed: number;
}

export async function previousOutput(target: string, legacy?: LegacyOutput): Promise<PreviousOutput> {
  const entries = await listFiles(target);
  const record = await readRecord(target);
  const built = record?.files ?? (await legacyBuilt(target, entries, legacy));
  return {
    files: entries.map((entry) => entry.path),
    others: entries.filter((entry) => !built.has(entry.path)).map((entry) => entry.path),
    ...(record ? { record } : {}),
  };
}

/** The files an earlier version's build wrote, by the legacy rule (none, without a marker). */
async function legacyBuilt(
  target: string,
  entries: readonly Entry[],
  legacy: LegacyOutput | undefined,
): Promise<ReadonlySet<string>> {
  if (!legacy || !entries.some((entry) => entry.path === legacy.marker)) return new Set();
  const timed = await mapLimited(entries, ioConcurrency, async (entry) => ({
    ...entry,
    changed: (await lstat(path.join(target, ...entry.path.split('/')))).ctimeMs,
  }));
  return new Set(timed.filter(legacyRule(timed, legacy)).map((entry) => entry.path));
}

/** Whether a file of an output without a record is the build's: see above. */
export function legacyRule(entries: readonly TimedEntry[], legacy: LegacyOutput): (entry: TimedEntry) => boolean {
  const marker = entries.find((entry) => entry.path === legacy.marker);
  if (!marker) return () => false;
  return (entry) =>
    entry.regular && !legacy.writtenByOthers(entry.path) && entry.changed <= marker.changed + legacyWindow;
}

/** Every file under the folder but the record (the build rewrites it). */
async function listFiles(target: string): Promise<Entry[]> {
  const listed = await readdir(target, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return listed
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({
      path: path.relative(target, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      regular: entry.isFile(),
    }))
    .filter((entry) => entry.path !== recordName)
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
