/**
 * The content cache's edges: what stands where it keeps entries is a miss
 * it says, and repairs when the place is its own; nothing a person put
 * there is removed, and no cache problem fails a build.
 */
import { mkdir, readdir, readFile, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { cacheKey, ContentCache } from '../../src/cache/content-cache.ts';
import { scratchFolders, smallFixtureRoot } from '../helpers.ts';

const scratch = scratchFolders();
const isText = (value: unknown): value is string => typeof value === 'string';

describe('a content cache that remembers (the live preview’s)', () => {
  it('reads an entry from disk once, checks it once, and forgets what a compile did not read', async () => {
    const cache = new ContentCache(await scratch.folder('remembering'), { remember: true });
    const [kept, dropped] = [cacheKey('kept'), cacheKey('dropped')];
    await cache.set('page', kept, 'one');
    await cache.set('page', dropped, 'two');
    let checks = 0;
    const counted = (value: unknown): value is string => {
      checks += 1;
      return typeof value === 'string';
    };
    expect(await cache.getMany('page', [kept, dropped], counted)).toEqual(['one', 'two']);
    // Gone from disk, still in memory, not checked again.
    await unlink(cache.entryPath('page', kept));
    await unlink(cache.entryPath('page', dropped));
    expect(await cache.getMany('page', [kept, dropped], counted)).toEqual(['one', 'two']);
    expect(await cache.get('page', kept, isText)).toBe('one');
    expect(checks).toBe(2);
    // A compile that reads only `kept`: `dropped` is forgotten after the next one.
    cache.forgetUntouched();
    expect(await cache.getMany('page', [kept], counted)).toEqual(['one']);
    cache.forgetUntouched();
    expect(await cache.getMany('page', [kept, dropped], counted)).toEqual(['one', undefined]);
    // Without `remember`, the disk is read every time.
    const plain = new ContentCache(await scratch.folder('plain'));
    await plain.set('page', kept, 'one');
    expect(await plain.get('page', kept, isText)).toBe('one');
    await unlink(plain.entryPath('page', kept));
    expect(await plain.get('page', kept, isText)).toBeUndefined();
  });
});

describe('values a remembering cache recalls (in memory only)', () => {
  it('makes a value once while compiles ask for it, again once one did not, and every time without `remember`', async () => {
    const cache = new ContentCache(await scratch.folder('recalling'), { remember: true });
    let made = 0;
    const make = () => `made ${++made}`;
    expect(cache.recall('units', 'a', make)).toBe('made 1');
    expect(cache.recall('units', 'a', make)).toBe('made 1');
    // Another kind with the same key is another value.
    expect(cache.recall('assembled', 'a', make)).toBe('made 2');
    cache.forgetUntouched();
    expect(cache.recall('units', 'a', make)).toBe('made 1');
    cache.forgetUntouched();
    cache.forgetUntouched();
    expect(cache.recall('units', 'a', make)).toBe('made 3');
    expect(await readdir(cache.folder)).toEqual([]);
    const plain = new ContentCache(await scratch.folder('not-recalling'));
    expect(plain.recall('units', 'a', make)).toBe('made 4');
    expect(plain.recall('units', 'a', make)).toBe('made 5');
  });
});

describe('the content cache', () => {
  it('builds, keeping nothing and saying why, when the cache path is a file, and leaves the file as it was', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const file = path.join(root, 'not-a-folder');
    await writeFile(file, 'mine\n');
    const cache = new ContentCache(file);
    const result = await buildSite({ root, outDir: path.join(root, 'dist'), browserChecks: false, cache });
    expect(result.ok).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('mine\n');
    expect(cache.warnings).toEqual([
      `${file} is not a folder the cache can use (${file} is a file): nothing is kept between builds. Move that file, or give --cache another folder.`,
    ]);
  });

  it('replaces a folder standing where an entry goes, so that the entry is kept and read again', async () => {
    const cache = new ContentCache(await scratch.folder('cache'));
    const key = cacheKey('a');
    await mkdir(path.join(cache.entryPath('page', key), 'inside'), { recursive: true });
    expect(await cache.get('page', key, isText)).toBeUndefined();
    await cache.set('page', key, 'value');
    expect(await cache.get('page', key, isText)).toBe('value');
    expect(await cache.getMany('page', [key], isText)).toEqual(['value']);
    expect(cache.warnings).toEqual([
      `${cache.entryPath('page', key)} was a folder where the cache keeps an entry: it was replaced by the entry.`,
    ]);
  });

  it('does not read an entry far larger than any the build stores, and replaces it', async () => {
    const cache = new ContentCache(await scratch.folder('cache'));
    const key = cacheKey('b');
    const file = cache.entryPath('page', key);
    await mkdir(path.dirname(file), { recursive: true });
    // 1 GiB, sparse: reading it whole would take that much memory.
    await writeFile(file, '"');
    await truncate(file, 2 ** 30);
    expect(await cache.get('page', key, isText)).toBeUndefined();
    expect(await cache.getMany('page', [key], isText)).toEqual([undefined]);
    expect(cache.warnings).toEqual([
      `${file} is 1024.0 MiB, more than a page entry may be (16.0 MiB): it was not read, and is replaced.`,
    ]);
    await cache.set('page', key, 'small');
    expect((await stat(file)).size).toBe(7);
    expect(await cache.get('page', key, isText)).toBe('small');
  });
});
