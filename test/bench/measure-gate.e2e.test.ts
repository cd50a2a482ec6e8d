import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureGate, measurePa11yCi } from '../../src/bench/measure-gate.ts';
import { writeCorpus } from '../../src/bench/synthetic-corpus.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { projectRoot, scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();
let run: RunBrowser;
beforeAll(async () => {
  run = await connectBrowser();
});
afterAll(async () => run?.close());

describe('measureGate', () => {
  it('checks each site page of a synthetic site once, in each language, and writes the site for pa11y-ci', async () => {
    const work = await scratch.folder('gate');
    const root = path.join(work, 'site');
    await writeCorpus({ from: projectRoot, to: root, pages: 2 });
    const gate = await measureGate(root, path.join(work, 'dist'), run.browser);
    expect(gate.pageLanguages).toBe(4);
    expect(gate.milliseconds).toBeGreaterThan(0);
    expect(gate.urlPaths).toHaveLength(4);
    for (const urlPath of gate.urlPaths) {
      expect(urlPath).toMatch(/^\/(en|es)\/[\w-]+\/$/);
      expect(await readFile(path.join(gate.outDir, urlPath, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/);
    }
    // pa11y-ci is not a dependency: measured only where someone installed it.
    const pa11yCi = await measurePa11yCi(gate, path.join(work, 'pa11y-ci'));
    if (pa11yCi) expect(pa11yCi.urls).toBe(4);
  });
});
