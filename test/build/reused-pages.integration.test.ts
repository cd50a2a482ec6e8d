/**
 * The pages a build records with the key of their input: the review pages
 * (one per document) and the site pages. A rebuild reads back the ones
 * whose input is unchanged, and makes again only those of the edited
 * document; what it writes is what a fresh build writes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { recordName } from '../../src/build/output-record.ts';
import { editFile, folderSnapshot, scratchFolders, sitePageFiles, smallFixtureRoot } from '../helpers.ts';

const scratch = scratchFolders();

async function inputKeys(outDir: string): Promise<Record<string, string>> {
  return (JSON.parse(await readFile(path.join(outDir, recordName), 'utf8')) as { inputs: Record<string, string> })
    .inputs;
}

async function build(root: string, outDir: string): Promise<void> {
  const result = await buildSite({ root, outDir, browserChecks: false });
  expect(result.ok).toBe(true);
}

describe('review pages', () => {
  it('records each review page and site page with its input’s key, which changes with what the page shows only', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const outDir = path.join(root, 'dist');
    await build(root, outDir);
    const first = await inputKeys(outDir);
    expect(Object.keys(first).sort()).toEqual([
      ...sitePageFiles(['mexico']),
      'reports/review.html',
      'reports/review/pages/mexico.html',
      'reports/review/strings/ui.html',
    ]);

    await editFile(root, 'content/es/mexico.md', (text) => text.replace('reducen', 'disminuyen'));
    await build(root, outDir);
    const second = await inputKeys(outDir);
    expect(second['reports/review/strings/ui.html']).toBe(first['reports/review/strings/ui.html']);
    expect(second['reports/review/pages/mexico.html']).not.toBe(first['reports/review/pages/mexico.html']);
    expect(await readFile(path.join(outDir, 'reports/review/pages/mexico.html'), 'utf8')).toContain('disminuyen');
    expect(second['es/mexico/index.html']).not.toBe(first['es/mexico/index.html']);
    expect(await readFile(path.join(outDir, 'es/mexico/index.html'), 'utf8')).toContain('disminuyen');
    // The index lists titles, not text: it stays as it was.
    expect(second['es/index.html']).toBe(first['es/index.html']);

    // A title is in every page's navigation: each page of that language is made again.
    await editFile(root, 'content/es/mexico.md', (text) => text.replace('title: México', 'title: México y EE. UU.'));
    await build(root, outDir);
    const retitled = await inputKeys(outDir);
    for (const file of ['es/index.html', 'es/404.html', 'es/mexico/index.html'])
      expect(retitled[file], file).not.toBe(second[file]);
    expect(retitled['en/index.html']).toBe(second['en/index.html']);
    expect(await readFile(path.join(outDir, 'es/index.html'), 'utf8')).toContain('México y EE. UU.');

    // A change to a UI string changes every site page, and no review page of a page.
    await editFile(root, 'locales/es/ui.json', (text) =>
      text.replace('"Saltar al contenido principal"', '"Ir al contenido principal"'),
    );
    await build(root, outDir);
    const third = await inputKeys(outDir);
    expect(third['es/mexico/index.html']).not.toBe(retitled['es/mexico/index.html']);
    expect(third['reports/review/pages/mexico.html']).toBe(retitled['reports/review/pages/mexico.html']);
    expect(await readFile(path.join(outDir, 'es/mexico/index.html'), 'utf8')).toContain('Ir al contenido principal');

    // What a build that reads pages back writes is what a build from nothing writes.
    const fresh = path.join(root, 'fresh');
    await build(root, fresh);
    expect(await folderSnapshot(outDir)).toEqual(await folderSnapshot(fresh));
  });

  it.each(['reports/review/strings/ui.html', 'en/mexico/index.html'])(
    'makes %s again when someone changed it after the build, though its input is the same',
    async (file) => {
      const root = await scratch.project(smallFixtureRoot);
      const outDir = path.join(root, 'dist');
      await build(root, outDir);
      const page = path.join(outDir, file);
      const built = await readFile(page, 'utf8');
      await new Promise((resolve) => setTimeout(resolve, 20));
      await writeFile(page, built.replace('<main', '<main class="edited"'));
      await build(root, outDir);
      expect(await readFile(page, 'utf8')).toBe(built);
    },
  );
});
