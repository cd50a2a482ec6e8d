import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../src/pipeline/source-hash.ts';
import { keyPaths, stringAt, type UiTree } from '../../../src/content/ui-strings.ts';
import { placeholdersCheck } from '../../../src/translation/checks/placeholders.ts';
import { namespaceUnits } from '../../../src/translation/namespace-units.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import type { UnitDocument } from '../../../src/translation/unit.ts';
import { context, glossary, namespaceDocument, stringUnit, uiNamespace } from './units.ts';

const results = '{{count}} results for “{{query}}”';

function check(en: string, es: string) {
  return placeholdersCheck.check(stringUnit('search.results', en, es), context());
}

/** UI strings whose Spanish was translated from an earlier English, so every Spanish string is stale. */
function staleDocument(earlier: UiTree, en: UiTree, es: UiTree): UnitDocument {
  const target = uiNamespace('es', es);
  const hashes = new Map(keyPaths(target.strings).map((key) => [key, sourceHash(stringAt(earlier, key) ?? '')]));
  return namespaceUnits({
    namespace: 'ui',
    sourceLanguage: 'en',
    lang: 'es',
    source: uiNamespace('en', en),
    target,
    hashes,
    glossary,
  });
}

describe('placeholders', () => {
  it('reports a dropped placeholder at the UI string, with its key', () => {
    const document = namespaceDocument(
      { skipLink: 'Skip to main content', search: { results } },
      { skipLink: 'Saltar al contenido principal', search: { results: 'Resultados de “{{query}}”' } },
    );
    expect(runChecks([document], [placeholdersCheck], context())).toEqual([
      {
        check: 'placeholders',
        severity: 'error',
        lang: 'es',
        document: 'ui',
        unit: 'search.results',
        key: 'search.results',
        file: 'locales/es/ui.json',
        line: 4,
        column: 16,
        source: '{{count}} results for “{{query}}”',
        target: 'Resultados de “{{query}}”',
        message:
          'Missing “{{count}}”: copy it from the source exactly as it is; i18next replaces it when the page is shown.',
      },
    ]);
  });

  it('reports a translated placeholder name as missing the source’s and having one of its own', () => {
    expect(check(results, '{{cuenta}} resultados para “{{query}}”')).toEqual([
      { message: expect.stringContaining('Missing “{{count}}”') },
      {
        message:
          "“{{cuenta}}” is not in the source: a placeholder must be the source's, letter for letter (its name is not translated).",
      },
    ]);
  });

  it('reports a dropped nesting', () => {
    expect(check('© {{year}} $t(publisher)', '© {{year}} Departamento de Estado de los Estados Unidos')).toEqual([
      { message: expect.stringContaining('Missing “$t(publisher)”') },
    ]);
  });

  it('reports a placeholder broken while typing', () => {
    expect(check(results, '{count}} resultados para “{{query}}”')).toEqual([
      { message: expect.stringContaining('Missing “{{count}}”') },
      { message: 'A placeholder is broken (a lone “{{”, “}}” or “$t(”): write it as in the source, “{{name}}”.' },
    ]);
  });

  it('reports a nesting broken while typing', () => {
    expect(check('© {{year}} $t(publisher)', '© {{year}} $t(publisher')).toEqual([
      {
        message:
          'Missing “$t(publisher)”: copy it from the source exactly as it is; i18next replaces it when the page is shown.',
      },
      { message: 'A placeholder is broken (a lone “{{”, “}}” or “$t(”): write it as in the source, “{{name}}”.' },
    ]);
  });

  it('checks a stale string too, since a broken placeholder cannot wait for the update', () => {
    const document = staleDocument(
      { search: { results: 'Results for “{{query}}”' } },
      { search: { results: 'Search results for “{{query}}”' } },
      { search: { results: 'Resultados para “{{query}”' } },
    );
    expect(document.units.map((unit) => [unit.id, unit.status])).toEqual([['search.results', 'stale']]);
    expect(runChecks([document], [placeholdersCheck], context())).toEqual([
      expect.objectContaining({
        check: 'placeholders',
        severity: 'error',
        unit: 'search.results',
        message:
          'Missing “{{query}}”: copy it from the source exactly as it is; i18next replaces it when the page is shown.',
      }),
      expect.objectContaining({
        check: 'placeholders',
        severity: 'error',
        unit: 'search.results',
        message: 'A placeholder is broken (a lone “{{”, “}}” or “$t(”): write it as in the source, “{{name}}”.',
      }),
    ]);
  });

  it('reports a dropped HTML tag', () => {
    expect(check('Read the <strong>full report</strong>.', 'Lea el informe completo.')).toEqual([
      { message: expect.stringContaining('Missing “<strong>”, “</strong>”') },
    ]);
  });

  it('accepts the source’s placeholders, moved where Spanish puts them', () => {
    expect(check(results, 'Resultados para “{{query}}”: {{count}}')).toEqual([]);
    expect(check('© {{year}} $t(publisher)', '© {{year}} $t(publisher)')).toEqual([]);
    expect(check('Read the <strong>full report</strong>.', 'Lea el <strong>informe completo</strong>.')).toEqual([]);
  });

  it('tolerates spaces inside the braces', () => {
    expect(check(results, '{{ count }} resultados para “{{query}}”')).toEqual([]);
    expect(check(results, '{{  count   }} resultados para “{{query}}”')).toEqual([]);
    expect(check('{{count, number}} visits', '{{ count,  number }} visitas')).toEqual([]);
  });

  it('names a dropped formatted placeholder as the source writes it', () => {
    expect(check('{{count, number}} visits this year', 'Visitas este año')).toEqual([
      {
        message:
          'Missing “{{count, number}}”: copy it from the source exactly as it is; i18next replaces it when the page is shown.',
      },
    ]);
  });
});
