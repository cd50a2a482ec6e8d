import { describe, expect, it } from 'vitest';
import { plainTextProblem } from '../../src/sanitize/sanitize-string.ts';

describe('plainTextProblem', () => {
  it('leaves plain text alone, including &, a < that opens no tag, escaped interpolation and plain nesting', () => {
    for (const text of [
      'Saltar al contenido principal',
      'Q&A',
      'menos de <3 años',
      '{{count}} informes',
      '$t(ui:skipLink)',
      'a < b > c',
    ]) {
      expect(plainTextProblem(text), text).toBeUndefined();
    }
  });

  it('refuses what the sanitizer would remove, and says what it would become', () => {
    const cases = [
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">Saltar</a>',
      '<script>alert(1)</script>Saltar',
      '<svg onload=alert(1)>',
      '<p style="background:url(javascript:alert(1))">x</p>',
      '<span id="location">x</span>',
      '<!--><img src=x onerror=alert(1)>-->',
    ];
    for (const text of cases) expect(plainTextProblem(text), text).toMatch(/^has markup the sanitizer removes/);
    expect(plainTextProblem('Skip <img src=x onerror=alert(1)>')).toBe(
      'has markup the sanitizer removes: `Skip <img src="x" onerror="alert(1)">` would become `Skip <img src="x">`; scripts, event handlers and javascript: links are never allowed',
    );
  });

  it('refuses markup the sanitizer allows in a title (the page would show the tags), not in a UI string', () => {
    expect(plainTextProblem('Mexico <strong>2026</strong>')).toBe(
      'has markup (`Mexico <strong>2026</strong>`), which the page would show as written: it is plain text, write it without tags',
    );
    expect(plainTextProblem('Read the <strong>full report</strong>.', { allowSafeMarkup: true })).toBeUndefined();
    expect(plainTextProblem('Read the <img src=x onerror=alert(1)>.', { allowSafeMarkup: true })).toMatch(
      /^has markup the sanitizer removes/,
    );
  });

  it('refuses i18next syntax that bypasses escaping or the checks', () => {
    expect(plainTextProblem('Hello {{- name}}')).toContain('`{{- …}}`');
    expect(plainTextProblem('$t(ui:none, {"defaultValue": "\\u003cimg src=x onerror=alert(1)\\u003e"})')).toContain(
      'nests with options',
    );
  });

  it('prefixes ids, so that a string inserted as HTML cannot clobber a global of the page', () => {
    const becomes =
      'has markup the sanitizer removes: `<h2 id="location">Skip</h2>` would become `<h2 id="string-location">Skip</h2>`; scripts, event handlers and javascript: links are never allowed';
    expect(plainTextProblem('<h2 id="location">Skip</h2>', { allowSafeMarkup: true })).toBe(becomes);
    expect(plainTextProblem('<h2 id="location">Skip</h2>')).toBe(becomes);
  });

  it('quotes the string and what it would become in full up to 80 characters, clipped beyond', () => {
    const tail = '; scripts, event handlers and javascript: links are never allowed';
    const at80 = `${'x'.repeat(48)}<img src=x onerror=alert(1)>`;
    expect(`${'x'.repeat(48)}<img src="x" onerror="alert(1)">`).toHaveLength(80);
    expect(plainTextProblem(at80)).toBe(
      `has markup the sanitizer removes: \`${'x'.repeat(48)}<img src="x" onerror="alert(1)">\` would become \`${'x'.repeat(48)}<img src="x">\`${tail}`,
    );
    const at81 = `${'x'.repeat(49)}<img src=x onerror=alert(1)>`;
    expect(plainTextProblem(at81)).toBe(
      `has markup the sanitizer removes: \`${'x'.repeat(49)}<img src="x" onerror="alert(…\` would become \`${'x'.repeat(49)}<img src="x">\`${tail}`,
    );
    const long = `<strong>${'y'.repeat(100)}</strong>`;
    expect(plainTextProblem(long)).toBe(
      `has markup (\`<strong>${'y'.repeat(69)}…\`), which the page would show as written: it is plain text, write it without tags`,
    );
  });
});
