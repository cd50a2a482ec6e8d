/**
 * `npm run bench:preview-memory [-- --pages N] [--edits E]`: does the live
 * preview's memory follow the site, not its history? On a synthetic site of
 * N pages (default 20), the preview's compile (src/dev/preview-site.ts, with
 * its cache remembered in memory) is run after each of E edits (default
 * 500) to one page, each a new sentence; the heap after a full garbage
 * collection is measured after 10 edits and after E. The target: within
 * 10 %. The edits are compiled in a row, as saves would be, without the
 * server or a browser, whose memory does not grow with edits.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusPageIds, writeCorpus } from '../src/bench/synthetic-corpus.ts';
import { ContentCache } from '../src/cache/content-cache.ts';
import { createPreviewSite } from '../src/dev/preview-site.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '20' }, edits: { type: 'string', default: '500' } },
});
const pages = Number(values.pages);
const edits = Number(values.edits);
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) {
  console.error('Run with --expose-gc (npm run bench:preview-memory does).');
  process.exit(2);
}

const work = await mkdtemp(path.join(tmpdir(), 'embassy-preview-memory-'));
try {
  const root = path.join(work, 'site');
  await writeCorpus({ from: path.resolve(import.meta.dirname, '..'), to: root, pages });
  const site = createPreviewSite({ root, cache: new ContentCache(path.join(work, 'cache'), { remember: true }) });
  const file = path.join(root, 'content/en', `${corpusPageIds(pages)[0] ?? ''}.md`);
  const original = await readFile(file, 'utf8');
  const heap = (): number => {
    collect();
    collect();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  await site.compile();
  let afterTen = 0;
  const started = performance.now();
  for (let edit = 1; edit <= edits; edit++) {
    await writeFile(file, `${original.trimEnd()}\n\nEdit number ${edit} of the benchmark.\n`, 'utf8');
    const update = await site.compile();
    if (!update.state.ok) throw new Error(`Edit ${edit} did not compile.`);
    if (edit === 10) afterTen = heap();
  }
  const afterAll = heap();
  const ratio = afterAll / afterTen;
  console.log(
    `Preview memory on ${pages} pages: heap ${afterTen.toFixed(1)} MiB after 10 edits, ${afterAll.toFixed(1)} MiB after ${edits} (${((performance.now() - started) / edits).toFixed(0)} ms per edit).`,
  );
  console.log(`  heapAfterManyOverAfterTen ${ratio.toFixed(3)}   (at most 1.100: ${ratio <= 1.1 ? 'met' : 'not met'})`);
} finally {
  await rm(work, { recursive: true, force: true });
}
