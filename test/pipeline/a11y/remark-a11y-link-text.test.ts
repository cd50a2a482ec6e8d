import { describe, expect, it } from 'vitest';
import { lint, places } from './lint.ts';

describe('remark-a11y-link-text', () => {
  it('reports generic English link text where the link is', async () => {
    const { messages } = await lint(
      'en',
      '\nFor the report, [click here](https://www.state.gov/inl/).\nOr [Read more…](https://www.state.gov/).\n',
      'link-text',
    );
    expect(places(messages)).toEqual(['7:17', '8:4']);
    expect(messages.every((message) => message.fatal)).toBe(true);
  });

  it('reports generic Spanish link text, accents and case aside', async () => {
    const { messages } = await lint(
      'es',
      '\nPara el informe, [haga clic AQUI](https://www.state.gov/inl/).\n\nMás datos [aquí](https://mx.usembassy.gov/).\n',
      'link-text',
    );
    expect(places(messages)).toEqual(['7:18', '9:11']);
  });

  it('judges text by its own language: "aquí" inside an English page’s :lang[…]{lang=es} is generic too', async () => {
    const { messages } = await lint('en', '\nSee :lang[[aquí](https://mx.usembassy.gov/)]{lang=es}.\n', 'link-text');
    expect(places(messages)).toEqual(['7:11']);
  });

  it('reports an empty link', async () => {
    const { messages } = await lint('es', '\nTexto [](https://www.state.gov/).\n', 'link-text');
    expect(places(messages)).toEqual(['7:7']);
  });

  it('reports a bare URL as link text, in both languages', async () => {
    const en = await lint('en', '\nSee <https://www.state.gov/inl/> for details.\n', 'link-url-text');
    expect(places(en.messages)).toEqual(['7:5']);
    const es = await lint('es', '\nConsulte [www.state.gov/inl](https://www.state.gov/inl/).\n', 'link-url-text');
    expect(places(es.messages)).toEqual(['7:10']);
  });

  it('accepts link text that names the destination', async () => {
    const en = await lint(
      'en',
      '\nRead the [2023 International Narcotics Control Strategy Report](https://www.state.gov/incsr/).\n',
      'link-text',
    );
    const es = await lint(
      'es',
      '\nConsulte el [Informe sobre la Estrategia Internacional de Control de Narcóticos 2023](https://www.state.gov/incsr/).\n',
      'link-text',
    );
    expect([...en.messages, ...es.messages]).toEqual([]);
  });
});
