/**
 * `npm run bench:server -- [--dist DIR] [--json FILE]`: the demo server's
 * requests per second over a plain static server's on the same build and
 * URLs (src/bench/server-throughput.ts), as a ratio measured in one run.
 * Builds the project first when DIR (default dist/) has no manifest.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/build/build-site.ts';
import { measureThroughput } from '../src/bench/server-throughput.ts';

const packageRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dist: { type: 'string' }, json: { type: 'string' } } });
const distDir = path.resolve(values.dist ?? path.join(packageRoot, 'dist'));
if (!existsSync(path.join(distDir, 'manifest.json'))) {
  const result = await buildSite({ root: packageRoot, outDir: distDir, browserChecks: false });
  if (!result.ok) throw new Error('The build failed: run `npm run build` to see why.');
}
const urls = [
  '/en/mexico/',
  '/es/mexico/',
  '/assets/site.css',
  '/assets/embassy-content.js',
  '/locales/es/mexico.json',
  '/fragments/es/mexico/intro.html',
];
const measured = await measureThroughput({ distDir, urls });
console.log(
  `Demo server ${measured.demoPerSecond.toFixed(0)} requests/s, plain static server (sirv) ${measured.plainPerSecond.toFixed(0)} requests/s, on the same ${urls.length} URLs: ratio ${measured.ratio.toFixed(2)} (aim: at least 0.9); ${measured.failures} responses other than 200.`,
);
if (values.json) await writeFile(path.resolve(values.json), `${JSON.stringify({ urls, ...measured }, null, 2)}\n`);
