import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCacheCheck } from '../../src/bench/cache-check.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { ContentCache } from '../../src/cache/content-cache.ts';
import { scratchFolders, smallFixtureRoot } from '../helpers.ts';

const scratch = scratchFolders();

describe('measureCacheCheck', () => {
  it('checks every stored render, refusing none the build wrote and one edited by hand', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const cache = await scratch.folder('cache');
    const outDir = path.join(root, 'dist');
    expect((await buildSite({ root, outDir, browserChecks: false, cache: new ContentCache(cache) })).ok).toBe(true);
    expect(await measureCacheCheck(cache)).toEqual(expect.objectContaining({ entries: 2, refused: 0 }));

    const [entry] = (await readdir(path.join(cache, 'page'), { recursive: true })).filter((name) =>
      name.endsWith('.json'),
    );
    const file = path.join(cache, 'page', entry ?? '');
    await writeFile(file, (await readFile(file, 'utf8')).replace('<p>', '<p onclick=\\"alert(1)\\">'));
    const measured = await measureCacheCheck(cache);
    expect(measured).toEqual(expect.objectContaining({ entries: 2, refused: 1 }));
    expect(measured.checkMilliseconds).toBeGreaterThan(0);
    expect(measured.hmacMilliseconds).toBeGreaterThan(0);
  });
});
