/**
 * The live preview keeps what it made between compiles (texts read, units,
 * assembled pages, site and review pages) and makes again only what a save
 * changed. Whatever it kept, each compile must give what a compile from
 * nothing gives: the same files, byte for byte, and the same messages.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePreview } from '../../src/build/build-site.ts';
import { ContentCache } from '../../src/cache/content-cache.ts';
import { changedFiles, createPreviewSite, type PreviewFiles } from '../../src/dev/preview-site.ts';
import { editFile, reported, scratchFolders, smallFixtureRoot } from '../helpers.ts';

const scratch = scratchFolders();

/** A compile from nothing (no cache, no earlier output): its pages, then its review pages. */
async function fromNothing(root: string) {
  const { review } = await compilePreview(root);
  const result = await review();
  const output: PreviewFiles | undefined =
    result.output &&
    new Map([...result.output, ...(result.harnesses ?? []).map((harness) => [harness.path, harness.html] as const)]);
  return {
    output,
    messages: result.files.flatMap((file) => reported(file).map((message) => ({ file: file.path, ...message }))),
  };
}

/** Past the moment in which a file's times could still hide a write: its text is then kept. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

const edits: readonly [string, (root: string) => Promise<void>][] = [
  [
    'a Spanish paragraph',
    (root) => editFile(root, 'content/es/mexico.md', (text) => text.replace('reducen', 'disminuyen')),
  ],
  [
    'the English source (the translation becomes stale)',
    (root) => editFile(root, 'content/en/mexico.md', (text) => text.replace('reduce crime', 'lower crime')),
  ],
  [
    'a mistake in the Spanish',
    (root) => editFile(root, 'content/es/mexico.md', (text) => text.replace('ambos', '$ ambos')),
  ],
  [
    'a glossary term (the units’ notes and checks)',
    (root) =>
      editFile(root, 'content/glossary.yaml', (text) =>
        text.replace('terms:\n', 'terms:\n  - en: embassy\n    es: embajada\n    note: A term added by the test.\n'),
      ),
  ],
  [
    'a UI string',
    (root) =>
      editFile(root, 'locales/es/ui.json', (text) =>
        text.replace('"Saltar al contenido principal"', '"Ir al contenido"'),
      ),
  ],
  [
    'a new page',
    (root) =>
      writeFile(
        path.join(root, 'content/en/visas.md'),
        '---\nid: visas\nlang: en\ntitle: Visas\n---\n\nHow to apply for a visa.\n',
      ),
  ],
  ['a deleted translation', (root) => rm(path.join(root, 'content/es/mexico.md'))],
  [
    'the site settings',
    (root) => editFile(root, 'content/site.yaml', (text) => text.replace('headingBase: 2', 'headingBase: 3')),
  ],
];

describe('the live preview’s compiles', () => {
  it('give, after each save, what a compile from nothing gives, though they keep what they made', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const cache = new ContentCache(await scratch.folder('preview-cache'), { remember: true });
    const site = createPreviewSite({ root, cache });
    await settle();
    await (await site.compile()).review?.();
    for (const [edit, apply] of edits) {
      await apply(root);
      const update = await site.compile();
      await update.review?.();
      const expected = await fromNothing(root);
      const { output, files, ok } = site.current();
      // A compile with errors keeps the last good pages on screen; one from nothing has none to show.
      expect(ok, edit).toBe(expected.output !== undefined);
      if (ok && expected.output) expect(changedFiles(output, expected.output), edit).toEqual([]);
      expect(
        files.flatMap((file) => reported(file).map((message) => ({ file: file.path, ...message }))),
        edit,
      ).toEqual(expected.messages);
      // The next edit finds this one's texts kept.
      await settle();
    }
  });
});
