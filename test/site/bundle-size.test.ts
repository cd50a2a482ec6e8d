/**
 * The run-time JavaScript stays within its budget (25,000 B gzip, i18next
 * included), and `npm run size` prints what a visitor downloads. Sizes, not
 * times: they are the same on every machine.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { measureBundles, runtimeBudget } from '../../src/site/bundle-size.ts';
import { projectRoot } from '../helpers.ts';

let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'embassy-size-'));
  expect((await buildSite({ root: projectRoot, outDir: out, browserChecks: false })).ok).toBe(true);
});

afterAll(async () => rm(out, { recursive: true, force: true }));

it('keeps the run-time JavaScript, i18next included, within 25,000 B gzip', async () => {
  const sizes = await measureBundles(out);
  expect(sizes.runtime.map((file) => file.file)).toEqual(['assets/embassy-content.js', 'assets/site.js']);
  // i18next is in the bundle: the budget is for everything a page runs.
  expect(sizes.i18nextBytes).toBeGreaterThan(30_000);
  expect(sizes.runtimeGzip).toBeLessThanOrEqual(runtimeBudget);
  expect(Object.keys(sizes.languages)).toEqual(['en', 'es']);
});

it('prints the sizes, raw and gzipped, with `npm run size`', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/bundle-size.ts', '--out', out], {
    cwd: projectRoot,
  });
  expect(stdout).toMatch(
    /^ {2}total +[\d,]+ B +[\d,]+ B gzip \(budget 25,000 B gzip; i18next is \d+ % of the raw bytes\)$/m,
  );
  expect(stdout).toMatch(/^ {2}locales\/es\/mexico\.json +[\d,]+ B +[\d,]+ B gzip$/m);
});
