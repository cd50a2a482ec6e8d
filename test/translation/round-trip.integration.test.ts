/**
 * The XLIFF round trip through the command a translator runs: export, then
 * import, in both XLIFF versions. Without edits nothing changes, byte for
 * byte; an edit lands in its block only; a file exported from an older
 * source is refused and nothing is written.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { editFile, withoutSection, scratchFolders } from '../helpers.ts';
import { failing, translations } from './run-translations.ts';

const scratch = scratchFolders();

/** Every file of content/ and locales/, by path. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const folder of ['content', 'locales']) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(root, file), await readFile(file, 'utf8'));
    }
  }
  return files;
}

const xliffFile = (root: string, version: string, id: string) =>
  path.join(root, 'translation-files/xliff', version, 'es', `${id}.xlf`);

describe.each(['1.2', '2.0'])('XLIFF %s', (version) => {
  it('export then import with no edits leaves content/ and locales/ byte-identical', async () => {
    const root = await scratch.project();
    // Every status at once: a stale section, a missing section, a missing UI string.
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('INL assistance enhances', 'INL assistance improves'),
    );
    await editFile(root, 'content/es/mexico.md', (text) => withoutSection(text, 'accomplishments'));
    await editFile(root, 'locales/es/ui.json', (text) =>
      text.replace(/\n\s*"publisher": "[^"]*",?/, '').replace(/,(\s*)\}\s*$/, '$1}\n'),
    );
    const before = await snapshot(root);
    await translations(root, 'export', '--xliff', version);
    const { stdout } = await translations(
      root,
      'import',
      xliffFile(root, version, 'mexico'),
      xliffFile(root, version, 'ui'),
    );
    expect(stdout).toBe('content/es/mexico.md: unchanged.\nlocales/es/ui.json: unchanged.\n');
    expect(await snapshot(root)).toEqual(before);
  });

  it('an edited translation lands in its block only, and the page still builds', async () => {
    const root = await scratch.project();
    const before = await readFile(path.join(root, 'content/es/mexico.md'), 'utf8');
    await translations(root, 'export', '--xliff', version, '--page', 'mexico');
    const file = xliffFile(root, version, 'mexico');
    const xliff = await readFile(file, 'utf8');
    // The bold label of the first goal, retyped by a translator around its codes.
    const edited = xliff.replace(
      'Reducir el cultivo y la producción de drogas:',
      'Reducir los cultivos y la producción de drogas:',
    );
    expect(edited).not.toBe(xliff);
    await writeFile(file, edited);
    const { stdout } = await translations(root, 'import', file);
    expect(stdout).toBe('content/es/mexico.md: updated goals.3.\n');
    const after = await readFile(path.join(root, 'content/es/mexico.md'), 'utf8');
    expect(after).toBe(
      before.replace(
        '**Reducir el cultivo y la producción de drogas:**',
        '**Reducir los cultivos y la producción de drogas:**',
      ),
    );
    expect((await compileSite(root)).ok).toBe(true);
  });

  it('a missing section translated in the tool is written in place, from the source’s structure, and counts as current', async () => {
    const root = await scratch.project();
    const shipped = await readFile(path.join(root, 'content/es/mexico.md'), 'utf8');
    // Export while the Spanish lacks the section, and fill its units from the shipped translation.
    await translations(root, 'export', '--xliff', version, '--page', 'mexico');
    const complete = await readFile(xliffFile(root, version, 'mexico'), 'utf8');
    await editFile(root, 'content/es/mexico.md', (text) => withoutSection(text, 'challenges'));
    await translations(root, 'export', '--xliff', version, '--page', 'mexico');
    const file = xliffFile(root, version, 'mexico');
    const withoutChallenges = await readFile(file, 'utf8');
    expect(withoutChallenges).not.toBe(complete);
    // The file the translator got is the new export: its units, filled in the tool as the shipped ones are.
    const digests = /(exported-target">)([^<]*)(<)/g;
    const exported = [...withoutChallenges.matchAll(digests)].map((match) => match[2]);
    let index = 0;
    await writeFile(
      file,
      complete.replace(digests, (_, open: string, __, close: string) => `${open}${exported[index++] ?? ''}${close}`),
    );
    const { stdout } = await translations(root, 'import', file);
    expect(stdout).toBe(
      'content/es/mexico.md: updated challenges.1, challenges.2; recorded the current source of challenges.\n',
    );
    expect(await readFile(path.join(root, 'content/es/mexico.md'), 'utf8')).toBe(shipped);
  });

  it('a file exported from an older source is refused, naming the unit, and nothing is written', async () => {
    const root = await scratch.project();
    await translations(root, 'export', '--xliff', version);
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('INL assistance enhances', 'INL assistance improves'),
    );
    const before = await snapshot(root);
    const failure = await failing(root, 'import', xliffFile(root, version, 'ui'), xliffFile(root, version, 'mexico'));
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(
      /error\s+The source of unit `goals\.4` differs from the current source .* Export again/,
    );
    expect(failure?.stderr).toContain('Nothing was written.');
    expect(await snapshot(root)).toEqual(before);
  });
});

describe('a page not yet translated', () => {
  it('is written whole from the tool’s translation: front matter, sections in order, tables and lists as in the source', async () => {
    const root = await scratch.project();
    await writeFile(
      path.join(root, 'content/en/visas.md'),
      '---\nid: visas\nlang: en\ntitle: Visas\n---\n\nApply at the [embassy](https://mx.usembassy.gov/visas/).\n\n## Fees {#fees}\n\n| Visa | Fee |\n| --- | --- |\n| Tourist | 185 dollars |\n\n- **Tourist:** short visits.\n- **Student:** study.\n',
    );
    await translations(root, 'export', '--xliff', '2.0', '--page', 'visas');
    const file = xliffFile(root, '2.0', 'visas');
    const spanish: Record<string, string> = {
      Visas: 'Visas',
      'Apply at the ': 'Solicítela en la ',
      embassy: 'Embajada',
      '.': '.',
      Fees: 'Tarifas',
      Visa: 'Visa',
      Fee: 'Tarifa',
      Tourist: 'Turista',
      '185 dollars': '185 dólares',
      'Tourist:': 'Turista:',
      ' short visits.': ' visitas cortas.',
      'Student:': 'Estudiante:',
      ' study.': ' estudios.',
    };
    // What a translator does in the tool: each segment gets a translation, its codes kept.
    const xliff = (await readFile(file, 'utf8'))
      .replace(
        /<source>(.*?)<\/source>/g,
        (_, source: string) =>
          `<source>${source}</source><target>${source.replace(/(^|>)([^<>]+)(?=<|$)/g, (__, before: string, text: string) => `${before}${spanish[text] ?? text}`)}</target>`,
      )
      .replaceAll('state="initial"', 'state="translated"');
    await writeFile(file, xliff);
    const { stdout } = await translations(root, 'import', file);
    expect(stdout).toBe(
      'content/es/visas.md: updated intro.1, fees.1, fees.2, fees.3, fees.4, fees.5, fees.6, fees.7, title; recorded the current source of intro, fees, title.\n',
    );
    const written = await readFile(path.join(root, 'content/es/visas.md'), 'utf8');
    expect(written).toMatch(
      /^---\nid: visas\nlang: es\ntitle: Visas\nsource:\n  title: [0-9a-f]{16}\n  sections:\n    intro: [0-9a-f]{16}\n    fees: [0-9a-f]{16}\n---\n\n/,
    );
    expect(written.slice(written.indexOf('---\n\n') + 5)).toBe(
      'Solicítela en la [Embajada](https://mx.usembassy.gov/visas/).\n\n## Tarifas {#fees}\n\n| Visa | Tarifa |\n| --- | --- |\n| Turista | 185 dólares |\n\n- **Turista:** visitas cortas.\n- **Estudiante:** estudios.\n',
    );
    const compiled = await compileSite(root);
    expect(compiled.ok).toBe(true);
    expect(compiled.manifest?.pages.find((page) => page.id === 'visas')?.languages.es?.status).toBe('translated');
  });
});

describe('text a translator types', () => {
  it('Markdown characters in a translation are written escaped, and read back as the same text', async () => {
    const root = await scratch.project();
    await translations(root, 'export', '--xliff', '2.0', '--page', 'mexico');
    const file = xliffFile(root, '2.0', 'mexico');
    const xliff = await readFile(file, 'utf8');
    const shipped = 'Los objetivos de la INL en México son los siguientes:</target>';
    expect(xliff).toContain(shipped);
    await writeFile(
      file,
      xliff.replace(
        shipped,
        'Los objetivos de la INL en México son *cinco* [ver abajo] &lt;b&gt; `uno.` #dos :lang[x] a_b_c:</target>',
      ),
    );
    await translations(root, 'import', file);
    const compiled = await compileSite(root);
    expect(compiled.ok).toBe(true);
    const goals = compiled.translations?.documents.get('es')?.[0]?.units.find((unit) => unit.id === 'goals.2');
    expect(goals?.target?.text).toContain('son *cinco* [ver abajo] <b> `uno.` #dos :lang[x] a_b_c:');
    expect(await readFile(path.join(root, 'content/es/mexico.md'), 'utf8')).toContain(
      'son \\*cinco\\* \\[ver abajo\\] \\<b> \\`uno.\\` #dos \\:lang\\[x\\] a\\_b\\_c:',
    );
  });
});

describe('state in the translation tool', () => {
  it('a stale unit confirmed as translated records the current source; left for review, it stays stale', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('INL assistance enhances', 'INL assistance improves'),
    );
    await translations(root, 'export', '--xliff', '1.2', '--page', 'mexico');
    const file = xliffFile(root, '1.2', 'mexico');
    const xliff = await readFile(file, 'utf8');
    expect(xliff.match(/state="needs-review-translation"/g)).toHaveLength(7);
    await translations(root, 'import', file);
    expect(
      (await compileSite(root)).manifest?.pages[0]?.sections.find((section) => section.id === 'goals')?.languages.es
        ?.status,
    ).toBe('stale');

    await writeFile(file, xliff.replaceAll('state="needs-review-translation"', 'state="translated"'));
    const { stdout } = await translations(root, 'import', file);
    expect(stdout).toBe('content/es/mexico.md: recorded the current source of goals.\n');
    expect(
      (await compileSite(root)).manifest?.pages[0]?.sections.find((section) => section.id === 'goals')?.languages.es
        ?.status,
    ).toBe('translated');
  });
});
