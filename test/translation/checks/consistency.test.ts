import { describe, expect, it } from 'vitest';
import { consistencyCheck } from '../../../src/translation/checks/consistency.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import type { UnitStatus } from '../../../src/translation/unit.ts';
import { context, namespaceDocument, pageDocument } from './units.ts';

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

  it('compares page blocks with UI strings', () => {
    const findings = runChecks(
      [goals('mexico', 'Objetivos'), namespaceDocument({ nav: { goals: 'Goals' } }, { nav: { goals: 'Metas' } })],
      [consistencyCheck],
      context(),
    );
    const message =
      'The same source text is translated 2 ways: “Objetivos” (mexico: goals.1), “Metas” (ui: nav.goals). Use one translation, unless the contexts really differ.';
    expect(findings).toEqual([
      expect.objectContaining({ document: 'mexico', unit: 'goals.1', target: 'Objetivos', message }),
      expect.objectContaining({
        document: 'ui',
        unit: 'nav.goals',
        key: 'nav.goals',
        file: 'locales/es/ui.json',
        target: 'Metas',
        message,
      }),
    ]);
  });

  it('counts each different translation once, and lists every place', () => {
    const findings = runChecks(
      [goals('mexico', 'Objetivos'), goals('colombia', 'Metas'), goals('peru', 'Objetivos')],
      [consistencyCheck],
      context(),
    );
    expect(findings.map((finding) => [finding.document, finding.message])).toEqual(
      ['mexico', 'colombia', 'peru'].map((page) => [
        page,
        'The same source text is translated 2 ways: “Objetivos” (mexico: goals.1), “Metas” (colombia: goals.1), “Objetivos” (peru: goals.1). Use one translation, unless the contexts really differ.',
      ]),
    );
  });

  it('on a large site, names each translation once, with its first place and how many others use it', () => {
    const pages = Array.from({ length: 300 }, (_, index) => `page-${String(index).padStart(3, '0')}`);
    const findings = runChecks(
      pages.map((page, index) => goals(page, index % 100 === 7 ? 'Metas' : 'Objetivos')),
      [consistencyCheck],
      context(),
    );
    expect(findings).toHaveLength(300);
    expect(new Set(findings.map((finding) => finding.message))).toEqual(
      new Set([
        'The same source text is translated 2 ways: “Objetivos” (page-000: goals.1, and 296 other places), “Metas” (page-007: goals.1, and 2 other places). Use one translation, unless the contexts really differ.',
      ]),
    );
  });

  it('leaves a text not translated yet to the missing translations', () => {
    expect(
      runChecks(
        [
          goals('mexico', 'Objetivos'),
          namespaceDocument({ nav: { goals: 'Goals', home: 'Home' } }, { nav: { home: 'Inicio' } }),
        ],
        [consistencyCheck],
        context(),
      ),
    ).toEqual([]);
  });

  it('does not compare texts without letters, which each page writes its own way', () => {
    const years = (page: string, es: string) => pageDocument('2019–2024\n', `${es}\n`, { page });
    expect(
      runChecks([years('mexico', '2019–2024'), years('colombia', '2019-2024')], [consistencyCheck], context()),
    ).toEqual([]);
  });

  it('ignores a stale translation, which is expected to change', () => {
    expect(
      runChecks([goals('mexico', 'Objetivos'), goals('colombia', 'Metas', 'stale')], [consistencyCheck], context()),
    ).toEqual([]);
  });
});
