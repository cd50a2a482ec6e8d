import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { editFile, scratchFolders } from '../helpers.ts';
import { failing, translations } from './run-translations.ts';
const scratch = scratchFolders();

async function statuses(root: string) {
  const { manifest } = await compileSite(root);
  const page = manifest?.pages[0];
  return {
    page: page?.languages.es?.status,
    title: page?.languages.es?.titleStatus,
    sections: page?.sections.map((section) => section.languages.es?.status),
  };
}

describe('stale translations and rehash', () => {
  it('editing the English marks the section and title stale; rehash after re-translating makes them current', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('title: Mexico', 'title: Mexico Summary').replace('over half involved', 'more than half involved'),
    );
    expect(await statuses(root)).toEqual({
      page: 'stale',
      title: 'stale',
      sections: ['translated', 'stale', 'translated', 'translated'],
    });

    // The translator updates the Spanish, then records that it is current.
    await editFile(root, 'content/es/mexico.md', (text) => text.replace('title: México', 'title: México (resumen)'));
    const { stdout } = await translations(root, 'rehash', '--lang', 'es');
    expect(stdout).toBe(
      'content/es/mexico.md: recorded the current source of title, challenges.\nlocales/es/source-hashes.yaml: already current.\n',
    );
    expect(await statuses(root)).toEqual({
      page: 'translated',
      title: 'translated',
      sections: ['translated', 'translated', 'translated', 'translated'],
    });

    const again = await translations(root, 'rehash', '--lang', 'es');
    expect(again.stdout).toBe(
      'content/es/mexico.md: already current.\nlocales/es/source-hashes.yaml: already current.\n',
    );
  });

  it('rehash changes only the front matter hashes, keeping the text byte for byte', async () => {
    const root = await scratch.project();
    const before = await readFile(path.join(root, 'content/es/mexico.md'), 'utf8');
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('INL assistance enhances', 'INL assistance improves'),
    );
    await translations(root, 'rehash', '--only', 'goals');
    const after = await readFile(path.join(root, 'content/es/mexico.md'), 'utf8');
    const changed = before
      .split('\n')
      .map((line, index) => [line, after.split('\n')[index]])
      .filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      [expect.stringMatching(/^ {4}goals: [0-9a-f]{16}$/), expect.stringMatching(/^ {4}goals: [0-9a-f]{16}$/)],
    ]);
  });

  it('status lists translated, stale and missing items', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('INL assistance enhances', 'INL assistance improves'),
    );
    const { stdout } = await translations(root, 'status');
    expect(stdout).toContain('es: 4 translated, 1 stale, 0 missing');
    expect(stdout).toContain('mexico/goals: stale');
  });
});

describe('status on a project with errors', () => {
  it('shows the errors and still lists each item, exiting 1', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace('más de 71,000 muertes', 'más de 17,000 muertes'),
    );
    const failure = await failing(root, 'status');
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/18:1\s+error\s+Numbers differ from the source/);
    expect(failure?.stdout).toContain('es: 5 translated, 0 stale, 0 missing');
  });
});

describe('UI strings', () => {
  async function stringStatus(root: string) {
    const { stdout } = await translations(root, 'status', '--format', 'json');
    const report = JSON.parse(stdout) as {
      languages: {
        lang: string;
        strings: { counts: Record<string, number>; items: { id: string; status: string }[] };
      }[];
    };
    const strings = report.languages.find((language) => language.lang === 'es')?.strings;
    return {
      counts: strings?.counts,
      status: Object.fromEntries((strings?.items ?? []).map((item) => [item.id, item.status])),
    };
  }

  it('editing an English string marks its translation stale; rehash after re-translating makes it current', async () => {
    const root = await scratch.project();
    expect((await stringStatus(root)).counts).toEqual({ translated: 23, stale: 0, missing: 0, identical: 0 });
    await editFile(root, 'locales/en/ui.json', (text) =>
      text.replace('"Skip to main content"', '"Skip to the main content"'),
    );
    const stale = await stringStatus(root);
    expect(stale.status.skipLink).toBe('stale');
    expect(stale.counts).toEqual({ translated: 22, stale: 1, missing: 0, identical: 0 });

    const { stdout } = await translations(root, 'rehash', '--namespace', 'ui');
    expect(stdout).toBe('locales/es/source-hashes.yaml: recorded the current source of ui:skipLink.\n');
    expect((await stringStatus(root)).status.skipLink).toBe('translated');
  });

  it('a string left in English is identical to its source, and a missing one is missing', async () => {
    const root = await scratch.project();
    await editFile(root, 'locales/es/ui.json', (text) =>
      text
        .replace('"Saltar al contenido principal"', '"Skip to main content"')
        .replace(/\n\s*"publisher": "[^"]*",?/, '')
        .replace(/,(\s*)\}\s*$/, '$1}\n'),
    );
    const { status, counts } = await stringStatus(root);
    expect(status).toMatchObject({ skipLink: 'identical', publisher: 'missing', languageName: 'translated' });
    expect(counts).toEqual({ translated: 21, stale: 0, missing: 1, identical: 1 });
  });
});
