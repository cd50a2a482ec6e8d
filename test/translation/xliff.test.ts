/**
 * XLIFF 1.2 and 2.0, written and read back in-process: codes, states, ids,
 * and every problem of a file at its line and column. The files in the
 * tools translators use (xmllint, Translate Toolkit): xliff-tools.e2e.test.ts.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { targetDigest } from '../../src/translation/xliff/exported-target.ts';
import type { Inline } from '../../src/pipeline/inline-runs.ts';
import type { UnitDocument, UnitStatus } from '../../src/translation/unit.ts';
import {
  readXliff,
  type ImportedInline,
  type SegmentState,
  type XliffDocument,
} from '../../src/translation/xliff/read-xliff.ts';
import { toXliff12 } from '../../src/translation/xliff/write-xliff-12.ts';
import { toXliff20 } from '../../src/translation/xliff/write-xliff-20.ts';
import { reported } from '../helpers.ts';
import { namespace, page, unit } from './fixtures/xliff/documents.ts';

const writers = { '1.2': toXliff12, '2.0': toXliff20 } as const;

const expectedStates: Record<UnitStatus, SegmentState> = {
  missing: 'initial',
  stale: 'needs-review',
  translated: 'translated',
  identical: 'translated',
};

/** Codes as the reader gives them back: kind and id only. */
function reduced(content: readonly Inline[]): ImportedInline[] {
  return content.map((run) => (typeof run === 'string' ? run : { kind: run.kind, id: run.id }));
}

function read(value: string, name = 'x.xlf'): { document: XliffDocument | undefined; file: VFile } {
  const file = new VFile({ path: name, value });
  return { document: readXliff(file), file };
}

/** Line and column (1-based) of the `occurrence`-th `needle` in `text`. */
function where(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let count = 0; count < occurrence; count++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`No ${needle} (${occurrence}) in the fixture`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Replace one exact passage (it must be there). */
function seeded(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe.each(['1.2', '2.0'] as const)('XLIFF %s', (version) => {
  const write = writers[version];

  it.each([
    ['page', page],
    ['namespace', namespace],
  ] as const)('round-trips a %s: ids, source and target runs, states', (_, document: UnitDocument) => {
    const { document: result, file } = read(write(document));
    expect(reported(file)).toEqual([]);
    expect(result).toMatchObject({
      version,
      kind: document.kind,
      id: document.id,
      sourceLanguage: 'en',
      lang: 'es',
      original: document.sourcePath,
    });
    expect(result?.units.map(({ position: _position, ...rest }) => rest)).toEqual(
      document.units.map((unit) => ({
        id: unit.id,
        source: reduced(unit.source.content),
        ...(unit.target && unit.status !== 'missing' ? { target: reduced(unit.target.content) } : {}),
        state: expectedStates[unit.status],
        // What the translation was when exported, for the import to find a later local edit.
        exportedTarget: targetDigest(unit.target?.text),
      })),
    );
    expect(result?.units.every((unit) => unit.position !== undefined)).toBe(true);
  });

  it('writes the same bytes for the same document, with a declaration, indentation and a final newline', () => {
    const xml = write(page);
    expect(write(page)).toBe(xml);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff ')).toBe(true);
    expect(xml.endsWith('</xliff>\n')).toBe(true);
    expect(xml).toMatch(/\n {8}<source>Visit the <[a-z]+ id="1"/);
  });

  it('keeps the Markdown the codes stand for out of the text', () => {
    const texts = [...write(page).matchAll(/<(source|target)>([\s\S]*?)<\/\1>/g)].map((match) =>
      (match[2] ?? '').replace(/<[^>]*>/g, ''),
    );
    expect(texts.join('\n')).toContain('consular section');
    for (const syntax of ['**', '](', '`', ':lang[', ']{lang']) expect(texts.join('\n')).not.toContain(syntax);
  });

  it('round-trips text XML would change: `]]>`, `&`, `<`, a carriage return, a tab, spaces at the ends', () => {
    const paths = { sourcePath: 'locales/en/ui.json', targetPath: 'locales/es/ui.json' };
    const value = ' a ]]> b & <c> "q"\r\nnext\ttab ';
    const document: UnitDocument = {
      ...namespace,
      units: [unit(paths, 'odd', [value], { target: [value.toUpperCase()] })],
    };
    const { document: result, file } = read(write(document));
    expect(reported(file)).toEqual([]);
    expect(result?.units[0]).toMatchObject({ source: [value], target: [value.toUpperCase()] });
  });
});

describe('XLIFF 1.2 output', () => {
  it('marks each code with a ctype and shows what a standalone stands for', () => {
    const xml = toXliff12(page);
    expect(xml).toContain('<g id="1" ctype="bold">consular section</g>');
    expect(xml).toContain('<g id="2" ctype="link">our office</g>');
    expect(xml).toContain('<x id="3" ctype="x-code" equiv-text="`DS-160`"/>');
    expect(xml).toContain('<g id="4" ctype="x-lang">bonjour</g>');
    expect(xml).toContain('<target state="new"/>');
    expect(xml).toContain('<target state="needs-review-translation">Solicite en persona.</target>');
    expect(toXliff12(namespace)).toContain(
      '<trans-unit id="search.label" resname="search.label" xml:space="preserve">',
    );
  });

  it('refuses a character XML cannot carry, naming the unit', () => {
    const paths = { sourcePath: 'locales/en/ui.json', targetPath: 'locales/es/ui.json' };
    const document: UnitDocument = { ...namespace, units: [unit(paths, 'bell', ['ring \u0007'])] };
    expect(() => toXliff12(document)).toThrow(/Unit `bell` contains U\+0007/);
  });
});

describe('XLIFF 2.0 output', () => {
  it('keeps each original in originalData, encodes an id that is not an NMTOKEN, and marks a stale unit', () => {
    const xml = toXliff20(page);
    expect(xml).toContain(
      '<pc id="1" dataRefStart="d1" dataRefEnd="d1" type="fmt" subType="xlf:b">consular section</pc>',
    );
    expect(xml).toContain('<data id="d3">](https://mx.usembassy.gov/visit/)</data>');
    // The translation links to another address: its close has data of its own.
    expect(xml).toContain('<data id="d7">](https://mx.usembassy.gov/es/visita/)</data>');
    expect(xml).toContain('<segment state="initial" subState="embassy:stale">');
    expect(toXliff20(namespace)).toContain('<ph id="1" dataRef="d1" type="ui" subType="xlf:var" disp="{{name}}"/>');
    expect(toXliff20(namespace)).toContain('<unit id="menu.Home:20:page" name="menu.Home page">');
  });

  it('writes a character XML cannot carry as `<cp/>` and reads it back', () => {
    const paths = { sourcePath: 'locales/en/ui.json', targetPath: 'locales/es/ui.json' };
    const document: UnitDocument = {
      ...namespace,
      units: [unit(paths, 'bell', ['ring \u0007'], { target: ['suena \u0007'] })],
    };
    const xml = toXliff20(document);
    expect(xml).toContain('<source>ring <cp hex="0007"/></source>');
    expect(read(xml).document?.units[0]).toMatchObject({ source: ['ring \u0007'], target: ['suena \u0007'] });
  });
});

const header20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:embassy="urn:embassy-content:xliff" version="2.0" srcLang="en" trgLang="es">
  <file id="mexico" original="content/en/mexico.md" embassy:kind="page">`;

function xliff20(units: string): string {
  return `${header20}\n${units}\n  </file>\n</xliff>\n`;
}

/** The one message on a file that could not be read, with where it is. */
function onlyMessage(value: string) {
  const { document, file } = read(value);
  expect(document).toBeUndefined();
  const messages = reported(file);
  expect(messages).toHaveLength(1);
  expect(messages[0]?.rule).toBe('xliff');
  expect(messages[0]?.fatal).toBe(true);
  return messages[0];
}

describe('reading: every problem at its line:column, and no document', () => {
  it('reports malformed XML where the parser stopped', () => {
    const xml = xliff20(`    <unit id="title">
      <segment>
        <source>Tom & Jerry</source>
      </segment>
    </unit>`);
    const message = onlyMessage(xml);
    const ampersand = where(xml, 'Tom &');
    expect(message?.line).toBe(ampersand.line);
    // The parser stops a little after the `&`, where it sees no `;`.
    expect(message?.column).toBeGreaterThanOrEqual(ampersand.column + 4);
    expect(message?.column).toBeLessThan(ampersand.column + 12);
    expect(message?.reason).toMatch(/^This file is not well-formed XML: .+\. Fix the markup here.*`&amp;`/);
  });

  it('refuses a file that is not XLIFF, or an XLIFF version other than 1.2 and 2.0', () => {
    expect(onlyMessage('<?xml version="1.0"?>\n<html><body/></html>\n')).toMatchObject({
      line: 2,
      column: 1,
      reason: expect.stringMatching(/not an XLIFF file: its root element is `<html>`/),
    });
    const xml = seeded(
      xliff20('    <unit id="title"><segment><source>Hi</source></segment></unit>'),
      'version="2.0"',
      'version="2.1"',
    );
    expect(onlyMessage(xml)).toMatchObject({
      line: 2,
      column: 1,
      reason: expect.stringMatching(/XLIFF version `2.1` is not supported; export .* as XLIFF 1.2 .* or 2.0/),
    });
  });

  it('needs the languages: srcLang/trgLang (2.0), source-language/target-language (1.2)', () => {
    expect(onlyMessage(seeded(toXliff20(page), ' trgLang="es"', ''))).toMatchObject({
      line: 2,
      column: 1,
      reason: expect.stringMatching(/no `trgLang`; add it: the language of the translation/),
    });
    const xml = seeded(toXliff12(page), ' source-language="en"', '');
    expect(onlyMessage(xml)).toMatchObject({
      line: 3,
      column: 3,
      reason: expect.stringMatching(/no `source-language`/),
    });
  });

  it.each(['1.2', '2.0'] as const)('reports a duplicate unit id at the second unit (%s)', (version) => {
    const element = version === '1.2' ? 'trans-unit' : 'unit';
    const xml = seeded(writers[version](page), `<${element} id="goals.1">`, `<${element} id="title">`);
    expect(onlyMessage(xml)).toMatchObject({
      ...where(xml, `<${element} id="title">`, 2),
      reason: `Unit id \`title\` is used twice (first on line ${where(xml, `<${element} id="title">`).line}); each unit needs its own id: delete the copy, or export the file again`,
    });
  });

  it('reports a target code the source does not have (1.2)', () => {
    const xml = seeded(toXliff12(page), 'y salúdenos con <g id="4"', 'y salúdenos con <g id="5"');
    expect(onlyMessage(xml)).toMatchObject({
      ...where(xml, '<g id="5"'),
      reason: 'Unit `goals.2` has a `<g id="5">` that its source does not have; keep the source\'s codes',
    });
  });

  it('reports a target code the source does not have, and original data that is not there (2.0)', () => {
    const xml = seeded(toXliff20(page), 'traiga el <ph id="3" dataRef="d4"', 'traiga el <ph id="9" dataRef="d9"');
    const { document, file } = read(xml);
    expect(document).toBeUndefined();
    expect(reported(file).map(({ line, column, reason }) => ({ line, column, reason }))).toEqual([
      {
        ...where(xml, '<ph id="9"'),
        reason:
          'Unit `goals.2` has a `<ph id="9"/>` whose `dataRef="d9"` is not in the unit\'s `<originalData>`; keep the source\'s codes as they are',
      },
      {
        ...where(xml, '<ph id="9"'),
        reason: 'Unit `goals.2` has a `<ph id="9"/>` that its source does not have; keep the source\'s codes',
      },
    ]);
  });

  it('refuses pairs that overlap in a target', () => {
    const xml = xliff20(`    <unit id="goals.2">
      <segment state="translated">
        <source><pc id="1">bold <pc id="2">and italic</pc></pc> text</source>
        <target><sc id="1"/>negrita <sc id="2"/>y<ec startRef="1"/> cursiva<ec startRef="2"/></target>
      </segment>
    </unit>`);
    expect(onlyMessage(xml)).toMatchObject({
      ...where(xml, '<ec startRef="1"/>'),
      reason:
        'Unit `goals.2` has overlapping codes in its target: `2` opens inside `1` but closes after it (`<ec startRef="1"/>`); close `2` before `1` closes, so that one pair is inside the other',
    });
  });

  it('refuses an open without its close, and unknown inline elements; unwraps `<mrk>`', () => {
    const xml = xliff20(`    <unit id="goals.2">
      <segment state="translated">
        <source><pc id="1">bold</pc> <mrk id="m1" type="term">text</mrk></source>
        <target><sc id="1"/>negrita <b>texto</b></target>
      </segment>
    </unit>`);
    const { document, file } = read(xml);
    expect(document).toBeUndefined();
    expect(reported(file).map(({ line, column, reason }) => ({ line, column, reason }))).toEqual([
      {
        ...where(xml, '<b>'),
        reason: 'Unit `goals.2` has a `<b>`, which XLIFF 2.0 does not allow in text; remove it and keep the text',
      },
      {
        ...where(xml, '<sc id="1"/>'),
        reason:
          'Unit `goals.2` opens code `1` in its target (`<sc id="1"/>`) but never closes it; add its close, or delete the open',
      },
    ]);
    const fixed = read(
      seeded(xml, '<sc id="1"/>negrita <b>texto</b>', '<pc id="1">negrita</pc> <mrk id="m1" type="term">texto</mrk>'),
    );
    expect(reported(fixed.file)).toEqual([]);
    expect(fixed.document?.units[0]?.source).toEqual([
      { kind: 'open', id: '1' },
      'bold',
      { kind: 'close', id: '1' },
      ' text',
    ]);
  });

  it('refuses a file with two `<file>`s, at the second', () => {
    const one = toXliff12(page);
    const fileElement = one.slice(one.indexOf('  <file '), one.indexOf('</xliff>'));
    const xml = seeded(one, '</xliff>', `${fileElement}</xliff>`);
    expect(onlyMessage(xml)).toMatchObject({
      ...where(xml, '<file ', 2),
      reason:
        'This XLIFF file has 2 `<file>` elements; it must hold one page or one set of UI strings: split it into one XLIFF file per `<file>`',
    });
  });

  it('maps every 1.2 state, and refuses one it does not know', () => {
    const states: Record<string, SegmentState> = {
      new: 'initial',
      'needs-translation': 'initial',
      'needs-adaptation': 'initial',
      'needs-l10n': 'initial',
      'needs-review-translation': 'needs-review',
      'needs-review-l10n': 'needs-review',
      translated: 'translated',
      'signed-off': 'reviewed',
      final: 'final',
    };
    for (const [value, state] of Object.entries(states)) {
      const { document } = read(
        seeded(
          toXliff12(page),
          '<target state="translated">Nuestros objetivos',
          `<target state="${value}">Nuestros objetivos`,
        ),
      );
      expect(document?.units[1]).toMatchObject({ id: 'goals.1', state, target: ['Nuestros objetivos'] });
    }
    const { document } = read(
      seeded(toXliff12(page), '<target state="translated">Nuestros objetivos', '<target>Nuestros objetivos'),
    );
    expect(document?.units[1]?.state).toBe('translated');
    const xml = seeded(toXliff12(page), '<target state="translated">Nuestros', '<target state="x-done">Nuestros');
    expect(onlyMessage(xml)).toMatchObject({
      ...where(xml, '<target state="x-done">'),
      reason: expect.stringMatching(
        /^Unit `goals.1` has `state="x-done"`, which this project does not know; use one of `new`/,
      ),
    });
  });

  it('maps the 2.0 states, a stale subState to needs-review, and a unit split into segments back to one', () => {
    const xml = xliff20(`    <unit id="goals.2">
      <segment state="reviewed">
        <source>One.</source>
        <target>Uno.</target>
      </segment>
      <ignorable>
        <source> </source>
      </ignorable>
      <segment state="final">
        <source>Two <ph id="1"/>.</source>
        <target>Dos <ph id="1"/>.</target>
      </segment>
    </unit>
    <unit id="goals.3">
      <segment state="translated" subState="embassy:stale">
        <source>Three.</source>
        <target>Tres.</target>
      </segment>
    </unit>`);
    const { document, file } = read(xml);
    expect(reported(file)).toEqual([]);
    expect(document?.units.map(({ position: _position, ...rest }) => rest)).toEqual([
      {
        id: 'goals.2',
        source: ['One. Two ', { kind: 'standalone', id: '1' }, '.'],
        target: ['Uno. Dos ', { kind: 'standalone', id: '1' }, '.'],
        state: 'reviewed',
      },
      { id: 'goals.3', source: ['Three.'], target: ['Tres.'], state: 'translated' },
    ]);
  });
});
