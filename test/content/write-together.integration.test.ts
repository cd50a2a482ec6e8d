/**
 * Several files written as one change (an import, a rehash): a process
 * killed midway leaves a journal, and the next translations command undoes
 * the change (killed before all new texts were written) or completes it
 * (killed after); the build refuses the half-changed project until then.
 * The states are the ones a kill leaves, written here as it would.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { journalPath, writeTogether } from '../../src/content/write-together.ts';
import { reported, scratchFolders, smallFixtureRoot } from '../helpers.ts';
import { translationsOutcome } from '../translation/run-translations.ts';

const scratch = scratchFolders();
const page = 'content/es/mexico.md';
const strings = 'locales/es/ui.json';

/** What a kill leaves: the journal in `state`, and the new texts beside the files (`renamed` already in place). */
async function killedWrite(root: string, state: 'staging' | 'committed', renamed: readonly string[] = []) {
  const files = [page, strings].map((file) => ({ path: file, temporary: `${file}.4242-0a1b2c3d.tmp` }));
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = (await readFile(path.join(root, file.path), 'utf8')).replace('México', 'MÉXICO');
    texts.set(file.path, text);
    await writeFile(path.join(root, renamed.includes(file.path) ? file.path : file.temporary), text);
  }
  await mkdir(path.join(root, 'translation-files'), { recursive: true });
  await writeFile(path.join(root, journalPath), JSON.stringify({ state, files }));
  return texts;
}

describe('a change to several files', () => {
  it('writes them all, and leaves no journal and no temporary file', async () => {
    const root = await scratch.project(smallFixtureRoot);
    await writeTogether(root, [
      { path: 'content/es/a.txt', value: 'a' },
      { path: 'content/es/new/b.txt', value: 'b' },
    ]);
    expect(await readFile(path.join(root, 'content/es/a.txt'), 'utf8')).toBe('a');
    expect(await readFile(path.join(root, 'content/es/new/b.txt'), 'utf8')).toBe('b');
    expect(await readdir(path.join(root, 'translation-files'))).toEqual([]);
    expect((await readdir(path.join(root, 'content/es'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('killed between its renames: the build refuses the half-changed project, and the next command completes the change', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const texts = await killedWrite(root, 'committed', [strings]);
    const built = await buildSite({ root, outDir: path.join(root, 'dist'), browserChecks: false });
    expect(built.ok).toBe(false);
    expect(built.files.map((file) => file.path)).toEqual([journalPath]);
    expect(built.files.flatMap((file) => reported(file))).toEqual([
      expect.objectContaining({ rule: 'interrupted-write', fatal: true }),
    ]);
    const status = await translationsOutcome(root, 'status');
    expect(status.code).toBe(0);
    expect(status.stderr).toContain('interrupted after it had written its files: it is now complete');
    for (const [file, text] of texts) expect(await readFile(path.join(root, file), 'utf8')).toBe(text);
    expect(await readdir(path.join(root, 'translation-files'))).toEqual([]);
    expect((await buildSite({ root, outDir: path.join(root, 'dist'), browserChecks: false })).ok).toBe(true);
  });

  it('killed before all its new texts were written: the next command undoes it, and every file is as it was', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const before = new Map(
      await Promise.all([page, strings].map(async (file) => [file, await readFile(path.join(root, file), 'utf8')] as const)),
    );
    await killedWrite(root, 'staging');
    const status = await translationsOutcome(root, 'status');
    expect(status.stderr).toContain('interrupted before it had written its files: nothing of it was kept');
    for (const [file, text] of before) expect(await readFile(path.join(root, file), 'utf8')).toBe(text);
    expect((await readdir(path.join(root, 'content/es'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a journal naming a file outside the project, and touches nothing', async () => {
    const root = await scratch.project(smallFixtureRoot);
    await mkdir(path.join(root, 'translation-files'), { recursive: true });
    const files = [{ path: '../outside.txt', temporary: '../outside.txt.1-00000000.tmp' }];
    await writeFile(path.join(root, journalPath), JSON.stringify({ state: 'committed', files }));
    const status = await translationsOutcome(root, 'status');
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain(`${journalPath} is not a journal of an interrupted write`);
    expect(await readFile(path.join(root, journalPath), 'utf8')).toContain('outside');
  });
});
