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
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inChunks } from './in-chunks.ts';

/** Default folder, by the node_modules/.cache convention of build tools. */
export const defaultCacheFolder = path.resolve(import.meta.dirname, '../../node_modules/.cache/embassy-content');

/** What the build stores: rendered pages, translation checks of a document, results of browser checks, whole builds. */
export type CacheKind = 'page' | 'checks' | 'browser-check' | 'build';

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

  constructor(folder: string = defaultCacheFolder) {
    this.folder = path.resolve(folder);
  }

  /**
   * The stored value, or undefined when there is none, or it cannot be read,
   * or it does not have the shape `valid` checks (an entry from another
   * version, or damaged): a miss, which the build then replaces.
   */
  async get<T>(kind: CacheKind, key: string, valid: (value: unknown) => value is T): Promise<T | undefined> {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(this.entryPath(kind, key), 'utf8'));
    } catch {
      value = undefined;
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
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(this.entryPath(kind, key), 'utf8'));
      } catch {
        value = undefined;
      }
      const found = value !== undefined && valid(value, values.length) ? value : undefined;
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
      await rename(temporary, file);
      return true;
    } catch {
      // A cache that cannot be written (read-only folder, full disk) only makes the next build slower.
      await rm(temporary, { force: true });
      return false;
    }
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
