/** The benchmark's synthetic site: it builds without errors, each page different, each translation current. */
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/synthetic-corpus.ts';
import { compileSite } from '../../src/build/build-site.ts';
import { projectRoot, scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();

describe('the synthetic corpus', () => {
  it('generates a site that builds without errors, each page different, each translation current', async () => {
    const root = await scratch.folder('corpus');
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
