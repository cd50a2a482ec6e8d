import { describe, expect, it } from 'vitest';
import { describeSanitized, sanitizeString } from '../../src/pipeline/sanitize-string.ts';

describe('sanitizeString', () => {
  it('leaves plain text alone, including & and a < that opens no tag', () => {
    for (const text of ['Saltar al contenido principal', 'Q&A', 'menos de <3 años', '{{count}} informes', '$t(ui:skipLink)']) {
      expect(sanitizeString(text).safe).toBe(true);
    }
  });

  it('accepts markup the fragments allow', () => {
    expect(sanitizeString('Read the <strong>report</strong> in <a href="https://www.state.gov/">English</a>').safe).toBe(true);
  });

  it('rejects what the sanitizer would remove, and says what it would become', () => {
    const cases = [
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">Saltar</a>',
      '<script>alert(1)</script>Saltar',
      '<svg onload=alert(1)>',
      '<p style="background:url(javascript:alert(1))">x</p>',
      '<span id="location">x</span>',
      '<!--><img src=x onerror=alert(1)>-->',
    ];
    for (const text of cases) expect(sanitizeString(text), text).toMatchObject({ safe: false });
    expect(describeSanitized(sanitizeString('Skip <img src=x onerror=alert(1)>'))).toBe('`Skip <img src="x" onerror="alert(1)">` would become `Skip <img src="x">`');
  });
});
