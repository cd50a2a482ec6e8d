/**
 * A content-addressed store for build results: each entry's name is the
 * SHA-256 of everything its value depends on (the input text, the options,
 * the toolchain fingerprint), so an entry is never stale: when anything it
 * depends on changes, the build asks for another name. Deleting the folder,
 * or any entry in it, only costs the work of making them again; an entry
 * that cannot be read is treated as absent and replaced.
 *
 * Entries are written to a temporary name and renamed into place, so a
 * concurrent or killed build never leaves half an entry, and folders from
 * several machines (the shards of a CI matrix) merge by copying.
 *
 *   <folder>/<kind>/<first two hex digits>/<key>.json
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inChunks } from './in-chunks.ts';

/** A project's cache folder, by the node_modules/.cache convention of build tools. */
export function cacheFolderOf(root: string): string {
  return path.join(root, 'node_modules/.cache/embassy-content');
}

/** This package's own cache folder (its content is the reference site). */
export const defaultCacheFolder = cacheFolderOf(path.resolve(import.meta.dirname, '../..'));

/** What the build stores: rendered pages, translation checks of a document, results of browser checks, whole builds. */
export type CacheKind = 'page' | 'checks' | 'browser-check' | 'build';

/** What a remembering cache also keeps in memory only (`recall`): a source file's text, a page's translation units, its assembled entry and files. */
export type RecallKind = 'text' | 'units' | 'assembled';

/**
 * The largest entry read, per kind: far above what the build stores (a page's
 * render is some 100 KiB; the whole-build record about 15 KiB per page), so
 * that only a damaged or planted entry is refused before it is read whole.
 */
const entryLimits: Readonly<Record<CacheKind, number>> = {
  page: 16 * 2 ** 20,
  checks: 16 * 2 ** 20,
  'browser-check': 16 * 2 ** 20,
  build: 512 * 2 ** 20,
};

/** The file that stands where a folder of `file`'s path should be (the nearest existing ancestor that is not a folder). */
function fileInTheWay(file: string): string {
  for (let current = file; current !== path.dirname(current); current = path.dirname(current)) {
    const stats = statSync(current, { throwIfNoEntry: false });
    if (stats && !stats.isDirectory()) return current;
  }
  return file;
}

function mebibytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
}

export class ContentCache {
  readonly folder: string;
  readonly stats: Record<CacheKind, CacheStats> = {
    page: { hits: 0, misses: 0, writes: 0 },
    checks: { hits: 0, misses: 0, writes: 0 },
    'browser-check': { hits: 0, misses: 0, writes: 0 },
    build: { hits: 0, misses: 0, writes: 0 },
  };

  /** Problems the cache met (a file where a folder should be, an oversized entry…), each once, for the build to report. */
  readonly warnings: string[] = [];

  /**
   * With `remember`, entries read are also kept in memory (the live preview,
   * which reads the same entries on every save): each is read from disk once,
   * and `forgetUntouched()` drops those not read since the last call.
   */
  private readonly remembered: Map<string, unknown> | undefined;
  private touched = new Set<string>();
  /** Remembered entries that passed their check. */
  private readonly validated = new Set<string>();

  constructor(folder: string = defaultCacheFolder, options: { readonly remember?: boolean } = {}) {
    this.folder = path.resolve(folder);
    this.remembered = options.remember ? new Map() : undefined;
  }

  /** Drop the remembered entries no read asked for since the last call, so that memory follows the site, not its history. */
  forgetUntouched(): void {
    if (!this.remembered) return;
    for (const key of this.remembered.keys()) {
      if (this.touched.has(key)) continue;
      this.remembered.delete(key);
      this.validated.delete(key);
    }
    this.touched = new Set();
  }

  /**
   * The value `make` gives for `key`, made once while it is asked for: with
   * `remember`, it is kept in memory (never on disk) until a compile does not
   * ask for it; without, it is made every time. The key must name everything
   * the value depends on.
   */
  recall<T>(kind: RecallKind, key: string, make: () => T): T {
    if (!this.remembered) return make();
    const id = `${kind}\0${key}`;
    this.touched.add(id);
    if (this.remembered.has(id)) return this.remembered.get(id) as T; // stored by this method, for this kind and key
    const value = make();
    this.remembered.set(id, value);
    return value;
  }

  /** Whether values are kept in memory between compiles (the live preview's cache). */
  get remembers(): boolean {
    return this.remembered !== undefined;
  }

  /** The parsed entry: remembered, else read from disk at once (undefined when missing or unreadable). */
  private readEntry(kind: CacheKind, key: string): unknown {
    const id = `${kind}\0${key}`;
    this.touched.add(id);
    if (this.remembered?.has(id)) return this.remembered.get(id);
    const file = this.entryPath(kind, key);
    let value: unknown;
    try {
      const size = statSync(file).size;
      value = this.readable(kind, file, size) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    } catch {
      value = undefined;
    }
    if (value !== undefined) this.remembered?.set(id, value);
    return value;
  }

  /**
   * The stored value, or undefined when there is none, or it cannot be read,
   * or it does not have the shape `valid` checks (an entry from another
   * version, or damaged): a miss, which the build then replaces.
   */
  async get<T>(kind: CacheKind, key: string, valid: (value: unknown) => value is T): Promise<T | undefined> {
    const id = `${kind}\0${key}`;
    this.touched.add(id);
    let value = this.remembered?.get(id);
    if (value === undefined) {
      const file = this.entryPath(kind, key);
      try {
        const size = (await stat(file)).size;
        value = this.readable(kind, file, size) ? JSON.parse(await readFile(file, 'utf8')) : undefined;
      } catch {
        value = undefined;
      }
      if (value !== undefined) this.remembered?.set(id, value);
    }
    if (value !== undefined && valid(value)) {
      this.stats[kind].hits += 1;
      return value;
    }
    this.stats[kind].misses += 1;
    return undefined;
  }

  /**
   * Many stored values, in the order of `keys`, as `get` would return each:
   * read synchronously, a chunk at a time (in-chunks.ts), which a build
   * reading a thousand entries after one edit does in half the time.
   */
  async getMany<T>(
    kind: CacheKind,
    keys: readonly string[],
    valid: (value: unknown, index: number) => value is T,
  ): Promise<(T | undefined)[]> {
    const values: (T | undefined)[] = [];
    await inChunks(keys, (key) => {
      const value = this.readEntry(kind, key);
      // A remembered entry that passed the check once passes it again: the key names its input.
      const id = `${kind}\0${key}`;
      const found: T | undefined = this.validated.has(id)
        ? (value as T) // checked by `valid` when it was first read
        : value !== undefined && valid(value, values.length)
          ? value
          : undefined;
      if (found !== undefined && this.remembered?.has(id)) this.validated.add(id);
      this.stats[kind][found === undefined ? 'misses' : 'hits'] += 1;
      values.push(found);
    });
    return values;
  }

  async set(kind: CacheKind, key: string, value: unknown): Promise<void> {
    if (await this.setText(kind, key, JSON.stringify(value))) this.stats[kind].writes += 1;
  }

  /** Count an entry another thread stored. */
  countWrite(kind: CacheKind): void {
    this.stats[kind].writes += 1;
  }

  /** Store a value already in JSON (a worker thread's); true when it was written. */
  async setText(kind: CacheKind, key: string, json: string): Promise<boolean> {
    const file = this.entryPath(kind, key);
    const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temporary, json, 'utf8');
      await this.replaceEntry(temporary, file);
      return true;
    } catch (error) {
      // A cache that cannot be written (read-only folder, full disk) only makes the next build slower.
      await rm(temporary, { force: true }).catch(() => undefined);
      this.warnWrite(error as NodeJS.ErrnoException);
      return false;
    }
  }

  /** Give the entry its name; a folder in its place (no build makes one there) is removed first. */
  private async replaceEntry(temporary: string, file: string): Promise<void> {
    try {
      await rename(temporary, file);
    } catch (error) {
      if (!(await stat(file).catch(() => undefined))?.isDirectory()) throw error;
      this.warn(`${file} was a folder where the cache keeps an entry: it was replaced by the entry.`);
      await rm(file, { recursive: true, force: true });
      await rename(temporary, file);
    }
  }

  /** Whether an entry of this size is read: a larger one is a miss, which the build then replaces. */
  private readable(kind: CacheKind, file: string, size: number): boolean {
    if (size <= entryLimits[kind]) return true;
    this.warn(
      `${file} is ${mebibytes(size)}, more than a ${kind} entry may be (${mebibytes(entryLimits[kind])}): it was not read, and is replaced.`,
    );
    return false;
  }

  private warnWrite(error: NodeJS.ErrnoException): void {
    const where = error.path ?? this.folder;
    if (error.code === 'ENOTDIR' || error.code === 'EEXIST')
      this.warn(
        `${this.folder} is not a folder the cache can use (${fileInTheWay(where)} is a file): nothing is kept between builds. Move that file, or give --cache another folder.`,
      );
    else
      this.warn(
        `The cache could not write ${where} (${error.code ?? error.message}): nothing new is kept from this build.`,
      );
  }

  /** A problem with the cache, once: the build goes on without what it could not read or keep. */
  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  entryPath(kind: CacheKind, key: string): string {
    return path.join(this.folder, kind, key.slice(0, 2), `${key}.json`);
  }
}

/** The key of a value that depends on `parts` (strings, or anything JSON can write). */
export function cacheKey(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const text = typeof part === 'string' ? part : (JSON.stringify(part) ?? 'undefined');
    // Length-prefixed, so that ("ab", "c") and ("a", "bc") differ.
    hash.update(`${Buffer.byteLength(text)}:`).update(text);
  }
  return hash.digest('hex');
}
