/**
 * `npm run bench:browser-checks`: time the in-browser accessibility checks of
 * this site's pages (the site pages and the review page), in one run on this
 * machine:
 *
 *   (a) one browser, one tab, pages one after another;
 *   (b) one browser, the build's pool of tabs;
 *   (c) a fresh browser launched for every page (what a per-page pa11y call
 *       without the `browser` option does).
 *
 * Prints milliseconds per page and the ratios c/a and a/b; with
 * --json FILE, writes them there too. Times vary with the machine's load:
 * compare the ratios, measured together.
 *
 *   npm run bench:browser-checks [-- --rounds N] [--json FILE]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../src/a11y/browser.ts';
import { checkHarnesses } from '../src/a11y/browser-checks.ts';
import { compileSite } from '../src/build/build-site.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, json: { type: 'string' } } });
const rounds = Number(values.rounds);
const root = path.resolve(import.meta.dirname, '..');

const compiled = await compileSite(root);
const harnesses = compiled.harnesses ?? [];
if (!compiled.ok || harnesses.length === 0) {
  console.error('The site does not build; run `npm run build` for the errors.');
  process.exit(1);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const shared = await launchBrowser();
// Warm up: the first check loads axe and HTML_CodeSniffer from disk.
await checkHarnesses(harnesses.slice(0, 1), { browser: shared, concurrency: 1 });
const oneTab: number[] = [];
const pool: number[] = [];
const fresh: number[] = [];
for (let round = 0; round < rounds; round++) {
  oneTab.push(await timed(() => checkHarnesses(harnesses, { browser: shared, concurrency: 1 })));
  pool.push(await timed(() => checkHarnesses(harnesses, { browser: shared })));
  fresh.push(
    await timed(async () => {
      for (const harness of harnesses) {
        const browser = await launchBrowser();
        try {
          await checkHarnesses([harness], { browser, concurrency: 1 });
        } finally {
          await browser.close();
        }
      }
    }),
  );
}
await shared.close();

const perPage = (times: number[]): number => Math.round(median(times) / harnesses.length);
const result = {
  pages: harnesses.length,
  rounds,
  millisecondsPerPage: {
    reusedBrowserOneTab: perPage(oneTab),
    reusedBrowserPool: perPage(pool),
    freshBrowserPerPage: perPage(fresh),
  },
  totalMilliseconds: {
    reusedBrowserOneTab: Math.round(median(oneTab)),
    reusedBrowserPool: Math.round(median(pool)),
    freshBrowserPerPage: Math.round(median(fresh)),
  },
  ratios: {
    freshOverReused: Number((median(fresh) / median(oneTab)).toFixed(2)),
    oneTabOverPool: Number((median(oneTab) / median(pool)).toFixed(2)),
  },
};
console.log(`${harnesses.length} pages, median of ${rounds} rounds:`);
console.log(
  `  (a) one browser, one tab:      ${result.millisecondsPerPage.reusedBrowserOneTab} ms per page (${result.totalMilliseconds.reusedBrowserOneTab} ms in all)`,
);
console.log(
  `  (b) one browser, pool of tabs: ${result.millisecondsPerPage.reusedBrowserPool} ms per page (${result.totalMilliseconds.reusedBrowserPool} ms in all)`,
);
console.log(
  `  (c) a fresh browser per page:  ${result.millisecondsPerPage.freshBrowserPerPage} ms per page (${result.totalMilliseconds.freshBrowserPerPage} ms in all)`,
);
console.log(`  c/a = ${result.ratios.freshOverReused}, a/b = ${result.ratios.oneTabOverPool}`);
if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
