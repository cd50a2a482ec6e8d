import { describe, expect, it } from 'vitest';
import { otherLanguageDetector } from '../../../src/text-analysis/other-language.ts';
import { lint, places } from './lint.ts';

describe('remark-a11y-other-language', () => {
  it('warns about an unmarked English name in Spanish text, at the phrase', async () => {
    const { messages } = await lint(
      'es',
      '\nLos agentes del Servicio de Alguaciles (U.S. Marshals) detuvieron a fugitivos.\n',
      'other-language',
    );
    expect(places(messages)).toEqual(['7:41']);
    expect(messages[0]?.fatal).toBe(false);
    expect(messages[0]?.reason).toContain(':lang[U.S. Marshals]{lang=en}');
  });

  it('warns about an unmarked Spanish name in English text', async () => {
    const { messages } = await lint(
      'en',
      '\nProsecutors from the\nFiscalía General de la República attended.\n',
      'other-language',
    );
    expect(places(messages)).toEqual(['8:1']);
    expect(messages[0]?.reason).toContain('{lang=es}');
  });

  it('is silent when the phrase is marked, and for names the site allows', async () => {
    const marked = await lint(
      'es',
      '\nLos agentes del Servicio de Alguaciles (:lang[U.S. Marshals]{lang=en}) detuvieron a fugitivos.\n',
      'other-language',
    );
    const allowed = await lint('es', '\nLos agentes (U.S. Marshals) detuvieron a fugitivos.\n', 'other-language', {
      otherLanguage: { detector: await otherLanguageDetector(), allow: ['U.S. Marshals'] },
    });
    const plain = await lint(
      'en',
      '\nINL supports Mexico’s efforts in Mexico City and Guadalajara.\n',
      'other-language',
    );
    expect([...marked.messages, ...allowed.messages, ...plain.messages]).toEqual([]);
  });
});
