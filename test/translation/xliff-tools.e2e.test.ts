/**
 * The XLIFF the package writes, in the tools translators and CI use: XLIFF
 * 2.0 validates against the OASIS core schema (xmllint, from Debian's
 * libxml2-utils), XLIFF 1.2 converts with Translate Toolkit's xliff2po and
 * passes its pofilter checks.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations } from '../../src/cli/translations/index.ts';
import type { Inline } from '../../src/pipeline/inline-runs.ts';
import type { UnitDocument } from '../../src/translation/unit.ts';
import { toXliff12 } from '../../src/translation/xliff/write-xliff-12.ts';
import { toXliff20 } from '../../src/translation/xliff/write-xliff-20.ts';
import { projectRoot, runInProcess, scratchProject } from '../helpers.ts';
import { namespace, page } from './fixtures/xliff/documents.ts';
import { run } from './run-tool.ts';

/** The OASIS XLIFF 2.0 core schema, kept in the repository so that validation runs offline. */
const schema = path.join(projectRoot, 'schemas/xliff-2.0/xliff_core_2.0.xsd');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'xliff-tools-'));
});
afterAll(async () => rm(scratch, { recursive: true, force: true }));

async function scratchFile(name: string, value: string): Promise<string> {
  const file = path.join(scratch, name);
  await writeFile(file, value, 'utf8');
  return file;
}

/** Replace one exact passage (it must be there). */
function seeded(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

function textOf(content: readonly Inline[]): string {
  return content.filter((run) => typeof run === 'string').join('');
}

const validate = (file: string) => run('xmllint', ['--noout', '--nonet', '--schema', schema, file], 'libxml2-utils');

describe('XLIFF 2.0 against the OASIS core schema (xmllint)', () => {
  it.each([
    ['page', page],
    ['namespace', namespace],
  ] as const)('validates (%s)', async (name, document: UnitDocument) => {
    const result = await validate(await scratchFile(`${name}.xlf`, toXliff20(document)));
    expect(result.stderr).toContain('validates');
    expect(result.code).toBe(0);
  });

  it('fails validation when seeded with a state the schema does not have', async () => {
    const file = await scratchFile(
      'invalid.xlf',
      seeded(toXliff20(page), '<segment state="translated">', '<segment state="done">'),
    );
    const result = await validate(file);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/'done' is not an element of the set/);
  });
});

/** The entries of a PO file (header left out), with their location and extracted comments. */
function poEntries(po: string): { location: string; comments: string[]; msgid: string; msgstr: string }[] {
  const unquote = (lines: string[]) =>
    lines.map((line) => JSON.parse(line.replace(/^(msgid|msgstr) /, '')) as string).join('');
  return po
    .split(/\n\n+/)
    .map((block) => block.split('\n'))
    .map((lines) => {
      const msgid = lines.findIndex((line) => line.startsWith('msgid '));
      const msgstr = lines.findIndex((line) => line.startsWith('msgstr '));
      const end = lines.findIndex((line, index) => index > msgstr && !line.startsWith('"'));
      return {
        location: lines.find((line) => line.startsWith('#: '))?.slice(3) ?? '',
        comments: lines.filter((line) => line.startsWith('#. ')).map((line) => line.slice(3)),
        msgid: unquote(lines.slice(msgid, msgstr)),
        msgstr: unquote(lines.slice(msgstr, end === -1 ? undefined : end)),
      };
    })
    .filter((entry) => entry.msgid !== '');
}

describe('XLIFF 1.2 in Translate Toolkit', () => {
  async function toPo(name: string, xml: string): Promise<string> {
    const input = await scratchFile(`${name}.xlf`, xml);
    const output = path.join(scratch, `${name}.po`);
    const result = await run('xliff2po', ['--progress=none', '-i', input, '-o', output], 'translate-toolkit');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return readFile(output, 'utf8');
  }

  it.each([
    ['page', page],
    ['namespace', namespace],
  ] as const)(
    'converts a %s to PO: one entry per unit, with its text and notes',
    async (name, document: UnitDocument) => {
      const entries = poEntries(await toPo(name, toXliff12(document)));
      expect(entries.map(({ msgid, msgstr }) => ({ msgid, msgstr }))).toEqual(
        document.units.map((unit) => ({
          msgid: textOf(unit.source.content),
          msgstr: unit.target ? textOf(unit.target.content) : '',
        })),
      );
      expect(entries.map((entry) => entry.location)).toEqual(
        document.units.map((unit) => unit.id.replaceAll(' ', '+')),
      );
      document.units.forEach((unit, index) => expect(entries[index]?.comments).toEqual(unit.notes ?? []));
    },
  );

  it('lets pofilter flag a number changed in a target, and nothing in the clean export', async () => {
    const check = async (name: string, xml: string) => {
      await toPo(name, xml);
      return run(
        'pofilter',
        ['--progress=none', '--test=numbers', '-i', path.join(scratch, `${name}.po`)],
        'translate-toolkit',
      );
    };
    const [passed, flagged] = await Promise.all([
      check('clean', toXliff12(page)),
      check('wrong-number', seeded(toXliff12(page), 'Respondemos en 3 días', 'Respondemos en 5 días')),
    ]);
    expect(passed.code).toBe(0);
    expect(poEntries(passed.stdout)).toEqual([]);
    expect(flagged.code).toBe(0);
    const entries = poEntries(flagged.stdout);
    expect(entries.map((entry) => [entry.location, entry.msgstr])).toEqual([
      ['goals.3', 'Respondemos en 5 días hábiles.'],
    ]);
    expect(flagged.stdout).toContain('(pofilter) numbers');
  });
});

describe('the shipped translation, exported, in the tools translators and CI use', () => {
  it('XLIFF 2.0 validates against the OASIS core schema; XLIFF 1.2 converts with xliff2po and passes pofilter', async () => {
    const root = await scratchProject(projectRoot);
    try {
      for (const version of ['2.0', '1.2']) {
        const exported = await runInProcess(translations, ['export', '--xliff', version, '--root', root]);
        expect(exported.code, exported.stderr).toBe(0);
      }
      const xliffFile = (version: string, id: string) =>
        path.join(root, 'translation-files/xliff', version, 'es', `${id}.xlf`);
      // The units the site has, by document (blocks of the page, UI strings), each of which must be an entry.
      const status = await runInProcess(translations, ['status', '--format', 'json', '--root', root]);
      type Items = { items: { id: string }[] };
      const [spanish] = (JSON.parse(status.stdout) as { languages: { blocks: Items; strings: Items }[] }).languages;
      const unitIds = {
        mexico: spanish?.blocks.items.map((item) => item.id) ?? [],
        ui: spanish?.strings.items.map((item) => item.id) ?? [],
      };
      expect(unitIds.mexico.length).toBeGreaterThan(10);
      expect(unitIds.ui.length).toBeGreaterThan(5);
      for (const id of ['mexico', 'ui'] as const) {
        const valid = await validate(xliffFile('2.0', id));
        expect(valid.stderr).toContain('validates');
        const po = path.join(root, `${id}.po`);
        const converted = await run(
          'xliff2po',
          ['--progress=none', '-i', xliffFile('1.2', id), '-o', po],
          'translate-toolkit',
        );
        expect(converted.code, converted.stderr).toBe(0);
        // Every unit is an entry, at its id, in order.
        const entries = poEntries(await readFile(po, 'utf8'));
        expect(entries.map((entry) => entry.location)).toEqual(unitIds[id].map((unit) => unit.replaceAll(' ', '+')));
        // The checks a reviewer would run in Translate Toolkit find nothing to fix in numbers, URLs or placeholders.
        const { stdout } = await run(
          'pofilter',
          ['--progress=none', '--test=numbers', '--test=urls', '--test=variables', '--test=doublewords', '-i', po],
          'translate-toolkit',
        );
        expect(stdout.match(/^msgid /gm) ?? []).toEqual([]);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
