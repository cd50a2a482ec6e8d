/**
 * The benchmark runs and reports what it promises: every step, the ratios
 * and their targets. Its times are not checked (they are the machine's);
 * what each step did is: the rebuild with nothing changed found the output
 * up to date, the one-edit rebuild rendered one file.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot, scratchFolders } from '../helpers.ts';

const run = promisify(execFile);
const scratch = scratchFolders();

describe('npm run bench', () => {
  it('measures every step on a synthetic site and writes the ratios and targets as JSON', async () => {
    const work = await scratch.folder('bench');
    const json = path.join(work, 'bench.json');
    const { stdout } = await run(
      process.execPath,
      ['scripts/bench.ts', '--pages', '4', '--workers', '2', '--browser-pages', '0', '--json', json],
      { cwd: projectRoot },
    );
    expect(stdout).toContain('(a) bare unified pipeline');
    expect(stdout).toMatch(/coldOverBare\s+\d+\.\d{3}\s+\(at most 1\.300: (?:met|not met)\)/);
    const report = JSON.parse(await readFile(json, 'utf8')) as {
      files: number;
      steps: Record<
        string,
        {
          milliseconds: number;
          peakRssMiB: number;
          files: number;
          ok: boolean;
          upToDate?: boolean;
          pageRenders?: { reused: number; done: number };
        }
      >;
      ratios: Record<string, number>;
      targets: Record<string, { at: string; value: number }>;
      threads: { threads: number; oneThreadMilliseconds: number; nThreadsMilliseconds: number; scaling: number };
      cacheCheck: { entries: number; checkMilliseconds: number; hmacMilliseconds: number; refused: number };
      writeStrategies: { files: number; milliseconds: Record<string, number> };
      devEdit: { edits: number; milliseconds: number; compileMilliseconds: number };
      pretranslate: { memoryUnits: number; pageUnits: number; filled: number; offered: number; milliseconds: number };
    };
    expect(report.files).toBe(8);
    // The live preview's edit, seen in Chromium: five edits, each compiled.
    expect(report.devEdit.edits).toBe(5);
    expect(report.devEdit.compileMilliseconds).toBeGreaterThan(0);
    expect(report.devEdit.milliseconds).toBeGreaterThan(report.devEdit.compileMilliseconds);
    expect(stdout).toMatch(/\(k\) preview: one page edited and shown in Chromium in \d+\.\d+ s/);
    // Pretranslate against the synthetic memory: the third of the page that is in it word for word, and fuzzy matches for the third that differs by two words.
    expect(report.pretranslate).toMatchObject({ memoryUnits: 100_000, pageUnits: 300, filled: 100 });
    expect(report.pretranslate.offered).toBeGreaterThanOrEqual(100);
    expect(stdout).toMatch(/\(l\) pretranslate: a page of 300 units against a memory of 100000: \d+\.\d+ s/);
    expect(stdout).toMatch(/\(m\) editor: the findings of a unit of the Mexico page \d+ ms after a pause/);
    expect(Object.keys(report.steps)).toEqual(['bare', 'cold', 'pool', 'noChange', 'oneEdit']);
    for (const step of Object.values(report.steps)) {
      expect(step.ok).toBe(true);
      // Each step was timed (how long it took is the machine's, and not checked).
      expect(step.milliseconds).toBeGreaterThanOrEqual(0);
      expect(step.peakRssMiB).toBeGreaterThan(0);
    }
    expect(report.steps.bare?.files).toBe(8);
    expect(report.steps.cold?.files).toBe(8);
    expect(report.steps.cold?.pageRenders).toEqual({ reused: 0, done: 8 });
    expect(report.steps.noChange?.upToDate).toBe(true);
    expect(report.steps.oneEdit?.pageRenders).toEqual({ reused: 7, done: 1 });
    expect(Object.keys(report.ratios).sort()).toEqual([
      'cacheCheckOverCold',
      'cacheHmacOverCold',
      'coldOverBare',
      'coldOverPool',
      'devEditOverCold',
      'noChangeOverCold',
      'oneEditOverCold',
      'poolEfficiency',
      'pretranslateOverCold',
      'writeAllOverCold',
      'writeCompareOverCold',
      'writeRecordOverCold',
    ]);
    // The cold build's output (fragments, site pages, bundles, reports…) was written again each way.
    expect(report.writeStrategies.files).toBeGreaterThan(2 * 8);
    expect(Object.keys(report.writeStrategies.milliseconds).sort()).toEqual(['compare', 'none', 'record']);
    // The machine's own scaling was measured on the pool's number of threads, and the pool's speed-up divided by it.
    expect(report.threads.threads).toBe(2);
    expect(report.threads.scaling).toBeGreaterThan(0);
    expect(report.ratios.poolEfficiency).toBeCloseTo((report.ratios.coldOverPool ?? 0) / report.threads.scaling, 9);
    // Every render the cold build stored was checked, and none refused: the build wrote them.
    expect(report.cacheCheck).toEqual(expect.objectContaining({ entries: 8, refused: 0 }));
    expect(report.targets.poolEfficiency).toEqual({ at: 'least', value: 0.9 });
    for (const value of Object.values(report.ratios)) expect(Number.isFinite(value)).toBe(true);
    expect(report.targets.coldOverBare).toEqual({ at: 'most', value: 1.3 });
  });
});
