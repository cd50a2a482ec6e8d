/**
 * The files of the previous output that the last build did not write (see
 * previous-output.ts): the build carries them into its new output as they
 * are, and refuses to build over one.
 */
import { cp, link, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ioConcurrency, mapLimited } from './map-limited.ts';
import type { PreviousOutput } from './previous-output.ts';

/** A kept file in the way of the new output (paths relative to the output folder). */
export interface Conflict {
  readonly file: string;
  /** What the build writes there: the same path, a file inside a folder of that name, or a file where it is a folder. */
  readonly builds: string;
}

/** Thrown before anything is written, when the build would overwrite or remove a file it did not write. */
export class OutputConflictError extends Error {
  override readonly name = 'OutputConflictError';
  readonly conflicts: readonly Conflict[];

  constructor(conflicts: readonly Conflict[]) {
    super(
      `The build would overwrite files it did not write: ${conflicts.map((conflict) => conflict.file).join(', ')}.`,
    );
    this.conflicts = conflicts;
  }
}

/** `a/b/c.txt` → `a`, `a/b`. */
function folders(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** The new output's files by path relative to the output folder (`/` between folders): text, written as UTF-8, or bytes (a search index). */
export type PlannedOutput = ReadonlyMap<string, string | Uint8Array>;

/** A file's bytes: text as UTF-8. */
export function bytesOf(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

/** The kept files the new output would replace with other bytes, or that stand where it needs a folder. */
export async function conflicts(target: string, previous: PreviousOutput, planned: PlannedOutput): Promise<Conflict[]> {
  const folderFiles = new Map<string, string>();
  for (const file of planned.keys())
    for (const folder of folders(file)) if (!folderFiles.has(folder)) folderFiles.set(folder, file);
  const found = await mapLimited(previous.others, ioConcurrency, async (file): Promise<Conflict[]> => {
    const text = planned.get(file);
    // The same bytes at the same place: replacing them loses nothing.
    if (text !== undefined)
      return (await sameBytes(path.join(target, file), bytesOf(text))) ? [] : [{ file, builds: file }];
    const inside = folderFiles.get(file) ?? folders(file).find((folder) => planned.has(folder));
    return inside === undefined ? [] : [{ file, builds: inside }];
  });
  return found.flat();
}

async function sameBytes(file: string, bytes: Uint8Array): Promise<boolean> {
  const existing = await readFile(file).catch(() => undefined);
  return existing?.equals(bytes) === true;
}

/** The kept files that the new output does not write itself. */
export function keptFiles(previous: PreviousOutput, planned: PlannedOutput): string[] {
  return previous.others.filter((file) => !planned.has(file));
}

/** Give each kept file its name in the staged output too: a hard link (the same file), else a copy. */
export async function carryOver(files: readonly string[], from: string, to: string): Promise<void> {
  await mapLimited(files, ioConcurrency, async (file) => {
    const source = path.join(from, ...file.split('/'));
    const copy = path.join(to, ...file.split('/'));
    await mkdir(path.dirname(copy), { recursive: true });
    try {
      await link(source, copy);
    } catch {
      // A file system without hard links, or a link across devices: copy it, times and links as they are.
      await cp(source, copy, { preserveTimestamps: true, verbatimSymlinks: true });
    }
  });
}

/**
 * Files that appeared in the output folder while the build wrote the new one
 * (after `seen` was listed) are in the replaced folder only: give them their
 * names in the new output too, so that removing the replaced folder removes
 * none of them. Returns those that could not be (their place is taken).
 */
export async function rescueLateFiles(replaced: string, target: string, seen: ReadonlySet<string>): Promise<string[]> {
  const listed = await readdir(replaced, { recursive: true, withFileTypes: true });
  const late = listed
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(replaced, path.join(entry.parentPath, entry.name)))
    .filter((file) => !seen.has(file.split(path.sep).join('/')));
  const stuck: string[] = [];
  for (const file of late) {
    try {
      await mkdir(path.dirname(path.join(target, file)), { recursive: true });
      // A link never replaces a file that is there.
      await link(path.join(replaced, file), path.join(target, file));
    } catch {
      stuck.push(file);
    }
  }
  return stuck;
}
