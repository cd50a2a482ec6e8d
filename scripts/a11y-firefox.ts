/**
 * `npm run a11y:firefox [dist]`: the built site's pages (after
 * `npm run build`) checked in Firefox and compared with Chromium's results
 * in reports/a11y.json (src/a11y/second-engine.ts). Prints the differences,
 * writes reports/engines.json, and exits 1 when the engines differ.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import type { Harness } from '../src/a11y/harness.ts';
import { compareWithFirefox, firefoxPath } from '../src/a11y/second-engine.ts';
import type { AccessibilityReport } from '../src/build/accessibility-report.ts';

const distDir = path.resolve(process.argv[2] ?? 'dist');
const firefox = firefoxPath();
if (!firefox) {
  console.error('No Firefox: apt-get install firefox-esr, or set FIREFOX_PATH to a Firefox.');
  process.exit(2);
}
const report = JSON.parse(await readFile(path.join(distDir, 'reports/a11y.json'), 'utf8')) as AccessibilityReport;
const checks = report.pages.filter((page) => page.screenReader !== undefined);
const files = new Map<string, string | Uint8Array>();
for (const file of await readdir(distDir, { recursive: true, withFileTypes: true }))
  if (file.isFile()) {
    const full = path.join(file.parentPath, file.name);
    files.set(path.relative(distDir, full).split(path.sep).join('/'), await readFile(full));
  }
const empty: Root = { type: 'root', children: [] };
const harnesses: Harness[] = await Promise.all(
  checks.map(async (check) => ({
    path: check.path,
    lang: check.lang,
    wholePage: true,
    html: await readFile(path.join(distDir, check.path), 'utf8'),
    tree: empty,
    sources: new Map(),
  })),
);
const run = await compareWithFirefox(harnesses, checks, files, firefox);
await writeFile(path.join(distDir, 'reports/engines.json'), `${JSON.stringify(run, null, 2)}\n`);
console.log(`${run.browser}: ${run.pages} pages checked; ${run.differences.length} differences from Chromium.`);
for (const difference of run.differences) console.log(`- ${difference.page}: ${difference.difference}`);
process.exit(run.differences.length > 0 ? 1 : 0);
