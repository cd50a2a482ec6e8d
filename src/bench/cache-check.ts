/**
 * What trusting no cache entry costs, two ways, over every page render a
 * build stored: checking that each could have been published
 * (publishable-render.ts, what the build does), and, for comparison,
 * authenticating each entry's text with an HMAC-SHA256 under a key that
 * would have to be kept out of the cache (what the build does not do).
 * The entries are read first, so neither time includes reading them.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderProblem } from '../build/publishable-render.ts';
import type { RenderedPage } from '../build/render-task.ts';

export interface CacheCheckMeasure {
  readonly entries: number;
  /** Checking every render (publishable-render.ts), after parsing its JSON. */
  readonly checkMilliseconds: number;
  /** An HMAC of every entry's text. */
  readonly hmacMilliseconds: number;
  /** Renders refused (none, for a cache the build itself wrote). */
  readonly refused: number;
}

export async function measureCacheCheck(cacheFolder: string): Promise<CacheCheckMeasure> {
  const folder = path.join(cacheFolder, 'page');
  const names = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.json'));
  const texts = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
  const renders = texts.map((text) => JSON.parse(text) as RenderedPage);

  let started = performance.now();
  let refused = 0;
  for (const render of renders) {
    // The page and language a render is for, as the build knows them from the task: here, from its first fragment.
    const [page = '', lang = ''] = [
      String(render.sections[0]?.tree.properties.dataFragmentId ?? '').split('/')[0],
      String(render.sections[0]?.tree.properties.lang ?? ''),
    ];
    if (renderProblem(render, { page, lang }) !== undefined) refused += 1;
  }
  const checkMilliseconds = performance.now() - started;

  const key = randomBytes(32);
  started = performance.now();
  for (const text of texts) createHmac('sha256', key).update(text).digest();
  const hmacMilliseconds = performance.now() - started;
  return { entries: renders.length, checkMilliseconds, hmacMilliseconds, refused };
}
