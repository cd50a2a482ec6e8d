/**
 * The npm scripts as people type them, one run each, as child processes:
 * their arguments reach the command, and they print and exit as it does
 * in-process (the commands' own tests run in-process: test/cli/,
 * test/translation/). `npm start`, `npm run size` and `npm run bench` have
 * end-to-end tests of their own.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot, scratchProject, goldenFragments } from '../helpers.ts';

const run = promisify(execFile);
let root: string;
beforeAll(async () => {
  root = await scratchProject();
});
afterAll(async () => rm(root, { recursive: true, force: true }));

const npm = (...args: string[]) => run('npm', ['run', '-s', ...args], { cwd: projectRoot });

describe('npm scripts', () => {
  it('npm run build -- takes its options', async () => {
    const { stdout } = await npm('build', '--', '--root', root, '--skip-browser-checks');
    expect(stdout).toContain('(browser checks skipped)');
    expect(stdout).toContain(path.join(root, 'dist').replace(/.*\/(?=[^/]+\/dist$)/, ''));
  });

  it('npm run translations -- takes its command and options, and exits 1 on an unknown command', async () => {
    const { stdout } = await npm('translations', '--', 'status', '--root', root);
    expect(stdout).toContain('es: 5 translated, 0 stale, 0 missing (sections and titles)');
    const unknown = await npm('translations', '--', 'stauts', '--root', root).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(unknown?.code).toBe(1);
    expect(unknown?.stderr).toContain('Unknown command `stauts`.');
  });

  it('npm run render -- prints the fragments of the file named', async () => {
    const { stdout, stderr } = await npm('render', '--', 'content/es/mexico.md');
    expect(stderr).toBe('');
    expect(stdout).toBe(await goldenFragments('es', ['intro', 'challenges', 'goals', 'accomplishments']));
  });

  it('npm run size prints the sizes, raw and gzipped', async () => {
    const { stdout } = await npm('size', '--', '--out', inject('projectBuild'));
    expect(stdout).toMatch(
      /^ {2}total +[\d,]+ B +[\d,]+ B gzip \(budget 25,000 B gzip; i18next is \d+ % of the raw bytes\)$/m,
    );
    expect(stdout).toMatch(/^ {2}locales\/es\/mexico\.json +[\d,]+ B +[\d,]+ B gzip$/m);
  });
});
