/**
 * A cache entry is input: an entry edited by hand (or by anyone who can write
 * the cache folder, or a shard's cache from another machine) cannot change
 * what the build publishes. The page is rendered again, and the output is
 * byte for byte that of a build without a cache, messages included.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { ContentCache } from '../../src/cache/content-cache.ts';
import type { RenderedPage } from '../../src/build/render-task.ts';
import { folderSnapshot, reported, scratchFolders, smallFixtureRoot } from '../helpers.ts';

const scratch = scratchFolders();

/** Every stored page render, with its file. */
async function pageEntries(cacheFolder: string): Promise<{ file: string; render: RenderedPage }[]> {
  const folder = path.join(cacheFolder, 'page');
  const files = (await readdir(folder, { recursive: true })).filter((file) => file.endsWith('.json'));
  return Promise.all(
    files.map(async (file) => ({
      file: path.join(folder, file),
      render: JSON.parse(await readFile(path.join(folder, file), 'utf8')) as RenderedPage,
    })),
  );
}

type Tamper = (render: RenderedPage) => RenderedPage;

const tampers: Record<string, Tamper> = {
  'a handler added to a fragment’s HTML': (render) => ({
    ...render,
    sections: render.sections.map((section) => ({
      ...section,
      html: section.html.replace('<p>', '<p onmouseover="alert(document.cookie)">'),
    })),
  }),
  'a script after a fragment, its tree changed to match': (render) => ({
    ...render,
    sections: render.sections.map((section) => ({
      ...section,
      html: `${section.html}<script>alert(1)</script>`,
      tree: { ...section.tree, children: [...section.tree.children] },
    })),
  }),
  'another language’s lang on a fragment': (render) => ({
    ...render,
    sections: render.sections.map((section) => ({
      ...section,
      html: section.html.replace(/ lang="(en|es)"/, ' lang="fr"'),
    })),
  }),
  'the syntax tree changed, the HTML not': (render) => ({
    ...render,
    sections: render.sections.map((section) => ({
      ...section,
      tree: { ...section.tree, properties: { ...section.tree.properties, onClick: 'alert(1)' } },
    })),
  }),
};

describe('a tampered cache entry', () => {
  it.each(Object.entries(tampers))(
    '%s: the page is rendered again, and the output is the uncached build’s',
    async (_, tamper) => {
      const root = await scratch.project(smallFixtureRoot);
      const uncachedOut = path.join(await scratch.folder('uncached'), 'dist');
      const uncached = await buildSite({ root, outDir: uncachedOut, browserChecks: false });
      expect(uncached.ok).toBe(true);

      const cacheFolder = await scratch.folder('cache');
      const outDir = path.join(await scratch.folder('cached'), 'dist');
      expect((await buildSite({ root, outDir, browserChecks: false, cache: new ContentCache(cacheFolder) })).ok).toBe(
        true,
      );
      const entries = await pageEntries(cacheFolder);
      expect(entries).toHaveLength(2);
      for (const { file, render } of entries) {
        const tampered = JSON.stringify(tamper(render));
        expect(tampered).not.toBe(JSON.stringify(render));
        await writeFile(file, tampered);
      }

      // Into another folder, so that the whole-build shortcut (up-to-date.ts) does not apply: each page is looked up.
      const cache = new ContentCache(cacheFolder);
      const rebuiltOut = path.join(await scratch.folder('rebuilt'), 'dist');
      const rebuilt = await buildSite({ root, outDir: rebuiltOut, browserChecks: false, cache });
      expect(rebuilt.ok).toBe(true);
      expect(cache.stats.page).toEqual({ hits: 0, misses: 2, writes: 2 });
      expect(await folderSnapshot(rebuiltOut)).toEqual(await folderSnapshot(uncachedOut));
      expect(rebuilt.files.flatMap((file) => reported(file))).toEqual(uncached.files.flatMap((file) => reported(file)));
    },
  );
});
