/**
 * `npm run build` as a command (src/cli/build.ts), in-process with the run's
 * browser: the summary of a cold build with its checks in Chromium, then of
 * a build with nothing changed, which leaves the output alone.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/runtime/manifest.ts';
import { buildCommand } from '../../src/cli/build.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { runInProcess, scratchProject, smallFixtureRoot } from '../helpers.ts';

let run: RunBrowser;
let root: string;
beforeAll(async () => {
  run = await connectBrowser();
  root = await scratchProject(smallFixtureRoot);
});
afterAll(async () => {
  await run.close();
  await rm(root, { recursive: true, force: true });
});

describe('npm run build (the command)', () => {
  it('prints a summary and exits 0; run again with nothing changed, says the output is up to date', async () => {
    const build = (...argv: string[]) => runInProcess(buildCommand({ browser: run.browser }), argv);
    // A cache of its own, so that the first build is cold whatever other tests built before.
    const cache = path.join(root, 'build-cache');
    const { code, stdout } = await build('--root', root, '--cache', cache);
    expect(code).toBe(0);
    expect(stdout).toContain('Built 4 fragments of 1 page(s) in 2 languages into');
    expect(stdout).toContain('es: mexico translated');
    expect(stdout).toMatch(
      /Accessibility: 0 errors, 0 warnings; 13 pages checked in Chromium, \d+ ms each on average\. See \S*dist\/reports\/a11y\.html\./,
    );
    expect(stdout).toMatch(/Cache \(\S*build-cache\): 0 of 2 page renders and 0 of 13 browser checks reused\./);
    const manifest = JSON.parse(await readFile(path.join(root, 'dist/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.accessibility?.browserChecks).toBe('passed');
    const again = await build('--root', root, '--cache', cache);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Up to date: nothing in content/ or locales/ changed since the build that wrote');
    expect(again.stdout).toContain(
      'Accessibility: 0 errors, 0 warnings; 0 pages checked in Chromium, 13 unchanged ones reused.',
    );
    expect(await readFile(path.join(root, 'dist/manifest.json'), 'utf8')).toBe(
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
  });
});
