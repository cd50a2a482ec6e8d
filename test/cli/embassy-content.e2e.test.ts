/**
 * The `embassy-content` command as a site runs it: the installed package's
 * bin (test/setup/installed-package.ts: the files of its tarball, compiled),
 * run as a process in a folder outside the repository, with no TypeScript.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { folderSnapshot } from '../helpers.ts';

const run = promisify(execFile);
const bin = path.join(inject('installedPackage'), 'bin/embassy-content.js');
let work: string;

/** The command's exit code and output, whether it succeeds or not. */
async function command(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, ['--no-experimental-strip-types', bin, ...args], { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  work = await mkdtemp(path.join(inject('runFolder'), 'embassy-content-'));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('embassy-content init, then build', () => {
  it('writes a bilingual site that builds, browser checks included, into a site and a package', async () => {
    const init = await command(work, 'init', 'consulate');
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('content/es/welcome.md: recorded the current source of title, intro, services.');
    const site = path.join(work, 'consulate');
    const build = await command(site, 'build');
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toContain(
      'Built 4 fragments of 1 page(s) in 2 languages into dist/ (es: welcome translated).',
    );
    expect(build.stdout).toMatch(/Accessibility: 0 errors, 0 warnings; \d+ pages checked in Chromium/);
    const spanish = await readFile(path.join(site, 'dist/es/welcome/index.html'), 'utf8');
    expect(spanish).toMatch(/^<!doctype html><html lang="es" dir="ltr">/);
    expect(spanish).toContain('<h1 data-title="welcome">Bienvenida</h1>');
    expect(spanish).toMatch(/Última actualización: <time datetime="\d{4}-\d{2}-\d{2}">/);
    const manifest = JSON.parse(await readFile(path.join(site, 'dist/package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('consulate-content');
  });

  it('writes nothing where the site would replace a file, and says which', async () => {
    const site = path.join(work, 'consulate');
    const before = await folderSnapshot(path.join(site, 'content'));
    const again = await command(work, 'init', 'consulate');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('consulate already has content/site.yaml, content/en/welcome.md');
    expect(again.stderr).toContain('nothing was written');
    expect(await folderSnapshot(path.join(site, 'content'))).toEqual(before);
  });

  it('works on --root from anywhere, and names an unknown command', async () => {
    const status = await command(work, 'translations', 'status', '--root', 'consulate');
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('es: 3 translated, 0 stale, 0 missing (sections and titles)');
    const unknown = await command(work, 'biuld');
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([1, 'Unknown command `biuld`.']);
  });
});

describe('a copy of the package that was never compiled', () => {
  it('says so, and what to run, instead of failing on a missing module', async () => {
    const copy = path.join(work, 'uncompiled');
    await cp(path.join(inject('installedPackage'), 'bin'), path.join(copy, 'bin'), { recursive: true });
    await cp(path.join(inject('installedPackage'), 'package.json'), path.join(copy, 'package.json'));
    const result = await run(process.execPath, [path.join(copy, 'bin/embassy-content.js'), 'build'], {
      cwd: work,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('this copy of the package has not been compiled (lib/ is missing)');
    expect(result.stderr).toContain('npm run prepare');
  });
});
