/**
 * Write the build output all at once. The files go into a fresh folder next
 * to the target (`dist.tmp-…`), which then replaces the target by two
 * renames, microseconds apart: the old output moves to `dist.old-…`, the new
 * one takes its name. So a build that fails, or is killed while writing,
 * leaves the previous output as it was; a build killed between the two
 * renames leaves it as `dist.old-…`, and the next build puts it back before
 * anything else. Builds writing the same folder take turns (output-lock.ts).
 * A file whose bytes are unchanged is linked from the current output rather
 * than written again (see `Reuse`).
 *
 * The build removes only what it wrote: the new folder records its files
 * (output-record.ts), and every other file of the previous output is carried
 * into it as it is (kept-files.ts). A file the build did not write standing
 * where it would write stops it before anything is written.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  carryOver,
  conflicts,
  keptFiles,
  OutputConflictError,
  rescueLateFiles,
  bytesOf,
  type PlannedOutput,
} from './kept-files.ts';
import { acquireLock, isRunning, type LockOptions } from './output-lock.ts';
import { inChunks } from '../cache/in-chunks.ts';
import { digest, recordName, recordText, unmodifiedStats, type OutputRecord } from './output-record.ts';
import { previousOutput, type LegacyOutput } from './previous-output.ts';

/** Files to write, by path relative to the output folder. */
export type Output = ReadonlyMap<string, string | Uint8Array>;

export interface WriteOptions {
  /** Waiting for another build that writes the same folder. */
  readonly lock?: LockOptions;
  /** How to read an output an earlier version wrote, without a record; without it, every file there is kept. */
  readonly legacy?: LegacyOutput;
  /** How to tell that a file of the current output can be reused (default `record`); the bench measures each. */
  readonly reuse?: Reuse;
  /** For the files made from an input key (see output-record.ts), that key, to record. */
  readonly inputs?: ReadonlyMap<string, string>;
}

/**
 * How the new output reuses a file of the current one with the same bytes,
 * by a hard link (the same file under a second name) instead of writing it:
 *
 *   record   its digest in the current output's record is the new bytes'
 *            digest, and the file has not been modified since the record was
 *            written (same size, older time): one `stat` per file
 *   compare  its bytes, read, are the new bytes: one read per file
 *   none     every file is written
 *
 * `npm run bench` measures the three on the same output (the README has the
 * numbers); `record` costs the least.
 */
export type Reuse = 'record' | 'compare' | 'none';

export interface WriteResult {
  /** The files of the previous output the build did not write, now in the new one as they were (relative paths). */
  readonly kept: readonly string[];
}

export async function writeOutput(outDir: string, output: Output, options: WriteOptions = {}): Promise<WriteResult> {
  const target = path.resolve(outDir);
  const planned = plan(target, output);
  await mkdir(path.dirname(target), { recursive: true });
  const release = await acquireLock(`${target}.lock`, options.lock);
  try {
    await recover(target);
    const previous = await previousOutput(target, options.legacy);
    const inTheWay = await conflicts(target, previous, planned);
    if (inTheWay.length > 0) throw new OutputConflictError(inTheWay);
    const kept = keptFiles(previous, planned);
    const id = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const staging = `${target}.tmp-${id}`;
    try {
      const digests = await stage(staging, planned, reuser(options.reuse ?? 'record', target, previous.record), target);
      await carryOver(kept, target, staging);
      await writeFile(path.join(staging, recordName), recordText(digests, options.inputs));
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    await swap(target, staging, id, new Set([...previous.files, recordName]));
    return { kept };
  } finally {
    await release();
  }
}

/** The files in path order, by their path relative to the output folder (`/` between folders), each checked to stay inside it. */
function plan(target: string, output: Output): PlannedOutput {
  const files = [...output].map(([relativePath, content]): [string, string | Uint8Array] => {
    const file = path.resolve(target, relativePath);
    if (!file.startsWith(`${target}${path.sep}`))
      throw new Error(`Refusing to write ${relativePath}: it is outside the output folder.`);
    const key = path.relative(target, file).split(path.sep).join('/');
    if (key === recordName)
      throw new Error(`Refusing to write ${relativePath}: the build lists the files it wrote under that name.`);
    return [key, content];
  });
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The file of the current output to link to for this text, if any. */
type Reusable = (file: string, text: string | Uint8Array, digest: string) => string | undefined;

function reuser(reuse: Reuse, target: string, record: OutputRecord | undefined): Reusable {
  const current = (file: string) => path.join(target, ...file.split('/'));
  if (reuse === 'compare')
    return (file, text) => (readOrNothing(current(file))?.equals(bytesOf(text)) ? current(file) : undefined);
  if (reuse === 'none' || !record) return () => undefined;
  return (file, text, textDigest) => {
    if (record.digests.get(file) !== textDigest) return undefined;
    const stats = statSync(current(file), { throwIfNoEntry: false });
    const size = typeof text === 'string' ? Buffer.byteLength(text, 'utf8') : text.byteLength;
    return unmodifiedStats(record, stats, size) ? current(file) : undefined;
  };
}

function readOrNothing(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Write the new output into `staging`: folders first, a level at a time
 * (parents before children), then the files, several at a time, as UTF-8.
 * Text is hashed and written as it is, never held as bytes: a buffer per
 * file is memory outside the heap that makes the collector run over the
 * whole build's heap, again and again. Returns each file's digest, for the
 * record.
 */
async function stage(
  staging: string,
  planned: PlannedOutput,
  reusable: Reusable,
  target: string,
): Promise<Map<string, string>> {
  await mkdir(staging, { recursive: true });
  const folders = [...new Set([...planned.keys()].flatMap((file) => ancestors(path.posix.dirname(file))))];
  const depth = (folder: string): number => folder.split('/').length;
  // Parents before children.
  folders.sort((a, b) => depth(a) - depth(b));
  await inChunks(folders, (folder) => naming(folder, target, () => mkdirSync(path.join(staging, folder))));
  const digests = new Map<string, string>();
  await inChunks(planned, ([file, text]) => {
    const fileDigest = digest(text);
    digests.set(file, fileDigest);
    naming(file, target, () => writeOrLink(path.join(staging, file), text, reusable(file, text, fileDigest)));
  });
  return digests;
}

/**
 * Do one file call of the new output; an error names the file (a full disk's
 * error names none of itself) and says what to do. The previous output is
 * untouched: the new one was being staged beside it.
 */
function naming(file: string, target: string, call: () => void): void {
  try {
    call();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const fix =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'The disk is full: free some space, then build again.'
        : 'Check that the folder can be written, then build again.';
    throw new Error(
      `Could not write ${file} of ${target} (${code ?? message}). ${fix} The previous output is as it was.`,
      {
        cause: error,
      },
    );
  }
}

/**
 * The new output takes the target's name; the replaced one is removed, once
 * any file that appeared in it while the build wrote (not in `seen`) has its
 * name in the new one too. One that cannot is left in `dist.kept-…`.
 */
async function swap(target: string, staging: string, id: string, seen: ReadonlySet<string>): Promise<void> {
  const previous = `${target}.old-${id}`;
  const hadPrevious = await rename(target, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return false;
    },
  );
  await rename(staging, target);
  if (!hadPrevious) return;
  const stuck = await rescueLateFiles(previous, target, seen);
  if (stuck.length === 0) {
    await removeFolder(previous, seen);
    return;
  }
  const aside = `${target}.kept-${id}`;
  await rename(previous, aside);
  throw new Error(
    `The build was written, but files that appeared in ${target} while it wrote could not join it: ${stuck.join(', ')}. They are in ${aside}, with the previous output: move them where they belong, then delete that folder.`,
  );
}

/** Remove a replaced output: its files as listed, a chunk at a time (see in-chunks.ts), then what is left (its folders). */
async function removeFolder(folder: string, files: Iterable<string>): Promise<void> {
  await inChunks(files, (file) => {
    try {
      unlinkSync(path.join(folder, ...file.split('/')));
    } catch {
      // Gone already, or a folder: the removal of what is left takes it.
    }
  });
  rmSync(folder, { recursive: true, force: true });
}

/** `a/b/c` → `a`, `a/b`, `a/b/c` (none for the folder itself, `.`). */
function ancestors(folder: string): string[] {
  if (folder === '' || folder === '.') return [];
  const parts = folder.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/**
 * Write a file of the new output, or link it to the current output's file
 * with the same bytes. Creating a file and its data costs far more than a
 * link on most file systems, and a rebuild after one edit leaves most files
 * as they were. The current output is renamed away and removed after the
 * swap, which only drops its names: the linked files live on in the new one.
 */
function writeOrLink(file: string, text: string | Uint8Array, same: string | undefined): void {
  if (same !== undefined) {
    try {
      linkSync(same, file);
      return;
    } catch {
      // A file system without hard links: write it.
    }
  }
  writeFileSync(file, text, 'utf8');
}

/**
 * Put back what an earlier build that was killed left (see `recover`), so
 * that the previous output is in place even if this build then fails.
 */
export async function recoverOutput(outDir: string, options: WriteOptions = {}): Promise<void> {
  const target = path.resolve(outDir);
  const siblings = await readdir(path.dirname(target)).catch(() => []);
  const leftBehind = ['tmp', 'old', 'lock'].map((kind) => `${path.basename(target)}.${kind}-`);
  if (!siblings.some((name) => leftBehind.some((prefix) => name.startsWith(prefix)))) return;
  const release = await acquireLock(`${target}.lock`, options.lock);
  try {
    await recover(target);
  } finally {
    await release();
  }
}

/**
 * What earlier builds that were killed left next to the target (the caller
 * holds the lock, so no build is using them): the previous output is put
 * back if the target is missing, and half-written folders are removed.
 */
async function recover(target: string): Promise<void> {
  const base = path.basename(target);
  const siblings = await readdir(path.dirname(target));
  // Only what builds that are gone left: a folder is named after its build's process (`dist.tmp-<pid>-<random>`).
  const abandoned = (name: string, kind: string): boolean => {
    const pid = Number(/^(\d+)-/.exec(name.slice(`${base}.${kind}-`.length))?.[1]);
    return name.startsWith(`${base}.${kind}-`) && (!Number.isInteger(pid) || pid === process.pid || !isRunning(pid));
  };
  // A lock written whole under its own name (output-lock.ts) by a build killed before it was linked.
  const staged = [
    ...siblings.filter((name) => abandoned(name, 'tmp')),
    ...siblings.filter((name) => abandoned(name, 'lock')),
  ];
  const previous = siblings.filter((name) => abandoned(name, 'old'));
  if (previous.length > 0 && !siblings.includes(base)) {
    // Killed between its two renames: this is the last complete output.
    const last = previous.pop() ?? '';
    await rename(path.join(path.dirname(target), last), target);
  }
  for (const name of [...staged, ...previous])
    await rm(path.join(path.dirname(target), name), { recursive: true, force: true });
}
