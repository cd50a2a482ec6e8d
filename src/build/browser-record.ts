/**
 * The gate's browsers, recorded so that one a killed build left running is
 * ended by the next build. A browser talks to its build over a pipe and exits
 * when the pipe closes (browser.ts); this record is for the browser that does
 * not, hung or stopped. Each launched browser gets a file in a folder of the
 * machine's temporary directory, naming its pid and its build's, each with
 * when that process started. A browser is ended only when all of that still
 * holds: its build is gone, and the process with its pid is the one
 * recorded, started when it says. Without /proc (macOS, Windows) a pid
 * cannot be told from a later process given the same number, and nothing is
 * ended there.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { launchBrowser } from '../a11y/browser.ts';
import { isRunning, processStart } from './output-lock.ts';

/** What a record names: a process, and when it started. */
interface RecordedProcess {
  readonly pid: number;
  readonly started: string;
}

interface BrowserRecord {
  readonly browser: RecordedProcess;
  readonly build: RecordedProcess;
}

/** Where browsers are recorded, by default: one folder per machine (and user's temporary directory). */
export const defaultRecordFolder = path.join(tmpdir(), 'embassy-content-browsers');

/**
 * Record the browser with pid `browserPid`, launched by this process; resolves
 * to the function that removes the record once the browser is closed.
 */
export async function recordBrowser(
  browserPid: number | undefined,
  folder: string = defaultRecordFolder,
): Promise<() => Promise<void>> {
  const browser = recorded(browserPid);
  const build = recorded(process.pid);
  if (!browser || !build) return async () => {};
  const file = path.join(folder, `${browser.pid}.json`);
  await mkdir(folder, { recursive: true });
  // Written whole, then named: another build never reads a record cut short.
  await writeFile(`${file}.${process.pid}.tmp`, `${JSON.stringify({ browser, build } satisfies BrowserRecord)}\n`);
  await rename(`${file}.${process.pid}.tmp`, file);
  return () => rm(file, { force: true });
}

/** End the browsers whose builds are gone, and forget them; the pids ended. */
export async function endLeftBrowsers(folder: string = defaultRecordFolder): Promise<number[]> {
  const names = await readdir(folder).catch(() => []);
  const ended: number[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.json'))) {
    const file = path.join(folder, name);
    const record = await readRecord(file);
    if (record && isSame(record.build)) continue;
    if (record && isSame(record.browser)) {
      try {
        process.kill(record.browser.pid, 'SIGKILL');
        ended.push(record.browser.pid);
      } catch {
        // Gone since it was looked at: nothing to end.
      }
    }
    await rm(file, { force: true });
  }
  return ended;
}

function recorded(pid: number | undefined): RecordedProcess | undefined {
  const started = pid === undefined ? undefined : processStart(pid);
  return pid === undefined || started === undefined ? undefined : { pid, started };
}

/** Whether the process is running and is the one recorded (started when the record says). */
function isSame(entry: RecordedProcess): boolean {
  return isRunning(entry.pid) && processStart(entry.pid) === entry.started;
}

async function readRecord(file: string): Promise<BrowserRecord | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<BrowserRecord>;
    const valid = (entry: Partial<RecordedProcess> | undefined): entry is RecordedProcess =>
      typeof entry?.pid === 'number' &&
      Number.isInteger(entry.pid) &&
      entry.pid > 0 &&
      typeof entry.started === 'string';
    return valid(value.browser) && valid(value.build) ? { browser: value.browser, build: value.build } : undefined;
  } catch {
    // Unreadable: a record cut short; it names nothing that can be ended safely.
    return undefined;
  }
}

/**
 * A browser for a gate of this package's own: the ones an earlier process
 * left are ended first, and this one is recorded until `forget`, which the
 * caller runs when it closes the browser.
 */
export async function launchRecordedBrowser(): Promise<{ browser: Browser; forget: () => Promise<void> }> {
  await endLeftBrowsers();
  const browser = await launchBrowser();
  return { browser, forget: await recordBrowser(browser.process()?.pid) };
}
