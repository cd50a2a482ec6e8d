import { describe, expect, it } from 'vitest';
import { consistencyCheck } from '../../../src/translation/checks/consistency.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import type { UnitStatus } from '../../../src/translation/unit.ts';
import { context, pageDocument } from './units.ts';

function goals(page: string, heading: string, status: UnitStatus = 'translated') {
  return pageDocument(
    '## Goals {#goals}\n\nINL’s goals in the country are:\n',
    `## ${heading} {#goals}\n\nLos objetivos de la INL en el país son los siguientes:\n`,
    { page, status },
  );
}

describe('consistency', () => {
  it('reports the same heading translated two ways on two pages, at both', () => {
    const message =
      'The same source text is translated 2 ways: “Objetivos” (mexico: goals.1), “Metas” (colombia: goals.1). Use one translation, unless the contexts really differ.';
    expect(
      runChecks([goals('mexico', 'Objetivos'), goals('colombia', 'Metas')], [consistencyCheck], context()),
    ).toEqual([
      {
        check: 'consistency',
        severity: 'warning',
        lang: 'es',
        document: 'mexico',
        unit: 'goals.1',
        file: 'content/es/mexico.md',
        line: 1,
        column: 1,
        source: 'Goals',
        target: 'Objetivos',
        message,
      },
      {
        check: 'consistency',
        severity: 'warning',
        lang: 'es',
        document: 'colombia',
        unit: 'goals.1',
        file: 'content/es/colombia.md',
        line: 1,
        column: 1,
        source: 'Goals',
        target: 'Metas',
        message,
      },
    ]);
  });

  it('accepts the same text translated the same way', () => {
    expect(
      runChecks([goals('mexico', 'Objetivos'), goals('colombia', 'Objetivos')], [consistencyCheck], context()),
    ).toEqual([]);
  });

  it('ignores a stale translation, which is expected to change', () => {
    expect(
      runChecks([goals('mexico', 'Objetivos'), goals('colombia', 'Metas', 'stale')], [consistencyCheck], context()),
    ).toEqual([]);
  });
});
