import { describe, expect, it } from 'vitest';
import { pluralsCheck } from '../../../src/translation/checks/plurals.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, namespaceDocument } from './units.ts';

const english = { stats: { visits_one: '{{count}} visit', visits_other: '{{count}} visits' } };

describe('plurals', () => {
  it('reports the Spanish “many” form missing when the translation has only the English forms', () => {
    const document = namespaceDocument(english, {
      stats: { visits_one: '{{count}} visita', visits_other: '{{count}} visitas' },
    });
    expect(document.units.map((unit) => [unit.id, unit.status])).toEqual([
      ['stats.visits_one', 'translated'],
      ['stats.visits_many', 'missing'],
      ['stats.visits_other', 'translated'],
    ]);
    expect(runChecks([document], [pluralsCheck], context())).toEqual([
      expect.objectContaining({
        check: 'plurals',
        severity: 'error',
        document: 'ui',
        unit: 'stats.visits_many',
        key: 'stats.visits_many',
        file: 'locales/es/ui.json',
        source: '{{count}} visits',
        target: '',
        message:
          '`stats.visits` is plural: es needs the forms `stats.visits_one`, `stats.visits_many`, `stats.visits_other`, and `stats.visits_many` is missing. Add it, or i18next shows the wrong form for some counts.',
      }),
    ]);
  });

  it('accepts a plural string with every Spanish form', () => {
    const document = namespaceDocument(english, {
      stats: { visits_one: '{{count}} visita', visits_many: '{{count}} de visitas', visits_other: '{{count}} visitas' },
    });
    expect(runChecks([document], [pluralsCheck], context())).toEqual([]);
  });

  it('leaves other untranslated strings to the missing translations', () => {
    const document = namespaceDocument(
      { ...english, skipLink: 'Skip to main content', footer: { contact: 'Contact us' } },
      {
        skipLink: 'Saltar al contenido principal',
        stats: {
          visits_one: '{{count}} visita',
          visits_many: '{{count}} de visitas',
          visits_other: '{{count}} visitas',
        },
      },
    );
    expect(document.units.find((unit) => unit.id === 'footer.contact')?.status).toBe('missing');
    expect(runChecks([document], [pluralsCheck], context())).toEqual([]);
  });

  it('does not take a key with a plural category inside it for a plural form', () => {
    const document = namespaceDocument(
      { stats: { ...english.stats, visits_other_sources: 'Visits from other sources' } },
      {
        stats: {
          visits_one: '{{count}} visita',
          visits_many: '{{count}} de visitas',
          visits_other: '{{count}} visitas',
        },
      },
    );
    expect(document.units.map((unit) => [unit.id, unit.status])).toEqual([
      ['stats.visits_one', 'translated'],
      ['stats.visits_many', 'translated'],
      ['stats.visits_other', 'translated'],
      ['stats.visits_other_sources', 'missing'],
    ]);
    expect(runChecks([document], [pluralsCheck], context())).toEqual([]);
  });

  it('leaves a plural string not translated at all to the missing translations', () => {
    const document = namespaceDocument(
      { ...english, skipLink: 'Skip to main content' },
      { skipLink: 'Saltar al contenido principal' },
    );
    expect(runChecks([document], [pluralsCheck], context())).toEqual([]);
  });
});
