import { describe, expect, it } from 'vitest';
import { identicalCheck } from '../../../src/translation/checks/identical.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

describe('identical', () => {
  it('reports a heading left in English, whose status is identical', () => {
    const document = pageDocument(
      '## Goals {#goals}\n\nINL’s goals in Mexico are:\n',
      '## Goals {#goals}\n\nLos objetivos de la INL en México son los siguientes:\n',
    );
    expect(document.units.map((unit) => unit.status)).toEqual(['identical', 'translated']);
    expect(runChecks([document], [identicalCheck], context())).toEqual([
      {
        check: 'identical',
        severity: 'warning',
        lang: 'es',
        document: 'mexico',
        unit: 'goals.1',
        file: 'content/es/mexico.md',
        line: 1,
        column: 1,
        source: 'Goals',
        target: 'Goals',
        message:
          'The translation is the source text unchanged: translate it, or, if it is the same in both languages (a name), leave it.',
      },
    ]);
  });

  it.each([
    ['a year', '2019'],
    ['an acronym', 'INL'],
    ['an amount', '71,000'],
  ])('does not take %s, the same in both languages, for an untranslated text', (_, text) => {
    const unit = pageUnit(text, text);
    expect(unit.status).toBe('translated');
    expect(identicalCheck.check(unit, context())).toEqual([]);
  });

  it('does not report a translated text', () => {
    expect(identicalCheck.check(pageUnit('## Goals {#goals}', '## Objetivos {#goals}'), context())).toEqual([]);
  });
});
