/**
 * `translations pretranslate`: a new page that shares whole paragraphs with
 * the Mexico page gets them in Spanish from the site's memory, exactly as
 * the Mexico page has them, marked as from memory until a translator
 * confirms them; the build serves them in Spanish and the rest in English.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSite, compileTranslations } from '../../src/build/build-site.ts';
import type { UnitDocument } from '../../src/translation/unit.ts';
import { projectRoot, scratchFolders } from '../helpers.ts';
import { translations } from './run-translations.ts';

const scratch = scratchFolders();

/** The Mexico page's opening paragraph and its Goals section, under another title, with a section of its own. */
async function addColombia(root: string): Promise<void> {
  const mexico = await readFile(path.join(root, 'content/en/mexico.md'), 'utf8');
  const body = mexico.split('---\n')[2] ?? '';
  const intro = body.trim().split('\n\n')[0] ?? '';
  const goals = /## Goals \{#goals\}[\s\S]*?(?=\n## )/.exec(body)?.[0] ?? '';
  const challenge = /## Challenges \{#challenges\}\n\n(.*)\n/.exec(body)?.[1] ?? '';
  expect(intro).toContain('INL');
  expect(goals).toContain('1. **');
  const page = `---\nid: colombia\nlang: en\ntitle: Colombia\n---\n\n${intro}\n\n## Coca {#coca}\n\nCoca cultivation in Colombia reached a record in 2021.\n\n## Challenges {#challenges}\n\n${challenge}\n\nColombia's own challenges differ.\n\n${goals.trim()}\n`;
  await writeFile(path.join(root, 'content/en/colombia.md'), page);
}

async function documents(root: string): Promise<Map<string, UnitDocument>> {
  const result = await compileTranslations(root);
  return new Map((result.translations?.documents.get('es') ?? []).map((document) => [document.id, document]));
}

describe('translations pretranslate', () => {
  it('fills the shared paragraphs as the Mexico page has them, marked from memory, and the build serves them in Spanish', async () => {
    const root = await scratch.project(projectRoot);
    await addColombia(root);
    const { stdout } = await translations(root, 'pretranslate', '--lang', 'es');
    expect(stdout).toMatch(/content\/es\/colombia\.md: filled intro\.1, goals\.1, .* from memory\./);
    // A section the memory has nothing of is not listed: only those it has part of are.
    expect(stdout).not.toContain('coca');
    expect(stdout).toContain(
      'content/es/colombia.md challenges: not filled, 1 of its 3 units have no exact match in memory.',
    );

    const found = await documents(root);
    const colombia = found.get('colombia');
    const mexico = found.get('mexico');
    const filled = colombia?.units.filter((unit) => unit.memory !== undefined) ?? [];
    expect(filled.map((unit) => unit.id)).toEqual([
      'intro.1',
      ...(mexico?.units.filter((unit) => unit.section === 'goals').map((unit) => unit.id) ?? []),
    ]);
    for (const unit of filled) {
      const twin = mexico?.units.find((candidate) => candidate.id === unit.id);
      expect(unit.target?.content, unit.id).toEqual(twin?.target?.content);
      expect(unit.memory).toBe(`content/es/mexico.md#${unit.id}`);
      expect(unit.status).toBe('translated');
    }
    expect(colombia?.units.find((unit) => unit.id === 'title')?.status).toBe('missing');

    const status = JSON.parse((await translations(root, 'status', '--format', 'json', '--lang', 'es')).stdout) as {
      languages: { blocks: { fromMemory: number; items: { document: string; id: string; memory?: string }[] } }[];
    };
    expect(status.languages[0]?.blocks.fromMemory).toBe(filled.length);

    // The build: the shared sections in Spanish, the rest (and the title) in English, marked so.
    const site = await compileSite(root);
    expect(site.ok).toBe(true);
    const html = String(site.output?.get('es/colombia/index.html'));
    expect(html).toContain('<div data-fragment-id="colombia/intro" lang="es"');
    expect(html).toMatch(/<section data-fragment-id="colombia\/goals"[^>]* lang="es"/);
    expect(html).toMatch(/<section data-fragment-id="colombia\/coca"[^>]* lang="en"/);
    expect(html).toContain('<h1 data-title="colombia" lang="en">Colombia</h1>');

    // Exported for review: importing them unchanged confirms nothing; a unit the translator marks translated is confirmed.
    const out = await scratch.folder('xliff');
    await translations(root, 'export', '--lang', 'es', '--page', 'colombia', '--out', out);
    const xliff = path.join(out, '1.2/es/colombia.xlf');
    const exported = await readFile(xliff, 'utf8');
    expect(exported.match(/state="needs-review-translation" state-qualifier="leveraged-tm"/g)).toHaveLength(
      filled.length,
    );
    await translations(root, 'import', xliff);
    expect((await documents(root)).get('colombia')?.units.filter((unit) => unit.memory !== undefined)).toHaveLength(
      filled.length,
    );
    const intro =
      /(<trans-unit id="intro\.1"[\s\S]*?<target) state="needs-review-translation" state-qualifier="leveraged-tm"/;
    await writeFile(xliff, exported.replace(intro, '$1 state="translated"'));
    await translations(root, 'import', xliff);
    const reviewed = (await documents(root)).get('colombia')?.units.filter((unit) => unit.memory !== undefined);
    expect(reviewed?.map((unit) => unit.id)).toEqual(filled.map((unit) => unit.id).filter((id) => id !== 'intro.1'));

    // Rehash confirms them: the marks go, the translations stay.
    await translations(root, 'rehash', '--lang', 'es', '--page', 'colombia');
    const confirmed = (await documents(root)).get('colombia');
    expect(confirmed?.units.filter((unit) => unit.memory !== undefined)).toEqual([]);
    expect(await readFile(path.join(root, 'content/es/colombia.md'), 'utf8')).not.toContain('memory:');
  });

  it('leaves a unit the memory has two translations of, listing both', async () => {
    const root = await scratch.project(projectRoot);
    const sentence = 'The embassy answers questions about visas.';
    const page = (id: string, lang: string, title: string, text: string) =>
      writeFile(
        path.join(root, `content/${lang}/${id}.md`),
        `---\nid: ${id}\nlang: ${lang}\ntitle: ${title}\n---\n\n${text}\n`,
      );
    await page('visas', 'en', 'Visas', sentence);
    await page('visas', 'es', 'Visas', 'La embajada responde preguntas sobre visas.');
    await page('travel', 'en', 'Travel', sentence);
    await page('travel', 'es', 'Viajes', 'La embajada contesta dudas sobre visas.');
    await translations(root, 'rehash', '--lang', 'es');
    await page('consular', 'en', 'Consular services', sentence);
    const { stdout } = await translations(root, 'pretranslate', '--page', 'consular');
    expect(stdout).toContain('content/es/consular.md intro.1: not filled, the memory has 2 translations of it:');
    expect(stdout).toContain('“La embajada responde preguntas sobre visas.” (content/es/visas.md#intro.1)');
    expect(stdout).toContain('“La embajada contesta dudas sobre visas.” (content/es/travel.md#intro.1)');
    expect((await documents(root)).get('consular')?.units.every((unit) => unit.status === 'missing')).toBe(true);
  });
});
