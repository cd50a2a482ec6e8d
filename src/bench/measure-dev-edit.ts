/**
 * `devEdit`: with the live preview running on a site (`npm run dev`, its own
 * process), the time from writing one page's Markdown to the open page in
 * Chromium showing the new text, reloaded by the preview. The edit is made
 * several times, each with a new word, and the median is reported; the
 * preview's own compile time of each edit is reported beside it. Each edit
 * waits for the one before to be checked in the background, as a writer's
 * saves are seconds apart.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../a11y/browser.ts';

export interface DevEditResult {
  readonly edits: number;
  /** Median, from the write to the text on screen. */
  readonly milliseconds: number;
  /** Median of the preview's compile times of the same edits, as it reported them. */
  readonly compileMilliseconds: number;
  /** The preview's first compile of the whole site. */
  readonly startMilliseconds: number;
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** How many times the preview said it checked changed pages in Chromium. */
const checkedCount = (output: string): number => output.match(/^Checked \d+ changed page/gm)?.length ?? 0;

/** Wait until `done`, polling, for at most `limit` ms. */
async function until(done: () => boolean, limit: number): Promise<void> {
  const started = performance.now();
  while (!done() && performance.now() - started < limit) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Start `npm run dev` on `root` and wait for its URL. */
async function startPreview(root: string, cache: string) {
  const script = path.resolve(import.meta.dirname, '../../scripts/dev.ts');
  const child = spawn(process.execPath, ['--experimental-strip-types', script, '--root', root], {
    env: { ...process.env, PORT: '0', EMBASSY_CONTENT_CACHE: cache },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = performance.now();
  for (;;) {
    const origin = /Preview: (http:\/\/\S+)\//.exec(output)?.[1];
    if (origin) return { child, origin, output: () => output, startMilliseconds: performance.now() - started };
    if (child.exitCode !== null) throw new Error(`The preview stopped:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function measureDevEdit(options: {
  readonly root: string;
  readonly cache: string;
  /** The page edited, and its URL in the source language. */
  readonly file: string;
  readonly url: string;
  readonly edits?: number;
}): Promise<DevEditResult> {
  const preview = await startPreview(options.root, options.cache);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${preview.origin}${options.url}`, { waitUntil: 'load' });
    const original = await readFile(options.file, 'utf8');
    const times: number[] = [];
    const compiles: number[] = [];
    for (let edit = 1; edit <= (options.edits ?? 5); edit++) {
      const word = `Benchmarkword${edit}`;
      const checked = checkedCount(preview.output());
      const started = performance.now();
      await writeFile(options.file, `${original.trimEnd()}\n\nThe preview shows ${word} now.\n`, 'utf8');
      await page.waitForFunction(
        (text: string) => document.body.textContent?.includes(text),
        { polling: 10, timeout: 120_000 },
        word,
      );
      times.push(performance.now() - started);
      // The preview's own time for this edit: its last "Compiled in N ms" line.
      const reported = [...preview.output().matchAll(/^Compiled in (\d+) ms/gm)].at(-1)?.[1];
      compiles.push(Number(reported ?? Number.NaN));
      // One edit at a time, as a writer saves: the next waits for this one's checks in the background.
      await until(() => checkedCount(preview.output()) > checked, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await writeFile(options.file, original, 'utf8');
    return {
      edits: times.length,
      milliseconds: median(times),
      compileMilliseconds: median(compiles),
      startMilliseconds: preview.startMilliseconds,
    };
  } finally {
    await browser.close();
    preview.child.kill();
  }
}
