/**
 * A unit's codes as tokens in the editor's text field, and back: the
 * tokens the unit has come back as its codes; a token broken, unknown,
 * closed before it opens or never closed is a problem that stops the save.
 */
import { describe, expect, it } from 'vitest';
import { editableText, readEditable, token } from '../../src/dev/editor/editor-text.ts';
import type { Inline, InlineCode } from '../../src/pipeline/inline-runs.ts';

const open: InlineCode = { kind: 'open', id: '1', type: 'bold', original: '**' };
const close: InlineCode = { kind: 'close', id: '1', type: 'bold', original: '**' };
const code: InlineCode = { kind: 'standalone', id: '2', type: 'code', original: '`npm`' };
const content: Inline[] = ['Run ', open, 'this', close, ' with ', code, '.'];

describe('the editor’s tokens', () => {
  it('show each code as a token named by what it is, and read back to the same runs', () => {
    expect(editableText(content)).toBe('Run ⟦b1⟧this⟦/b1⟧ with ⟦code2/⟧.');
    expect(readEditable('Ejecute ⟦b1⟧esto⟦/b1⟧ con ⟦code2/⟧.', [open, close, code])).toEqual({
      content: ['Ejecute ', open, 'esto', close, ' con ', code, '.'],
      problems: [],
    });
    expect(token(code)).toBe('⟦code2/⟧');
  });

  it('lets a token move with its words', () => {
    expect(readEditable('⟦code2/⟧: ⟦b1⟧esto⟦/b1⟧', [open, close, code]).problems).toEqual([]);
  });

  it.each([
    ['a token broken by an edit', 'Ejecute ⟦b1⟧esto⟦/b1 con ⟦code2/⟧.', /A token is broken/],
    ['a token the unit has not', 'Ejecute ⟦b7⟧esto⟦/b1⟧ ⟦code2/⟧.', /⟦b7⟧ is not one of this unit's codes/],
    ['a close before its open', 'Ejecute ⟦/b1⟧esto⟦b1⟧ ⟦code2/⟧.', /⟦\/b1⟧ closes before its ⟦b1⟧ opens/],
    ['an open never closed', 'Ejecute ⟦b1⟧esto ⟦code2/⟧.', /⟦b1⟧ is never closed: add ⟦\/b1⟧/],
  ])('finds %s', (_, text, problem) => {
    const problems = readEditable(text, [open, close, code]).problems;
    expect(
      problems.some((found) => problem.test(found)),
      problems.join('\n'),
    ).toBe(true);
  });
});
