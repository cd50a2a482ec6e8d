/**
 * Fuzzy matches from the translation memory are offered, never inserted: in
 * XLIFF 1.2 as `<alt-trans match-quality>`, in XLIFF 2.0 in the Translation
 * Candidates module (`<mtc:matches>`), and in `status --format json`. Both
 * exports stay what the tools read: 2.0 validates against the OASIS core
 * schema (xmllint), 1.2 converts with Translate Toolkit's xliff2po. A
 * match whose numbers differ from the new source says which.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, scratchFolders } from '../helpers.ts';
import { run } from './run-tool.ts';
import { translations } from './run-translations.ts';

const scratch = scratchFolders();
const schema = path.join(projectRoot, 'schemas/xliff-2.0/xliff_core_2.0.xsd');

/** A page whose one paragraph is the Mexico page's second, with a word and a number changed. */
async function addPage(root: string): Promise<string> {
  const mexico = await readFile(path.join(root, 'content/en/mexico.md'), 'utf8');
  const paragraph = /## Challenges \{#challenges\}\n\n(.*)\n/.exec(mexico)?.[1] ?? '';
  const changed = paragraph
    .replace('more than 71,000', 'more than 70,630')
    .replace('requires strong', 'requires close');
  expect(changed).not.toBe(paragraph);
  await writeFile(
    path.join(root, 'content/en/overdoses.md'),
    `---\nid: overdoses\nlang: en\ntitle: Overdoses\n---\n\n${changed}\n`,
  );
  return changed;
}

describe('fuzzy matches', () => {
  it('appear in both XLIFF exports, which still validate and convert, and in status', async () => {
    const root = await scratch.project(projectRoot);
    await addPage(root);
    const out = await scratch.folder('xliff');
    await translations(root, 'export', '--lang', 'es', '--page', 'overdoses', '--out', out);
    await translations(root, 'export', '--lang', 'es', '--page', 'overdoses', '--xliff', '2.0', '--out', out);
    const xliff12 = path.join(out, '1.2/es/overdoses.xlf');
    const xliff20 = path.join(out, '2.0/es/overdoses.xlf');

    const text12 = await readFile(xliff12, 'utf8');
    expect(text12).toMatch(/<alt-trans match-quality="9\d" origin="content\/es\/mexico\.md#challenges\.2">/);
    expect(text12).toContain("Numbers differ: 70,630 in this source, 71,000 in the match's.");
    expect(text12).not.toMatch(/<target state="translated"/);
    const text20 = await readFile(xliff20, 'utf8');
    expect(text20).toContain('xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"');
    expect(text20).toMatch(
      /<mtc:match ref="#s1" matchQuality="9\d\.0" origin="content\/es\/mexico\.md#challenges\.2" type="tm">/,
    );

    const valid = await run('xmllint', ['--noout', '--nonet', '--schema', schema, xliff20], 'libxml2-utils');
    expect(valid.stderr).toContain('validates');
    const po = path.join(out, 'overdoses.po');
    const converted = await run('xliff2po', ['--progress=none', '-i', xliff12, '-o', po], 'translate-toolkit');
    expect(converted.code, converted.stderr).toBe(0);
    // The match is offered, not taken: the PO's translation of the paragraph is empty.
    const poText = await readFile(po, 'utf8');
    expect(poText).toContain('more than 70,630');
    expect(poText).not.toContain('más de 71,000');

    const status = JSON.parse((await translations(root, 'status', '--format', 'json', '--lang', 'es')).stdout) as {
      languages: {
        blocks: {
          items: { document: string; id: string; matches?: { score: number; origin: string; numbers?: unknown }[] }[];
        };
      }[];
    };
    const item = status.languages[0]?.blocks.items.find(
      (unit) => unit.document === 'overdoses' && unit.id === 'intro.1',
    );
    expect(item?.matches?.[0]).toMatchObject({
      origin: 'content/es/mexico.md#challenges.2',
      numbers: { source: ['70,630'], match: ['71,000'] },
    });
    expect(item?.matches?.[0]?.score).toBeGreaterThanOrEqual(75);
  });
});
