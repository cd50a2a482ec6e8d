/**
 * The memory and the glossary in the formats CAT tools trade: TMX 1.4b out
 * and in (Translate Toolkit's translate.storage.tmx reads what is exported,
 * and a memory exported from one site fills another's page), TBX out
 * (Translate Toolkit's tbx2po reads every term). An imported TMX is
 * untrusted: entities are refused at their line, and nothing is kept.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTranslations } from '../../src/build/build-site.ts';
import { projectRoot, scratchFolders } from '../helpers.ts';
import { run } from './run-tool.ts';
import { failing, translations } from './run-translations.ts';

const scratch = scratchFolders();

async function spanishUnits(root: string) {
  const result = await compileTranslations(root);
  return (result.translations?.documents.get('es') ?? []).flatMap((document) =>
    document.units.map((unit) => ({ document: document.id, ...unit })),
  );
}

describe('TMX', () => {
  it('exports the memory for Translate Toolkit, and fills another site’s page from it once imported', async () => {
    const from = await scratch.project(projectRoot);
    const out = await scratch.folder('tmx');
    const tmx = path.join(out, 'mexico.tmx');
    const { stdout } = await translations(from, 'memory', 'export', tmx);
    const translated = (await spanishUnits(from)).filter((unit) => unit.status === 'translated');
    expect(stdout).toContain(`${translated.length} translation units (TMX 1.4b)`);

    // Translate Toolkit reads it: every unit, codes kept as their Markdown.
    const script = `import sys, json\nfrom translate.storage import tmx\nf = tmx.tmxfile(open(sys.argv[1], 'rb'))\nprint(json.dumps([[u.source, u.target] for u in f.units]))`;
    const read = await run('/usr/bin/python3', ['-c', script, tmx], 'translate-toolkit');
    expect(read.code, read.stderr).toBe(0);
    const pairs = JSON.parse(read.stdout) as [string, string][];
    expect(pairs).toHaveLength(translated.length);
    expect(pairs.some(([source]) => source.startsWith('**Reduce Drug Cultivation and Production:**'))).toBe(true);

    // Another site without the Spanish page: the import adds the memory, and changes no content.
    const to = await scratch.project(projectRoot);
    await rm(path.join(to, 'content/es/mexico.md'));
    const imported = await translations(to, 'memory', 'import', tmx);
    expect(imported.stdout).toContain(`memory/mexico.tmx: ${translated.length} in es.`);
    expect(existsSync(path.join(to, 'content/es/mexico.md'))).toBe(false);
    expect(await readFile(path.join(to, 'memory/mexico.tmx'), 'utf8')).toBe(await readFile(tmx, 'utf8'));
    expect((await translations(to, 'memory', 'import', tmx)).stdout).toContain('already imported');

    await translations(to, 'pretranslate', '--lang', 'es');
    const filled = (await spanishUnits(to)).filter((unit) => unit.memory !== undefined);
    // Every unit of the page: the memory has them all (the UI strings' too, which the page has not).
    expect(filled.map((unit) => unit.id).sort()).toEqual(
      translated
        .filter((unit) => unit.document === 'mexico')
        .map((unit) => unit.id)
        .sort(),
    );
    for (const unit of filled) {
      const original = translated.find((candidate) => candidate.id === unit.id && candidate.document === 'mexico');
      expect(unit.target?.content, unit.id).toEqual(original?.target?.content);
      expect(unit.memory).toBe(`memory/mexico.tmx#content/es/mexico.md#${unit.id}`);
    }
  });

  it.each([
    [
      'an entity expanding to more entities',
      '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>',
      /not well-formed XML.*entities other than XML's five are not read/,
    ],
    [
      'an external entity',
      '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>',
      /not well-formed XML/,
    ],
    [
      'not TMX at all',
      '<?xml version="1.0"?>\n<xliff version="1.2"/>',
      /not a TMX file: its root element is `<xliff>`/,
    ],
    [
      'a memory of another source language',
      '<tmx version="1.4"><header srclang="fr"/><body/></tmx>',
      /has its sources in `fr`; the site's source language is `en`/,
    ],
  ])('refuses %s at its line, and keeps nothing', async (_, text, reason) => {
    const root = await scratch.project(projectRoot);
    const file = path.join(await scratch.folder('hostile-tmx'), 'hostile.tmx');
    await writeFile(file, text);
    const outcome = await failing(root, 'memory', 'import', file);
    expect(outcome?.stderr).toMatch(reason);
    expect(outcome?.stderr).toMatch(/hostile\.tmx\n\s*\d+:\d+ +error/);
    expect(outcome?.stderr).toContain('Nothing was imported.');
    expect(existsSync(path.join(root, 'memory'))).toBe(false);
  });

  it('skips a unit with a code closed that was never opened, with a warning at its line', async () => {
    const root = await scratch.project(projectRoot);
    const file = path.join(await scratch.folder('codes-tmx'), 'partner.tmx');
    const unit = (source: string, target: string) =>
      `<tu tuid="u"><tuv xml:lang="en"><seg>${source}</seg></tuv><tuv xml:lang="es-MX"><seg>${target}</seg></tuv></tu>`;
    await writeFile(
      file,
      `<tmx version="1.4"><header srclang="en-US"/><body>\n${unit('A <bpt i="1">**</bpt>bold<ept i="1">**</ept> word.', 'Una palabra <bpt i="1">**</bpt>negrita<ept i="1">**</ept>.')}\n${unit('A <ph>`code`</ph> span.', 'Un <ept i="2">**</ept> fragmento.')}\n</body></tmx>`,
    );
    const outcome = await translations(root, 'memory', 'import', file);
    expect(outcome.stdout).toContain('memory/partner.tmx: 1 in es.');
    expect(outcome.stderr).toMatch(
      /3:\d+ +warning +Unit u: a code of the es translation is closed without being opened/,
    );
  });
});

describe('TBX', () => {
  it('exports every glossary term, which tbx2po reads', async () => {
    const root = await scratch.project(projectRoot);
    const tbx = path.join(await scratch.folder('tbx'), 'glossary.tbx');
    const { stdout } = await translations(root, 'glossary', 'export', tbx);
    const count = Number(/(\d+) terms \(TBX-Basic\)/.exec(stdout)?.[1]);
    expect(count).toBeGreaterThan(10);
    const text = await readFile(tbx, 'utf8');
    expect(text.match(/<termEntry /g)).toHaveLength(count);
    expect(text).toContain('<term>INL</term>\n            <termNote type="termType">acronym</termNote>');
    expect(text).toContain('<termNote type="transferComment">do not translate</termNote>');
    const wellFormed = await run('xmllint', ['--noout', '--nonet', tbx], 'libxml2-utils');
    expect(wellFormed.code, wellFormed.stderr).toBe(0);
    const po = path.join(path.dirname(tbx), 'glossary.po');
    const converted = await run('tbx2po', ['--progress=none', '-i', tbx, '-o', po], 'translate-toolkit');
    expect(converted.code, converted.stderr).toBe(0);
    const poText = await readFile(po, 'utf8');
    expect(poText).toContain(
      'msgid "Bureau of International Narcotics and Law Enforcement Affairs"\nmsgstr "Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley"',
    );
    expect(poText.match(/^msgid "[^"]/gm)?.length).toBe(count);
  });
});
