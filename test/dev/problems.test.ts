/**
 * What a preview page shows of the compile's messages (src/dev/problems.ts),
 * and which output files a compile changed (src/dev/preview-site.ts).
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { changedFiles } from '../../src/dev/preview-site.ts';
import { pageProblems } from '../../src/dev/problems.ts';
import type { Manifest } from '../../src/runtime/manifest.ts';
import type { UnitDocument } from '../../src/translation/unit.ts';

const manifest = {
  sourceLanguage: 'en',
  languages: [
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'es', name: 'Español', dir: 'ltr' },
  ],
  pages: [
    {
      id: 'visas',
      urls: { en: '/en/visas/', es: '/es/tramites-de-visa/' },
      languages: { es: { status: 'stale' } },
    },
    { id: 'contact', urls: { en: '/en/contact/', es: '/es/contacto/' }, languages: {} },
  ],
} as unknown as Manifest;

function withMessage(path: string, reason: string, fatal: boolean | undefined): VFile {
  const file = new VFile({ path });
  const message = file.message(reason, { place: { line: 3, column: 5 }, ruleId: 'rule', source: 'embassy-content' });
  message.fatal = fatal;
  if (fatal) message.note = 'Do this instead.';
  return file;
}

describe("a preview page's problems", () => {
  it("lists its own Markdown's, its source's and the whole site's, not another page's or language's", () => {
    const files = [
      withMessage('content/es/visas.md', 'own error', true),
      withMessage('content/en/visas.md', 'source warning', false),
      withMessage('content/site.yaml', 'site error', true),
      withMessage('locales/es/ui.json', 'own UI warning', false),
      withMessage('content/es/contact.md', 'another page', true),
      withMessage('locales/en/ui.json', 'another language', true),
      withMessage('en/visas/index.html', 'another language’s page', true),
      withMessage('es/tramites-de-visa/index.html', 'found on the page', true),
      withMessage('content/es/visas.md', 'for information', undefined),
    ];
    const documents = [
      {
        kind: 'page',
        id: 'visas',
        lang: 'es',
        units: [{ status: 'translated' }, { status: 'stale' }, { status: 'identical' }, { status: 'translated' }],
      },
    ] as unknown as UnitDocument[];
    const report = pageProblems(files, manifest, '/es/tramites-de-visa/', documents);
    expect(report.lang).toBe('es');
    expect(report.problems.map((problem) => problem.reason)).toEqual([
      'own error',
      'source warning',
      'site error',
      'own UI warning',
      'found on the page',
    ]);
    expect(report.problems[0]).toEqual({
      file: 'content/es/visas.md',
      line: 3,
      column: 5,
      severity: 'error',
      rule: 'embassy-content:rule',
      reason: 'own error',
      fix: 'Do this instead.',
    });
    expect(report.translation).toEqual({
      status: 'stale',
      units: { translated: 2, stale: 1, missing: 0, identical: 1 },
      review: '/reports/review/pages/visas.html',
      editor: '/translate/es/visas',
    });
  });

  it('has no translation status in the source language, and takes the language from an unknown URL', () => {
    expect(pageProblems([], manifest, '/en/visas/').translation).toBeUndefined();
    expect(pageProblems([], manifest, '/es/no-existe/').lang).toBe('es');
    expect(pageProblems([], undefined, '/').lang).toBe('en');
  });
});

describe('the files a compile changed', () => {
  it('are those changed, new or gone, text and bytes alike', () => {
    const before = new Map<string, string | Uint8Array>([
      ['a.html', 'one'],
      ['b.html', 'two'],
      ['index.bin', new Uint8Array([1, 2])],
      ['same.bin', new Uint8Array([3])],
    ]);
    const after = new Map<string, string | Uint8Array>([
      ['a.html', 'one'],
      ['b.html', 'TWO'],
      ['c.html', 'three'],
      ['index.bin', new Uint8Array([1, 3])],
      ['same.bin', new Uint8Array([3])],
    ]);
    expect(changedFiles(before, after)).toEqual(['b.html', 'c.html', 'index.bin']);
    expect(changedFiles(after, before)).toEqual(['b.html', 'c.html', 'index.bin']);
    expect(changedFiles(undefined, after)).toEqual(['a.html', 'b.html', 'c.html', 'index.bin', 'same.bin']);
  });
});
