/** This machine's browser, found and launched as the build does (the unit tests find fake ones). */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { findBrowser } from '../../src/a11y/browser.ts';

it('finds the browser of this machine', async () => {
  expect(await findBrowser()).toMatch(/chrom/i);
});

/** The pids of the processes whose command line holds `text` (on Linux, from /proc). */
async function processesWith(text: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const found = await Promise.all(
    pids.map(async (pid) => {
      const line = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      return line.includes(text) ? Number(pid) : undefined;
    }),
  );
  return found.filter((pid) => pid !== undefined);
}

it.runIf(process.platform === 'linux')(
  'ends with a build killed by SIGKILL: no Chromium process outlives it by more than 5 s',
  async () => {
    const script = path.join(await mkdtemp(path.join(tmpdir(), 'embassy-orphan-')), 'build.ts');
    const browserModule = pathToFileURL(path.resolve('src/a11y/browser.ts')).href;
    await writeFile(
      script,
      `import { launchBrowser } from ${JSON.stringify(browserModule)};\nconst browser = await launchBrowser();\nconsole.log(JSON.stringify(browser.process()?.spawnargs ?? []));\nsetInterval(() => {}, 1000);\n`,
    );
    const build = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(build.stdout, 'data')) as [Buffer];
    // The browser's own profile folder names every process of it.
    const profile = (JSON.parse(line.toString()) as string[]).find((arg) => arg.startsWith('--user-data-dir='));
    expect(profile).toBeDefined();
    expect((await processesWith(profile ?? '')).length).toBeGreaterThan(0);
    build.kill('SIGKILL');
    const deadline = Date.now() + 5_000;
    while ((await processesWith(profile ?? '')).length > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await processesWith(profile ?? '')).toEqual([]);
  },
  20_000,
);
