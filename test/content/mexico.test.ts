/**
 * The Mexico page is faithful to its source (the public INL summary): the
 * structure the source has, its typos fixed, its banner published once and
 * its site chrome left out.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/pipeline/remark-blocks.ts';
import { pageBlocks } from '../../src/translation/check.ts';
import { projectRoot, reported } from '../helpers.ts';

const blocks: Record<string, Block[]> = {};
const text: Record<string, string> = {};

beforeAll(async () => {
  for (const lang of ['en', 'es']) {
    text[lang] = await readFile(path.join(projectRoot, `content/${lang}/mexico.md`), 'utf8');
    const file = new VFile({ path: `content/${lang}/mexico.md`, value: text[lang] });
    blocks[lang] = await pageBlocks(file, { page: 'mexico', lang, sourceLanguage: 'en' });
    // No error or warning (reading-level notes are measures, not findings).
    expect(reported(file)).toEqual([]);
  }
});

const shape = (lang: string) => (blocks[lang] ?? []).map((block) => `${block.section}:${block.kind}${block.shape ? `:${block.shape}` : ''}${block.inline.strong ? ':bold' : ''}`);

describe('the Mexico page', () => {
  it('has the source’s structure in both languages: intro, Challenges, Goals (5 ordered, bold labels), Accomplishments (3 bulleted, bold labels)', () => {
    const expected = [
      'intro:paragraph',
      'challenges:heading:h2',
      'challenges:paragraph',
      'goals:heading:h2',
      'goals:paragraph',
      ...Array.from({ length: 5 }, () => 'goals:listItem:ordered:bold'),
      'accomplishments:heading:h2',
      'accomplishments:paragraph',
      ...Array.from({ length: 3 }, () => 'accomplishments:listItem:bullet:bold'),
    ];
    expect(shape('en')).toEqual(expected);
    expect(shape('es')).toEqual(expected);
  });

  it('publishes the INL paragraph once (the source repeats it as a site banner)', () => {
    expect(text.en?.match(/works to keep Americans safe at home/g)).toHaveLength(1);
    expect(text.es?.match(/trabaja para mantener seguros a los estadounidenses/g)).toHaveLength(1);
  });

  it('fixes the source’s typos', () => {
    expect(text.en).not.toMatch(/tohelp|ensurethe|Marshalls/);
    expect(text.en).toContain('to help Mexico achieve accreditation');
    expect(text.en).toContain('will ensure the ability of states');
    expect(text.en).toContain('U.S. Marshals and their INL-trained Mexican counterparts');
  });

  it('leaves the site chrome out', () => {
    for (const lang of ['en', 'es']) {
      expect(text[lang]).not.toContain('The Lessons of 1989');
      expect(blocks[lang]?.some((block) => block.text === 'U.S. Department of State')).toBe(false);
    }
  });

  it('writes dollars out in Spanish (a bare $ means pesos in Mexico) and marks the English agency name', () => {
    expect(text.es).not.toMatch(/\$\s?\d/);
    expect(text.es).toContain('12 millones de dólares');
    expect(text.es).toContain('Servicio de Alguaciles de los Estados Unidos (:lang[U.S. Marshals]{lang=en})');
  });

  it('writes out INL in full at its first use in both languages', () => {
    expect(blocks.en?.[0]?.text).toMatch(/^The U\.S\. Department of State’s Bureau of International Narcotics and Law Enforcement Affairs \(INL\)/);
    expect(blocks.es?.[0]?.text).toMatch(/^La Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley \(INL, por sus siglas en inglés\)/);
  });
});
