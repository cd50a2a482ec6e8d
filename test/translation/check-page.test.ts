import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGlossary, type GlossaryTerm } from '../../src/content/glossary.ts';
import { checkPageTranslation } from '../../src/translation/check.ts';
import { rehash } from '../../src/translation/rehash.ts';
import { containsTerm } from '../../src/translation/glossary-terms.ts';
import { projectRoot, reported } from '../helpers.ts';

let glossary: GlossaryTerm[];
let english: string;
let spanish: string;

beforeAll(async () => {
  const glossaryFile = new VFile({
    path: 'content/glossary.yaml',
    value: await readFile(path.join(projectRoot, 'content/glossary.yaml'), 'utf8'),
  });
  glossary = readGlossary(glossaryFile, ['en', 'es'], 'en');
  expect(glossaryFile.messages).toEqual([]);
  english = await readFile(path.join(projectRoot, 'content/en/mexico.md'), 'utf8');
  spanish = await readFile(path.join(projectRoot, 'content/es/mexico.md'), 'utf8');
});

async function check(sourceText: string, translationText: string) {
  const source = new VFile({ path: 'content/en/mexico.md', value: sourceText });
  const translation = new VFile({ path: 'content/es/mexico.md', value: translationText });
  // As a translator does after updating a translation: record the source it translates, so every section is compared.
  await rehash({
    page: 'mexico',
    sourceLanguage: 'en',
    lang: 'es',
    source: new VFile({ path: source.path, value: sourceText }),
    translation,
  });
  translation.messages.length = 0;
  await checkPageTranslation({
    page: 'mexico',
    sourceLanguage: 'en',
    lang: 'es',
    source,
    translation,
    numberLocales: { en: 'en', es: 'es-MX' },
    glossary,
  });
  return reported(translation).filter((message) => message.rule !== 'front-matter');
}

/** Replace one exact passage of the shipped Spanish page (the passage must exist). */
function seeded(from: string, to: string): string {
  expect(spanish).toContain(from);
  return spanish.replace(from, to);
}

describe('the shipped Spanish page against the English', () => {
  it('keeps every number, list item and link, and uses the glossary terms: no findings', async () => {
    expect(await check(english, spanish)).toEqual([]);
  });
});

describe('seeded mistakes are found at the translated block', () => {
  it('a number written the Spain way (71.000 reads as 71 in Mexico)', async () => {
    expect(await check(english, seeded('más de 71,000 muertes', 'más de 71.000 muertes'))).toEqual([
      expect.objectContaining({
        rule: 'numbers',
        line: 18,
        column: 1,
        fatal: true,
        reason: expect.stringContaining('missing 71,000'),
      }),
    ]);
  });

  it('a changed amount', async () => {
    expect(await check(english, seeded('12 millones de dólares', '15 millones de dólares'))).toEqual([
      expect.objectContaining({
        rule: 'numbers',
        line: 34,
        fatal: true,
        reason: expect.stringContaining('missing 12,000,000'),
      }),
    ]);
  });

  it('a dropped list item', async () => {
    const findings = await check(english, seeded(/^5\. \*\*Reducir la impunidad.*\n/m.exec(spanish)?.[0] ?? 'x', ''));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'structure',
        fatal: true,
        reason: expect.stringContaining('5 ordered list items'),
      }),
    ]);
    expect(findings[0]?.reason).toContain('4 ordered list items');
  });

  it('a link with a different address, and a missing one', async () => {
    const source = english.replace(
      'INL’s goals in Mexico are:',
      'INL’s [goals](https://www.state.gov/inl) in Mexico are:',
    );
    const withWrongLink = seeded(
      'Los objetivos de la INL en México son los siguientes:',
      'Los [objetivos](https://www.state.gov/inl-es) de la INL en México son los siguientes:',
    );
    expect(await check(source, withWrongLink)).toEqual([
      expect.objectContaining({
        rule: 'links',
        line: 22,
        fatal: true,
        reason: expect.stringContaining('“https://www.state.gov/inl”'),
      }),
    ]);
    expect(await check(source, spanish)).toEqual([
      expect.objectContaining({ rule: 'links', line: 22, fatal: true, reason: expect.stringContaining('found none') }),
    ]);
  });

  it('a glossary term replaced by another (Spain’s “blanqueo”)', async () => {
    expect(await check(english, seeded('el lavado de dinero', 'el blanqueo de capitales'))).toEqual([
      expect.objectContaining({
        rule: 'glossary',
        line: 28,
        fatal: false,
        reason: expect.stringContaining('“lavado de dinero”'),
      }),
    ]);
  });

  it('a do-not-translate term translated', async () => {
    const translation = seeded('(INL, por sus siglas en inglés)', '(OAINAL)').replaceAll('la INL', 'la OAINAL');
    const findings = await check(english, translation);
    expect(findings.length).toBeGreaterThan(0);
    expect(
      findings.every(
        (finding) => finding.rule === 'glossary' && finding.reason.includes('“INL”; it is not translated'),
      ),
    ).toBe(true);
  });

  it('a bold label lost', async () => {
    expect(await check(english, seeded('**Reducir la impunidad:**', 'Reducir la impunidad:'))).toEqual([
      expect.objectContaining({ rule: 'formatting', line: 28, fatal: false, reason: expect.stringContaining('bold') }),
    ]);
  });
});

describe('glossary term matching', () => {
  it.each([
    ['Transnational criminal organizations exacerbate', 'transnational criminal organization', true],
    ['the U.S. Department of State’s Bureau', 'U.S. Department of State', true],
    ['seize criminal assets', 'seize', true],
    ['the seizure of', 'seize', false],
    ['$12 million', '$', true],
    ['el 20\u00a0%', '%', true],
    ['INLAND', 'INL', false],
    ['los Estados\nUnidos', 'los Estados Unidos', true],
  ])('%j has %j: %s', (text, term, expected) => {
    expect(containsTerm(text, term)).toBe(expected);
  });
});
