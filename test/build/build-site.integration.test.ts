/**
 * The build on a copy of the Mexico fixture, in-process and without the
 * browser checks: translation status, bad input reported at its file and
 * line with nothing written, input that is normalized rather than refused.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, compileSite } from '../../src/build/build-site.ts';
import { editFile, folderSnapshot as snapshot, reported, withoutSection, scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();

describe('translation status', () => {
  it('marks a section whose translation was removed as missing, the page partial, and writes no fragment for it', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/es/mexico.md', (text) => withoutSection(text, 'goals'));
    const out = path.join(root, 'dist');
    const result = await buildSite({ root, outDir: out, browserChecks: false });
    expect(result.ok).toBe(true);
    const page = result.manifest?.pages[0];
    expect(page?.languages.es?.status).toBe('partial');
    expect(page?.languages.es?.counts).toEqual({ translated: 3, stale: 0, missing: 1 });
    expect(page?.sections.find((section) => section.id === 'goals')?.languages.es).toEqual({ status: 'missing' });
    const files = await snapshot(out);
    expect(files.has('fragments/es/mexico/goals.html')).toBe(false);
    expect(
      Object.keys((JSON.parse(files.get('locales/es/mexico.json') ?? '{}') as { sections: object }).sections),
    ).not.toContain('goals');
  });

  it('marks a translation stale when the English it translates changes', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/en/mexico.md', (text) => text.replace('71,000 deaths', '72,000 deaths'));
    const result = await compileSite(root);
    // The Spanish still says 71,000: expected of a stale section, so not an error.
    expect(result.ok).toBe(true);
    const page = result.manifest?.pages[0];
    expect(page?.sections.map((section) => section.languages.es?.status)).toEqual([
      'translated',
      'stale',
      'translated',
      'translated',
    ]);
    expect(page?.languages.es?.status).toBe('stale');
  });

  it('lets the English gain a paragraph: the Spanish section is stale, its new shape a warning, not an error', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('These efforts reduce', 'INL works with partners.\n\nThese efforts reduce'),
    );
    const result = await compileSite(root);
    expect(result.ok).toBe(true);
    expect(result.manifest?.pages[0]?.sections[0]?.languages.es?.status).toBe('stale');
    const spanish = result.files.find((file) => file.path === 'content/es/mexico.md');
    expect(spanish && reported(spanish)).toEqual([
      expect.objectContaining({
        rule: 'structure',
        fatal: false,
        reason: expect.stringContaining(
          "no longer has the source's structure (the source changed since it was translated)",
        ),
      }),
    ]);
  });

  it('does not mark a translation stale when the English is only re-wrapped', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('requires strong U.S.-Mexico cooperation. Of', 'requires strong U.S.-Mexico cooperation.\nOf'),
    );
    const result = await compileSite(root);
    expect(result.manifest?.pages[0]?.languages.es?.status).toBe('translated');
  });
});

describe('bad input', () => {
  /** Build a broken project over a previous good output; nothing may change. */
  async function failingBuild(edit: (root: string) => Promise<void>) {
    const root = await scratch.project();
    const out = path.join(root, 'dist');
    await buildSite({ root, outDir: out, browserChecks: false });
    const before = await snapshot(out);
    await edit(root);
    const result = await buildSite({ root, outDir: out, browserChecks: false });
    expect(result.ok).toBe(false);
    expect(await snapshot(out)).toEqual(before);
    // Errors and warnings: one bad input must not bring others with it.
    return result.files.flatMap((file) => reported(file).map((message) => ({ ...message, file: file.path })));
  }

  it('reports a broken front matter at its file and line, leaving dist/ as it was', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'content/es/mexico.md', (text) => text.replace('title: México', 'title: "México')),
    );
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/es/mexico.md', rule: 'yaml-syntax', line: expect.any(Number) }),
    ]);
  });

  it('reports a number in a current translation that differs from the source', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'content/es/mexico.md', (text) => text.replace('más de 71,000 muertes', 'más de 17,000 muertes')),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/es/mexico.md',
        rule: 'numbers',
        line: 18,
        column: 1,
        reason: expect.stringContaining('missing 71,000'),
      }),
    ]);
  });

  it('reports a translation without a source page', async () => {
    const errors = await failingBuild(async (root) => {
      await writeFile(
        path.join(root, 'content/es/guatemala.md'),
        '---\nid: guatemala\nlang: es\ntitle: Guatemala\n---\n\nTexto.\n',
      );
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/es/guatemala.md',
        rule: 'translation-source',
        reason: expect.stringContaining('content/en/guatemala.md'),
      }),
    ]);
  });

  it('reports a translated section whose id the source does not have', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'content/es/mexico.md', (text) => text.replace('{#goals}', '{#objetivos}')),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/es/mexico.md',
        rule: 'translation-source',
        line: 20,
        column: 1,
        reason: expect.stringContaining('intro, challenges, goals, accomplishments'),
      }),
    ]);
  });

  it('reports an unknown language folder', async () => {
    const errors = await failingBuild(async (root) => {
      await mkdir(path.join(root, 'content/fr'));
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/fr',
        rule: 'content',
        reason: expect.stringContaining('content/site.yaml'),
      }),
    ]);
  });

  it('reports a JSON syntax error in UI strings with line and column', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'locales/es/ui.json', (text) => text.replace('"Páginas"\n', '"Páginas",\n')),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'locales/es/ui.json',
        rule: 'ui-strings',
        line: 9,
        column: 3,
        reason: expect.stringContaining('Invalid JSON'),
      }),
    ]);
  });

  it('reports an unknown UI key in a translation at its line', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'locales/es/ui.json', (text) => text.replace('"skipLink"', '"skiplink"')),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'locales/es/ui.json',
        rule: 'ui-strings',
        line: 3,
        reason: expect.stringContaining('skiplink'),
      }),
    ]);
  });

  it('reports a section heading without an id, naming the source id to write', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'content/es/mexico.md', (text) => text.replace('## Logros {#accomplishments}', '## Logros')),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/es/mexico.md',
        rule: 'sections',
        line: 30,
        column: 1,
        reason: expect.stringContaining('`## Logros {#accomplishments}`'),
      }),
    ]);
  });

  it('reports a duplicate section id at the second heading', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'content/en/mexico.md', (text) =>
        text.replace('## Accomplishments {#accomplishments}', '## Accomplishments {#goals}'),
      ),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/en/mexico.md',
        rule: 'sections',
        line: 23,
        column: 1,
        reason: expect.stringContaining('Section id `goals` is already used by “Goals” (line 13)'),
      }),
    ]);
  });

  it('refuses a file that is not UTF-8 (Latin-1 from an old editor), naming the byte, line and column', async () => {
    const errors = await failingBuild(async (root) => {
      const file = path.join(root, 'content/es/mexico.md');
      const text = await readFile(file, 'utf8');
      // Encode the whole file as Latin-1: every accented letter becomes one byte.
      await writeFile(file, Buffer.from(text, 'latin1'));
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/es/mexico.md',
        rule: 'read',
        line: 4,
        reason:
          'Not valid UTF-8: byte 0xE9 at 4:9. It looks like Latin-1 or Windows-1252 text (0xE9 is “é” there). Save the file with the UTF-8 encoding.',
      }),
    ]);
  });

  it('reports a broken source page or source UI strings once, not again on each translation', async () => {
    const page = await failingBuild((root) =>
      editFile(root, 'content/en/mexico.md', (text) => text.replace('title: Mexico', 'title: "Mexico')),
    );
    expect(page).toEqual([expect.objectContaining({ file: 'content/en/mexico.md', rule: 'yaml-syntax' })]);
    const strings = await failingBuild((root) =>
      editFile(root, 'locales/en/ui.json', (text) => text.replace('{', '{,')),
    );
    expect(strings).toEqual([
      expect.objectContaining({
        file: 'locales/en/ui.json',
        rule: 'ui-strings',
        reason: expect.stringContaining('Invalid JSON'),
      }),
    ]);
  });

  it('reports a duplicate section id in a translation once', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'content/es/mexico.md', (text) => text.replace('{#accomplishments}', '{#goals}')),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/es/mexico.md',
        rule: 'sections',
        line: 30,
        reason: expect.stringContaining('Section id `goals` is already used'),
      }),
    ]);
  });

  it('refuses a UI strings file that is not UTF-8', async () => {
    const errors = await failingBuild(async (root) => {
      const file = path.join(root, 'locales/es/ui.json');
      await writeFile(file, Buffer.from(await readFile(file, 'utf8'), 'latin1'));
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'locales/es/ui.json',
        rule: 'read',
        reason: expect.stringContaining('Save the file with the UTF-8 encoding'),
      }),
    ]);
  });

  it('reports an empty page file, and an empty UI strings file, each once', async () => {
    const page = await failingBuild((root) => writeFile(path.join(root, 'content/en/guatemala.md'), ''));
    expect(page).toEqual([
      expect.objectContaining({
        file: 'content/en/guatemala.md',
        line: 1,
        column: 1,
        reason: expect.stringContaining('The file is empty: a page starts with its front matter'),
      }),
    ]);
    const strings = await failingBuild((root) => writeFile(path.join(root, 'locales/es/ui.json'), '\n'));
    expect(strings).toEqual([
      expect.objectContaining({
        file: 'locales/es/ui.json',
        rule: 'ui-strings',
        line: 1,
        reason: expect.stringContaining('The file is empty'),
      }),
    ]);
  });

  it('refuses a 10 MB page before reading it (bounded time and memory)', async () => {
    const errors = await failingBuild(async (root) => {
      // Latin-1 bytes throughout: had the file been read and decoded, the error would be about its encoding.
      await writeFile(
        path.join(root, 'content/en/huge.md'),
        Buffer.from(
          `---\nid: huge\nlang: en\ntitle: Huge\n---\n\n${'Una página de México, enorme. '.repeat(360_000)}`,
          'latin1',
        ),
      );
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/en/huge.md',
        rule: 'read',
        line: 1,
        column: 1,
        reason: 'The file is 10.3 MiB; the limit is 1.0 MiB. Split it into several files (a page per topic).',
      }),
    ]);
  });

  it('refuses a page shaped to crash the parser (2,000 nested quotes) at its line, instead of crashing', async () => {
    const errors = await failingBuild((root) =>
      writeFile(
        path.join(root, 'content/en/deep.md'),
        `---\nid: deep\nlang: en\ntitle: Deep\n---\n\n${'>'.repeat(2000)} text\n`,
      ),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/en/deep.md',
        rule: 'source-limits',
        line: 7,
        column: 1,
        reason: expect.stringContaining('Flatten the structure.'),
      }),
    ]);
  });

  it('reports markup in a UI string that the sanitizer would remove, at its line', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'locales/es/ui.json', (text) =>
        text.replace('"Saltar al contenido principal"', '"Saltar al contenido <img src=x onerror=alert(1)>"'),
      ),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'locales/es/ui.json',
        rule: 'ui-strings',
        line: 3,
        reason: expect.stringContaining('would become `Saltar al contenido <img src="x">`'),
      }),
    ]);
    const nesting = await failingBuild((root) =>
      editFile(root, 'locales/es/ui.json', (text) =>
        text.replace(
          '"Saltar al contenido principal"',
          '"$t(ui:none, {\\"defaultValue\\": \\"\\\\u003cimg src=x onerror=alert(1)\\\\u003e\\"})"',
        ),
      ),
    );
    expect(nesting).toEqual([
      expect.objectContaining({
        file: 'locales/es/ui.json',
        rule: 'ui-strings',
        line: 3,
        reason: expect.stringContaining('nests with options'),
      }),
    ]);
  });

  it('reports markup in a title, and a javascript: link, at their lines', async () => {
    const errors = await failingBuild((root) =>
      editFile(root, 'content/en/mexico.md', (text) =>
        text
          .replace('title: Mexico', 'title: Mexico <img src=x onerror=alert(1)>')
          .replace('Department of State', '[Department of State](javascript:alert(1))'),
      ),
    );
    expect(errors.map((error) => `${error.file}:${error.line} ${error.rule}`)).toEqual([
      'content/en/mexico.md:4 front-matter',
      'content/en/mexico.md:7 url-scheme',
    ]);
  });
});

describe('input that is normalized, not refused', () => {
  it('builds a file saved with a byte order mark and CRLF line ends to the same bytes as the LF file', async () => {
    const root = await scratch.project();
    const out = path.join(root, 'dist');
    expect((await buildSite({ root, outDir: out, browserChecks: false })).ok).toBe(true);
    const before = await snapshot(out);
    for (const file of ['content/es/mexico.md', 'content/en/mexico.md', 'locales/es/ui.json', 'content/site.yaml']) {
      await editFile(root, file, (text) => `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    }
    const result = await buildSite({ root, outDir: out, browserChecks: false });
    expect(result.files.flatMap((file) => reported(file))).toEqual([]);
    expect(await snapshot(out)).toEqual(before);
  });
});
