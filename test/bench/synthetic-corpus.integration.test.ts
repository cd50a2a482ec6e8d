/** The benchmark's synthetic site: it builds without errors, each page different, each translation current. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/synthetic-corpus.ts';
import { compileSite } from '../../src/build/build-site.ts';
import { projectRoot } from '../helpers.ts';

const scratch: string[] = [];
afterAll(async () => Promise.all(scratch.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('the synthetic corpus', () => {
  it('generates a site that builds without errors, each page different, each translation current', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'embassy-content-corpus-'));
    scratch.push(root);
    await writeCorpus({ from: projectRoot, to: root, pages: 3 });
    const result = await compileSite(root);
    expect(
      result.files.flatMap((file) =>
        file.messages.filter((message) => message.fatal === true).map((message) => `${file.path}: ${message.reason}`),
      ),
    ).toEqual([]);
    const pages = result.manifest?.pages ?? [];
    expect(pages.map((page) => page.languages.es?.status)).toEqual(['translated', 'translated', 'translated']);
    expect(new Set(pages.map((page) => page.sourceHash)).size).toBe(3);
  });
});
