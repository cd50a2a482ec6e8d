/**
 * Files of the output that are costly to make (review pages, site pages)
 * are recorded with the key of their input (output-record.ts). A build that
 * writes the same folder, with the same key for a file, reads the file back
 * from the current output instead of making it again, as long as it is as
 * the build wrote it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheKey } from '../cache/content-cache.ts';
import { toolchainFingerprint } from '../cache/toolchain.ts';
import { ioConcurrency, mapLimited } from './map-limited.ts';
import { readRecord, unmodified, type OutputRecord } from './output-record.ts';

/** What a build that writes can reuse of the output it replaces. */
export interface ReusableOutput {
  /** The key of a file made from `input` (the toolchain is part of it). */
  readonly key: (kind: string, input: unknown) => string;
  /** The file the current output holds for this key, as the build wrote it; undefined when it holds none. */
  readonly read: (file: string, key: string) => Promise<string | undefined>;
}

/** A file of the output made from an input. */
export interface MadeFile<Input> {
  readonly path: string;
  readonly input: Input;
  /** What names the input in its key, when something smaller does (keys of its parts); else the input itself. */
  readonly identity?: unknown;
}

/**
 * Each file's text, read back from the output when it holds the file for the
 * same input (several read at a time), else made, in order; and the key of
 * each, for the record. Without an output to write (`previous` undefined),
 * every file is made and nothing is recorded.
 */
export async function readBackOrMake<File extends MadeFile<unknown>>(
  previous: ReusableOutput | undefined,
  kind: string,
  files: readonly File[],
  make: (file: File) => string,
): Promise<{ texts: string[]; keys: Map<string, string> }> {
  const keys = new Map<string, string>();
  if (previous) for (const file of files) keys.set(file.path, previous.key(kind, file.identity ?? file.input));
  const reused = await mapLimited(files, ioConcurrency, ({ path: file }) => {
    const key = keys.get(file);
    return key && previous ? previous.read(file, key) : Promise.resolve(undefined);
  });
  return { texts: files.map((file, index) => reused[index] ?? make(file)), keys };
}

/**
 * What a build can reuse: an earlier compile's output kept in memory (the
 * live preview's), else the output folder's files; undefined when the build
 * writes nowhere and has no earlier output (it has nothing to reuse, or to record).
 */
export async function reusableOutput(
  outDir: string | undefined,
  earlier?: EarlierOutput,
): Promise<ReusableOutput | undefined> {
  if (earlier) return memoryOutput(earlier);
  if (outDir === undefined) return undefined;
  // A record that cannot be read reuses nothing; the write stage says what is wrong with it.
  const record = await readRecord(outDir).catch(() => undefined);
  const fingerprint = await toolchainFingerprint();
  return {
    key: (kind, input) => cacheKey(kind, fingerprint, input),
    read: (file, key) => readBack(outDir, record, file, key),
  };
}

/** An earlier compile's files, and the input key of each file made from one. */
export interface EarlierOutput {
  readonly output: ReadonlyMap<string, string | Uint8Array>;
  readonly inputKeys: ReadonlyMap<string, string>;
}

async function memoryOutput(earlier: EarlierOutput): Promise<ReusableOutput> {
  const fingerprint = await toolchainFingerprint();
  return {
    key: (kind, input) => cacheKey(kind, fingerprint, input),
    read: (file, key) => {
      const text = earlier.inputKeys.get(file) === key ? earlier.output.get(file) : undefined;
      return Promise.resolve(typeof text === 'string' ? text : undefined);
    },
  };
}

async function readBack(
  outDir: string,
  record: OutputRecord | undefined,
  file: string,
  key: string,
): Promise<string | undefined> {
  if (!record || record.inputs.get(file) !== key) return undefined;
  const current = path.join(outDir, ...file.split('/'));
  if (!(await unmodified(record, current))) return undefined;
  return readFile(current, 'utf8').catch(() => undefined);
}
