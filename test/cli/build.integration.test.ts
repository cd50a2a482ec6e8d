/**
 * `npm run build` as a command (src/cli/build.ts), in-process: its options,
 * its one-line failures, and its messages, without a browser.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/runtime/manifest.ts';
import { buildCommand } from '../../src/cli/build.ts';
import { editFile, runInProcess, withEnv, scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();

const build = (...argv: string[]) => runInProcess(buildCommand(), argv);

describe('npm run build (the command)', () => {
  it('--skip-browser-checks builds without a browser and records the checks as skipped', async () => {
    const root = await scratch.project();
    // No browser anywhere: the flag must not need one.
    const { code, stdout } = await withEnv({ CHROME_PATH: '/nowhere/chrome' }, () =>
      build('--root', root, '--skip-browser-checks'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('(browser checks skipped)');
    const manifest = JSON.parse(await readFile(path.join(root, 'dist/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.accessibility).toEqual({
      browserChecks: 'skipped',
      errors: 0,
      warnings: 0,
      report: 'reports/a11y.json',
      summary: 'reports/a11y.html',
    });
    const report = JSON.parse(await readFile(path.join(root, 'dist/reports/a11y.json'), 'utf8')) as {
      browserChecks: string;
      pages: unknown[];
      readability: unknown[];
    };
    expect(report.browserChecks).toBe('skipped');
    expect(report.pages).toEqual([]);
    expect(report.readability).toHaveLength(8);
  });

  it('without a browser, fails with one line that names the fix, and writes nothing', async () => {
    const root = await scratch.project();
    const failure = await withEnv({ CHROME_PATH: '/nowhere/chrome' }, () => build('--root', root));
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(
      /error\s+CHROME_PATH is \/nowhere\/chrome, but there is no browser there: fix CHROME_PATH or unset it\.\s+browser-checks/,
    );
    expect(failure.stderr).not.toMatch(/\n\s+at /);
    await expect(readdir(path.join(root, 'dist'))).rejects.toThrow(/ENOENT/);
  });

  it('prints file:line:column messages, no stack trace, and exits 1 on an error', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/es/mexico.md', (text) => text.replace('## Logros {#accomplishments}', '## Logros'));
    const failure = await build('--root', root);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('content/es/mexico.md');
    expect(failure.stderr).toMatch(/\d+:1-\d+:10\s+error\s+Section heading “Logros” needs an id/);
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses options it does not know, and values it cannot use, with the usage and exit code 2', async () => {
    for (const argv of [['--colour'], ['--workers', '0'], ['--no-cache', '--merge'], ['--shard', '3/2']]) {
      const refused = await build(...argv);
      expect(refused.code, argv.join(' ')).toBe(2);
      expect(refused.stderr).toContain('Usage: npm run build --');
      expect(refused.stdout).toBe('');
    }
  });
});
