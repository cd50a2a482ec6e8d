import { describe, expect, it } from 'vitest';
import { lint, places } from './lint.ts';

const longEnglish =
  'Transnational criminal organizations exacerbate the drug epidemic by trafficking heroin, fentanyl, and methamphetamine from Mexico and cocaine from Colombia into the United States, and they increasingly profit from fuel theft, human smuggling, extortion, and kidnapping.';
const longSpanish =
  'Las organizaciones delictivas transnacionales agravan la epidemia de drogas al traficar heroína, fentanilo y metanfetamina desde México y cocaína desde Colombia hacia los Estados Unidos, y cada vez obtienen más ganancias del robo de combustible, el tráfico de personas, la extorsión y el secuestro.';

describe('remark-a11y-reading-level', () => {
  it('reports a readability score per section, as a note, and records it', async () => {
    const en = await lint(
      'en',
      '\nThe program trains police. It helps courts.\n\n## Goals {#goals}\n\nWe reduce drug production. We secure borders.\n',
      'reading-level',
    );
    expect(places(en.messages)).toEqual(['7:1', '9:1']);
    expect(en.messages[0]?.reason).toMatch(/Section `intro`: Flesch–Kincaid grade -?\d+(\.\d)?, grade \d+/);
    expect(en.file.data.readability?.map((entry) => [entry.section, entry.measure])).toEqual([
      ['intro', 'flesch-kincaid-grade'],
      ['goals', 'flesch-kincaid-grade'],
    ]);
    const es = await lint('es', '\nEl programa capacita a policías. Apoya a los tribunales.\n', 'reading-level');
    expect(es.messages[0]?.reason).toMatch(
      /Fernández-Huerta reading ease \d+(\.\d)?, (muy |bastante )?(fácil|normal|difícil);/,
    );
    expect([...en.messages, ...es.messages].every((message) => !message.fatal)).toBe(true);
  });

  it('notes a sentence longer than the limit, at its block, in both languages', async () => {
    const en = await lint('en', `\nShort one.\n\n${longEnglish}\n`, 'long-sentence');
    expect(places(en.messages)).toEqual(['9:1']);
    expect(en.messages[0]?.reason).toMatch(/^Sentence of 3\d words \(plain-language limit 25\)/);
    const es = await lint('es', `\n- ${longSpanish}\n`, 'long-sentence');
    expect(places(es.messages)).toEqual(['7:3']);
  });

  it('is silent about short sentences, and the limit can be raised', async () => {
    const short = await lint('es', '\nEl programa capacita a policías. Apoya a los tribunales.\n', 'long-sentence');
    const raised = await lint('en', `\n${longEnglish}\n`, 'long-sentence', { maxSentenceWords: 60 });
    expect([...short.messages, ...raised.messages]).toEqual([]);
  });
});
