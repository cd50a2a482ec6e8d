/**
 * dist/ is the build's, and the build removes only what it wrote: the
 * translators' exports and review page go to translation-files/, a file
 * someone put in dist/ is kept from build to build, and one standing where
 * the build writes stops the build, named, untouched. The commands run
 * in-process, as a translator types them, without the browser checks.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommand } from '../../src/cli/build.ts';
import { translations as translationsCommand } from '../../src/cli/translations/index.ts';
import { editFile, folderSnapshot, runInProcess, scratchFolders, smallFixtureRoot } from '../helpers.ts';
import { translationsOutcome as translations } from '../translation/run-translations.ts';

const scratch = scratchFolders();

/** `npm run build -- --skip-browser-checks` on a project, typed in its folder. */
const build = (root: string) => runInProcess(buildCommand(), ['--root', root, '--skip-browser-checks'], root);

/** A translator's work in an exported file: a note in the first unit. */
async function editExport(file: string): Promise<string> {
  await editFile(path.dirname(file), path.basename(file), (text) =>
    text.replace('</trans-unit>', '<note>Checked with the desk officer.</note></trans-unit>'),
  );
  return readFile(file, 'utf8');
}

describe('translation files', () => {
  it('export and review on a fresh project, then build: each succeeds, and no build touches translation-files/', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const exported = await translations(root, 'export');
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('translation-files/xliff/1.2/es/mexico.xlf: ');
    const reviewed = await translations(root, 'review');
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(reviewed.stdout).toContain('translation-files/review.html: ');
    const before = await folderSnapshot(path.join(root, 'translation-files'));
    expect([...before.keys()].sort()).toEqual([
      'review.html',
      'xliff/1.2/es/mexico.xlf',
      'xliff/1.2/es/ui.xlf',
      'xliff/exported.json',
    ]);

    for (let run = 0; run < 2; run += 1) {
      const built = await build(root);
      expect(built.code, built.stderr).toBe(0);
      expect(built.stderr).toBe('');
    }
    expect(await folderSnapshot(path.join(root, 'translation-files'))).toEqual(before);
  });

  it('--out is relative to the folder the command was typed in, as the README says', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const typedIn = await scratch.folder('typed-in');
    const exported = await runInProcess(translationsCommand, ['export', '--root', root, '--out', 'mine'], typedIn);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('mine/1.2/es/mexico.xlf: ');
    expect(await readFile(path.join(typedIn, 'mine/1.2/es/mexico.xlf'), 'utf8')).toContain('<xliff');
    const reviewed = await runInProcess(
      translationsCommand,
      ['review', '--root', root, '--out', 'review.html'],
      typedIn,
    );
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(await readFile(path.join(typedIn, 'review.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('an edited export survives the next export too: it stops, naming the file, and writes nothing', async () => {
    const root = await scratch.project(smallFixtureRoot);
    expect((await translations(root, 'export')).code).toBe(0);
    // Untouched, an export is replaced by the next one.
    const again = await translations(root, 'export');
    expect(again.code, again.stderr).toBe(0);
    const file = path.join(root, 'translation-files/xliff/1.2/es/mexico.xlf');
    const edited = await editExport(file);
    const ui = await readFile(path.join(root, 'translation-files/xliff/1.2/es/ui.xlf'), 'utf8');
    // The source changes, so that a new export would differ from the edited file and from the untouched one.
    await editFile(root, 'content/en/mexico.md', (text) => text.replace('title: Mexico', 'title: Mexico and INL'));
    const refused = await translations(root, 'export');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /Not exported: \S*translation-files\/xliff\/1\.2\/es\/mexico\.xlf has changed since an export wrote it/,
    );
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(await readFile(path.join(root, 'translation-files/xliff/1.2/es/ui.xlf'), 'utf8')).toBe(ui);
    // Moved away, as the message says, the export goes through.
    await rename(file, `${file}.mine`);
    expect((await translations(root, 'export')).code).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('Mexico and INL');
  });

  it('an edited export survives builds, in translation-files/ and in dist/xliff/ (--out), even exported before any build', async () => {
    const root = await scratch.project(smallFixtureRoot);
    expect((await translations(root, 'export')).code).toBe(0);
    expect((await translations(root, 'export', '--out', path.join(root, 'dist/xliff'))).code).toBe(0);
    const ownFolder = await editExport(path.join(root, 'translation-files/xliff/1.2/es/mexico.xlf'));
    const inDist = await editExport(path.join(root, 'dist/xliff/1.2/es/mexico.xlf'));

    const first = await build(root);
    expect(first.code, first.stderr).toBe(0);
    // An edit in between, so that the second build writes its files again.
    await editFile(root, 'content/en/mexico.md', (text) => text.replace('title: Mexico', 'title: Mexico and INL'));
    const second = await build(root);
    expect(second.code, second.stderr).toBe(0);
    const third = await build(root);
    expect(third.code, third.stderr).toBe(0);
    expect(await readFile(path.join(root, 'translation-files/xliff/1.2/es/mexico.xlf'), 'utf8')).toBe(ownFolder);
    expect(await readFile(path.join(root, 'dist/xliff/1.2/es/mexico.xlf'), 'utf8')).toBe(inDist);
    expect(second.stdout).toContain(
      'Kept 3 files the build did not write: dist/xliff/1.2/es/mexico.xlf, dist/xliff/1.2/es/ui.xlf, dist/xliff/exported.json.',
    );
    expect(await readFile(path.join(root, 'dist/locales/en/mexico.json'), 'utf8')).toContain('Mexico and INL');
  });

  it('translations review will not write over the build’s own review page', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const refused = await translations(root, 'review', '--out', path.join(root, 'dist/reports/review.html'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "reports/review.html is the build's: `npm run build` writes it. Write to another place, such as translation-files/review.html (the default).",
    );
    await expect(readFile(path.join(root, 'dist/reports/review.html'))).rejects.toThrow(/ENOENT/);
  });
});

describe('files in dist/ the build did not write', () => {
  it('a person’s file is kept, as it is, by every build', async () => {
    const root = await scratch.project(smallFixtureRoot);
    expect((await build(root)).code).toBe(0);
    await writeFile(path.join(root, 'dist/CNAME'), 'embassy.example\n');
    await mkdir(path.join(root, 'dist/notes'));
    await writeFile(path.join(root, 'dist/notes/plan.md'), 'mine\n');
    await editFile(root, 'content/en/mexico.md', (text) => text.replace('title: Mexico', 'title: Mexico and INL'));
    const built = await build(root);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('Kept 2 files the build did not write: dist/CNAME, dist/notes/plan.md.');
    // Nothing to change: the output is left as it is, the files with it.
    expect((await build(root)).stdout).toContain('Up to date');
    expect(await readFile(path.join(root, 'dist/CNAME'), 'utf8')).toBe('embassy.example\n');
    expect(await readFile(path.join(root, 'dist/notes/plan.md'), 'utf8')).toBe('mine\n');
    expect(await readFile(path.join(root, 'dist/locales/en/mexico.json'), 'utf8')).toContain('Mexico and INL');
  });

  it('a person’s file where the build now writes fails the build, naming it; it and the output stay as they were', async () => {
    const root = await scratch.project(smallFixtureRoot);
    expect((await build(root)).code).toBe(0);
    const manifest = await readFile(path.join(root, 'dist/manifest.json'), 'utf8');
    // A second page, whose site page a person had already put there.
    const page = await readFile(path.join(root, 'content/en/mexico.md'), 'utf8');
    await writeFile(path.join(root, 'content/en/border.md'), page.replace('id: mexico', 'id: border'));
    await mkdir(path.join(root, 'dist/en/border'), { recursive: true });
    await writeFile(path.join(root, 'dist/en/border/index.html'), '<p>Draft</p>\n');

    const failed = await build(root);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('dist/en/border/index.html');
    expect(failed.stderr).toContain(
      "The build writes this file, and the last build did not write the one here (it is someone's own, or another command's): the build would overwrite it. Move it out of dist/ (translators' files go in translation-files/), or delete it, then build again.",
    );
    expect(await readFile(path.join(root, 'dist/en/border/index.html'), 'utf8')).toBe('<p>Draft</p>\n');
    expect(await readFile(path.join(root, 'dist/manifest.json'), 'utf8')).toBe(manifest);

    // The fix the message names.
    await rename(path.join(root, 'dist/en/border/index.html'), path.join(root, 'border-draft.html'));
    const fixed = await build(root);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(await readFile(path.join(root, 'dist/en/border/index.html'), 'utf8')).toContain('<html');
  });

  it('a review page an earlier version wrote into dist/ before any build stops the build, which says where it goes now', async () => {
    const root = await scratch.project(smallFixtureRoot);
    await mkdir(path.join(root, 'dist/reports'), { recursive: true });
    await writeFile(path.join(root, 'dist/reports/review.html'), '<p>Reviewed</p>\n');
    const failed = await build(root);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('dist/reports/review.html');
    expect(failed.stderr).toContain(
      'If `npm run translations -- review` wrote it, move it to translation-files/review.html, where that command writes now',
    );
    expect(await readFile(path.join(root, 'dist/reports/review.html'), 'utf8')).toBe('<p>Reviewed</p>\n');
  });

  it('an export an earlier version left in dist/xliff/ is kept, with a warning that names it and its new place', async () => {
    const root = await scratch.project(smallFixtureRoot);
    expect((await build(root)).code).toBe(0);
    // What an earlier version left: its output, without a list of the files it wrote, and an export in it.
    await rm(path.join(root, 'dist/build-files.json'));
    expect((await translations(root, 'export', '--out', path.join(root, 'dist/xliff'))).code).toBe(0);
    const exported = await editExport(path.join(root, 'dist/xliff/1.2/es/mexico.xlf'));

    for (let run = 0; run < 2; run += 1) {
      await editFile(root, 'content/en/mexico.md', (text) => text.replace(/title: .*/, `title: Mexico ${run}`));
      const built = await build(root);
      expect(built.code, built.stderr).toBe(0);
      expect(built.stderr).toContain('dist/xliff/1.2/es/mexico.xlf');
      expect(built.stderr).toContain(
        'Translation files no longer go in dist/: the build kept this one, as it keeps every file it did not write. Move it to translation-files/xliff/1.2/es/mexico.xlf, where `npm run translations -- export` writes now.',
      );
      expect(await readFile(path.join(root, 'dist/xliff/1.2/es/mexico.xlf'), 'utf8')).toBe(exported);
    }
  });
});
