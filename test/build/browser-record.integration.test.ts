/**
 * Browsers left by killed builds are ended by the next one, by their recorded
 * pids only: a record whose build still runs, or whose pid now belongs to
 * another process, ends nothing. Real processes stand in for the browser and
 * the build (`sleep`), so that the pids and start times are real.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { endLeftBrowsers, recordBrowser } from '../../src/build/browser-record.ts';
import { isRunning, processStart } from '../../src/build/output-lock.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function sleeper(): { pid: number; started: string; child: ChildProcess } {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  const pid = child.pid ?? 0;
  return { pid, started: processStart(pid) ?? '', child };
}

/** A build that was running, and is gone now: its pid and start as recorded then. */
async function goneBuild(): Promise<{ pid: number; started: string }> {
  const build = sleeper();
  build.child.kill('SIGKILL');
  await once(build.child, 'exit');
  return { pid: build.pid, started: build.started };
}

async function record(
  folder: string,
  browser: { pid: number; started: string },
  build: { pid: number; started: string },
) {
  await writeFile(path.join(folder, `${browser.pid}.json`), JSON.stringify({ browser, build }));
}

describe.skipIf(processStart(process.pid) === undefined)('browsers left by killed builds', () => {
  it('are ended when their build is gone, and their records removed', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'browsers-'));
    const browser = sleeper();
    await record(folder, browser, await goneBuild());
    const exited = once(browser.child, 'exit');
    expect(await endLeftBrowsers(folder)).toEqual([browser.pid]);
    await exited;
    expect(isRunning(browser.pid)).toBe(false);
    expect(await readdir(folder)).toEqual([]);
  });

  it('are not ended while their build runs', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'browsers-'));
    const browser = sleeper();
    const forget = await recordBrowser(browser.pid, folder);
    expect(await endLeftBrowsers(folder)).toEqual([]);
    expect(isRunning(browser.pid)).toBe(true);
    expect(await readdir(folder)).toEqual([`${browser.pid}.json`]);
    await forget();
    expect(await readdir(folder)).toEqual([]);
  });

  it('never end a process that is not the one recorded (its pid given to another process since)', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'browsers-'));
    const other = sleeper();
    await record(folder, { pid: other.pid, started: `${Number(other.started) - 1}` }, await goneBuild());
    expect(await endLeftBrowsers(folder)).toEqual([]);
    expect(isRunning(other.pid)).toBe(true);
    expect(await readdir(folder)).toEqual([]);
  });

  it('ignore a record cut short or made up, and remove it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'browsers-'));
    await writeFile(path.join(folder, '1.json'), '{"browser": {"pid": 1');
    await writeFile(
      path.join(folder, '2.json'),
      JSON.stringify({ browser: { pid: -1, started: '1' }, build: { pid: 2, started: '1' } }),
    );
    expect(await endLeftBrowsers(folder)).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });
});
