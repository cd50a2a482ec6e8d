/**
 * An import never reverts a translation changed in the project since the
 * export: the export records each unit's translation (a digest in the file's
 * own metadata), and the import compares. Changed on one side only, that
 * side wins; changed on both, it is a conflict, shown with both texts and
 * left as it is, unless --overwrite.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFile, scratchFolders, smallFixtureRoot } from '../helpers.ts';
import { translations } from './run-translations.ts';

const scratch = scratchFolders();
const page = 'content/es/mexico.md';
const exported = 'Estos esfuerzos reducen la delincuencia';
const local = 'Estas acciones reducen la delincuencia';
const tool = 'Estos esfuerzos disminuyen la delincuencia';

describe.each(['1.2', '2.0'])('XLIFF %s', (version) => {
  async function exportThenEditLocally(): Promise<{ root: string; file: string }> {
    const root = await scratch.project(smallFixtureRoot);
    await translations(root, 'export', '--xliff', version);
    await editFile(root, page, (text) => text.replace(exported, local));
    return { root, file: path.join(root, 'translation-files/xliff', version, 'es/mexico.xlf') };
  }

  it('keeps a local edit when the file still has the translation as exported (an older export)', async () => {
    const { root, file } = await exportThenEditLocally();
    const { stdout, stderr } = await translations(root, 'import', file);
    expect(stdout).toBe(`${page}: unchanged.\n`);
    expect(stderr).toBe('');
    expect(await readFile(path.join(root, page), 'utf8')).toContain(local);
  });

  it('shows a conflict when both changed, keeps the local edit, and imports the rest', async () => {
    const { root, file } = await exportThenEditLocally();
    await editFile(path.dirname(file), path.basename(file), (text) =>
      text.replace(exported, tool).replace('Desafíos', 'Retos'),
    );
    const { stdout, stderr } = await translations(root, 'import', file);
    expect(stderr).toMatch(
      /warning\s+Unit `intro\.1` was changed in content\/es\/mexico\.md since this file was exported/,
    );
    // Both texts, from a little before where they differ.
    expect(stderr).toContain('it now reads “…idad y justicia. Estas acciones reducen la delincuencia');
    expect(stderr).toContain('this file has “…idad y justicia. Estos esfuerzos disminuyen la delincuencia');
    expect(stderr).toContain('import it again with --overwrite');
    expect(stdout).toBe(`${page}: updated challenges.1.\n`);
    const text = await readFile(path.join(root, page), 'utf8');
    expect(text).toContain(local);
    expect(text).toContain('## Retos');
  });

  it('takes the file’s translation with --overwrite', async () => {
    const { root, file } = await exportThenEditLocally();
    await editFile(path.dirname(file), path.basename(file), (text) => text.replace(exported, tool));
    const { stdout } = await translations(root, 'import', file, '--overwrite');
    expect(stdout).toBe(`${page}: updated intro.1.\n`);
    expect(await readFile(path.join(root, page), 'utf8')).toContain(tool);
  });

  it('takes a translation changed in the tool only', async () => {
    const root = await scratch.project(smallFixtureRoot);
    await translations(root, 'export', '--xliff', version);
    const file = path.join(root, 'translation-files/xliff', version, 'es/mexico.xlf');
    await writeFile(file, (await readFile(file, 'utf8')).replace(exported, tool));
    expect((await translations(root, 'import', file)).stdout).toBe(`${page}: updated intro.1.\n`);
  });
});
