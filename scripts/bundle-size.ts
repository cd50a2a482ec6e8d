/**
 * `npm run size [-- --out DIR] [--json]`: the run-time JavaScript and the
 * language bundles of a build, raw and gzipped, against the budget
 * (25,000 B gzip of JavaScript, i18next included). Exits 1 over budget.
 * Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundles, runtimeBudget, type FileSize } from '../src/site/bundle-size.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } },
});
const distDir = path.resolve(import.meta.dirname, '..', values.out);
if (!existsSync(path.join(distDir, 'manifest.json'))) {
  console.error(`No build in ${path.relative(process.cwd(), distDir) || '.'}/: run \`npm run build\` first.`);
  process.exit(1);
}
const sizes = await measureBundles(distDir);
if (values.json) {
  console.log(JSON.stringify({ ...sizes, budget: runtimeBudget }, null, 2));
} else {
  const number = (value: number) => value.toLocaleString('en-US').padStart(8);
  const row = (file: FileSize) => `  ${file.file.padEnd(42)} ${number(file.bytes)} B ${number(file.gzip)} B gzip`;
  const runtimeBytes = sizes.runtime.reduce((sum, file) => sum + file.bytes, 0);
  console.log('Run-time JavaScript (loaded by every page):');
  for (const file of sizes.runtime) console.log(row(file));
  console.log(
    `  ${'total'.padEnd(42)} ${number(runtimeBytes)} B ${number(sizes.runtimeGzip)} B gzip (budget ${runtimeBudget.toLocaleString('en-US')} B gzip; i18next is ${Math.round((100 * sizes.i18nextBytes) / runtimeBytes)} % of the raw bytes)`,
  );
  for (const [lang, files] of Object.entries(sizes.languages)) {
    console.log(`Bundles of ${lang} (fetched once, when a page switches to ${lang}):`);
    for (const file of files) console.log(row(file));
  }
  if (sizes.search) {
    console.log(
      "Search (loaded by the search page only, before the first query; a page's language loads its own files):",
    );
    for (const file of sizes.search) console.log(row(file));
  }
}
if (sizes.runtimeGzip > runtimeBudget) {
  console.error(`Over budget: ${sizes.runtimeGzip} B gzip of run-time JavaScript, the budget is ${runtimeBudget} B.`);
  process.exit(1);
}
