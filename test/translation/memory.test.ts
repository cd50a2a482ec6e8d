/**
 * The translation memory's exact matches: the same words and the same codes,
 * whatever the whitespace; two different translations are a conflict; a unit
 * filled from memory and not confirmed is not offered again.
 */
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/pipeline/inline-runs.ts';
import { exactKey } from '../../src/translation/memory/exact-key.ts';
import { siteEntries, translationMemory } from '../../src/translation/memory/translation-memory.ts';
import type { UnitDocument } from '../../src/translation/unit.ts';

const bold = (kind: 'open' | 'close'): Inline => ({ kind, id: '1', type: 'bold', original: '**' });
const link = (url: string): Inline => ({ kind: 'close', id: '1', type: 'link', original: `](${url})` });

describe('exact keys', () => {
  it('are the same for the same words and codes, whatever the whitespace', () => {
    expect(exactKey(['Hello  ', bold('open'), 'world', bold('close')])).toBe(
      exactKey(['Hello\n', bold('open'), 'world', bold('close'), ' ']),
    );
  });

  it('differ for a code that stands for something else (a link to another address)', () => {
    expect(exactKey(['see', link('https://a.example')])).not.toBe(exactKey(['see', link('https://b.example')]));
    expect(exactKey(['one', bold('open')])).not.toBe(exactKey(['one']));
  });
});

function document(id: string, units: UnitDocument['units']): UnitDocument {
  return {
    kind: 'page',
    id,
    sourceLanguage: 'en',
    lang: 'es',
    sourcePath: `content/en/${id}.md`,
    targetPath: `content/es/${id}.md`,
    units,
  };
}

const unit = (source: string, target: string, extra: { memory?: string; status?: 'translated' | 'stale' } = {}) => ({
  id: 'intro.1',
  kind: 'paragraph' as const,
  source: { text: source, content: [source], file: 'x' },
  target: { text: target, content: [target], file: 'y' },
  status: extra.status ?? ('translated' as const),
  ...(extra.memory ? { memory: extra.memory } : {}),
});

describe('the translation memory', () => {
  it('matches the confirmed translations of a source, with every place they are', () => {
    const memory = translationMemory(
      siteEntries(
        new Map([
          [
            'es',
            [
              document('a', [unit('Visas.', 'Visas.')]),
              document('b', [unit('Visas.', 'Visas.')]),
              document('c', [unit('Visas.', 'Otras visas.', { memory: 'content/es/x.md#intro.1' })]),
              document('d', [unit('Visas.', 'Visados.', { status: 'stale' })]),
            ],
          ],
        ]),
      ),
    );
    expect(memory.size).toBe(2);
    expect(memory.exact('es', ['Visas.'])).toEqual({
      kind: 'match',
      source: ['Visas.'],
      target: ['Visas.'],
      origins: ['content/es/a.md#intro.1', 'content/es/b.md#intro.1'],
    });
    expect(memory.exact('fr', ['Visas.'])).toBeUndefined();
    expect(memory.exact('es', ['Passports.'])).toBeUndefined();
  });

  it('gives a conflict, with each candidate once, when the memory has two translations', () => {
    const memory = translationMemory(
      siteEntries(
        new Map([['es', [document('a', [unit('Visas.', 'Visas.')]), document('b', [unit('Visas.', 'Visados.')])]]]),
      ),
    );
    const found = memory.exact('es', ['Visas.']);
    expect(found?.kind).toBe('conflict');
    expect(found?.kind === 'conflict' && found.candidates.map((entry) => entry.origin)).toEqual([
      'content/es/a.md#intro.1',
      'content/es/b.md#intro.1',
    ]);
  });
});
