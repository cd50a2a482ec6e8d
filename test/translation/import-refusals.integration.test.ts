/**
 * What the build would refuse, an import refuses before writing anything:
 * markup or unescaped interpolation in a UI string, a title of several
 * lines, a page larger than the build reads, a file too large to read,
 * invalid UTF-8, elements nested absurdly deep. Each is named at its place
 * in the XLIFF file, and content/ and locales/ are left as they were.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { scratchFolders, smallFixtureRoot } from '../helpers.ts';
import { translations, translationsOutcome } from './run-translations.ts';

const scratch = scratchFolders();

/** Every file of content/ and locales/, by path. */
async function sources(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const folder of ['content', 'locales']) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile())
        files.set(
          path.join(entry.parentPath, entry.name),
          await readFile(path.join(entry.parentPath, entry.name), 'utf8'),
        );
    }
  }
  return files;
}

/** Export, edit one exported file, import it: the import's outcome, and whether content/ and locales/ changed. */
async function importEdited(id: 'mexico' | 'ui', edit: (text: string) => string | Buffer) {
  const root = await scratch.project(smallFixtureRoot);
  await translations(root, 'export');
  const file = path.join(root, 'translation-files/xliff/1.2/es', `${id}.xlf`);
  await writeFile(file, edit(await readFile(file, 'utf8')));
  const before = await sources(root);
  const outcome = await translationsOutcome(root, 'import', file);
  return { root, outcome, unchanged: JSON.stringify([...(await sources(root))]) === JSON.stringify([...before]) };
}

const target = (id: string, text: string) => (xliff: string) =>
  xliff.replace(
    new RegExp(`(<trans-unit id="${id.replace('.', '\\.')}"[^>]*>[\\s\\S]*?<target[^>]*>)[\\s\\S]*?(</target>)`),
    `$1${text}$2`,
  );

describe('an import refuses what the build would refuse, and writes nothing', () => {
  it.each([
    ['markup the sanitizer removes', '&lt;img src=x onerror=alert(1)&gt;Saltar', 'has markup the sanitizer removes'],
    ['unescaped interpolation', 'Saltar {{- name}}', 'uses `{{- …}}`, which i18next inserts without escaping'],
  ])('a UI string with %s', async (_, text, reason) => {
    const { outcome, unchanged } = await importEdited('ui', target('skipLink', text));
    expect(outcome.code).not.toBe(0);
    // At the unit's place in the file.
    expect(outcome.stderr).toMatch(/ui\.xlf\s*\n\s*\d+:\d+(?:-\d+:\d+)?\s+error\s+Unit `skipLink`/);
    expect(outcome.stderr).toContain(reason);
    expect(outcome.stderr).toContain('Nothing was written.');
    expect(unchanged).toBe(true);
  });

  it('a title of several lines, even one that would read as YAML', async () => {
    const { outcome, unchanged } = await importEdited('mexico', target('title', 'México\n---\nalert: 1'));
    expect(outcome.stderr).toMatch(/\d+:\d+(?:-\d+:\d+)?\s+error\s+Unit `title` is a title, one line of plain text/);
    expect(unchanged).toBe(true);
  });

  it('a page larger than the build reads', async () => {
    const { outcome, unchanged } = await importEdited('mexico', target('intro.1', 'palabra '.repeat(300_000)));
    expect(outcome.stderr).toContain(
      'The translated page would be 2.3 MiB, and the build reads pages of at most 1 MiB',
    );
    expect(unchanged).toBe(true);
  });

  it('a paragraph longer than the build reads (900 KB), at the unit, before the build would spend minutes on it', async () => {
    const { outcome, unchanged } = await importEdited('mexico', target('intro.1', 'palabra '.repeat(112_500)));
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toMatch(
      /mexico\.xlf\s*\n\s*\d+:\d+(?:-\d+:\d+)?\s+error\s+Unit `intro\.1`: the build would refuse content\/es\/mexico\.md \d+:1: This paragraph is over 65,536 characters/,
    );
    expect(unchanged).toBe(true);
  });

  it('an error of the translation checks, at the unit', async () => {
    const { outcome, unchanged } = await importEdited(
      'mexico',
      target('intro.1', 'Qué hace la embajada? Trabaja con México en seguridad y justicia.'),
    );
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toMatch(
      /\d+:\d+(?:-\d+:\d+)?\s+error\s+Unit `intro\.1`: .*The build's `inverted-marks` check refuses it/,
    );
    expect(unchanged).toBe(true);
  });

  it('but not an error the project already had, in a unit the file leaves as it is', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const page = path.join(root, 'content/es/mexico.md');
    await writeFile(page, (await readFile(page, 'utf8')).replace('para detenerlos.', 'para detenerlos?'));
    await translations(root, 'export');
    const file = path.join(root, 'translation-files/xliff/1.2/es/mexico.xlf');
    await writeFile(
      file,
      target('intro.1', 'La embajada colabora con México en seguridad y justicia.')(await readFile(file, 'utf8')),
    );
    const outcome = await translationsOutcome(root, 'import', file);
    expect(outcome.stderr).not.toContain('check refuses it');
    expect(outcome.code, outcome.stderr).toBe(0);
  });

  it('escaped marks, which the source limits do not count as emphasis', async () => {
    const { root, outcome } = await importEdited('mexico', target('intro.1', `Texto ${'*a'.repeat(1500)}.`));
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(await readFile(path.join(root, 'content/es/mexico.md'), 'utf8')).toContain(String.raw`\*a\*a`);
    const built = await buildSite({ root, outDir: path.join(root, 'dist'), browserChecks: false });
    expect(built.files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String))).toEqual([]);
  });

  it('a file larger than any export, before reading it', async () => {
    const { outcome, unchanged } = await importEdited('mexico', (text) =>
      text.replace('</body>', `<!--${'x'.repeat(21 * 2 ** 20)}--></body>`),
    );
    expect(outcome.stderr).toContain('The file is 21.0 MiB; an XLIFF file may be at most 20.0 MiB');
    expect(unchanged).toBe(true);
  });

  it('invalid UTF-8, at its line and column, instead of a replacement character', async () => {
    const { outcome, unchanged } = await importEdited('mexico', (text) => {
      const bytes = Buffer.from(target('intro.1', 'Desaf\u00edos')(text), 'utf8');
      // The í as Latin-1 writes it: one byte, 0xED.
      const at = bytes.indexOf(Buffer.from('Desaf\u00edos', 'utf8')) + 'Desaf'.length;
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xed]), bytes.subarray(at + 2)]);
    });
    expect(outcome.stderr).toMatch(/\d+:\d+\s+error\s+Not valid UTF-8: byte 0xED at \d+:\d+\. It looks like Latin-1/);
    expect(unchanged).toBe(true);
  });

  it('elements nested far deeper than XLIFF nests, as deep nesting', async () => {
    const { outcome, unchanged } = await importEdited('mexico', (text) =>
      target('intro.1', `${'<g id="x">'.repeat(100_000)}x${'</g>'.repeat(100_000)}`)(text),
    );
    expect(outcome.stderr).toContain('Elements are nested more than 256 levels deep here');
    expect(outcome.stderr).not.toContain('call stack');
    expect(unchanged).toBe(true);
  });

  it('and what it does write, the build then builds', async () => {
    const { root, outcome } = await importEdited('ui', target('skipLink', 'Ir al contenido principal'));
    expect(outcome.code, outcome.stderr).toBe(0);
    const built = await buildSite({ root, outDir: path.join(root, 'dist'), browserChecks: false });
    expect(built.files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String))).toEqual([]);
    expect(built.ok).toBe(true);
  });
});
