import { describe, expect, it } from 'vitest';
import { lint, places } from './lint.ts';

describe('remark-a11y-headings', () => {
  it('reports a skipped level, in English and in Spanish, where the heading is', async () => {
    const en = await lint('en', '\n## Goals {#goals}\n\n#### Details\n', 'heading-order');
    expect(places(en.messages)).toEqual(['9:1']);
    expect(en.messages[0]?.fatal).toBe(true);
    expect(en.messages[0]?.reason).toMatch(/`####` follows `##`.*Use `###`/);
    const es = await lint('es', '\n## Objetivos {#goals}\n\n#### Detalles\n', 'heading-order');
    expect(places(es.messages)).toEqual(['9:1']);
  });

  it('follows the outline across sections: a later section may not skip from its ## either', async () => {
    const { messages } = await lint(
      'es',
      '\n## Uno {#one}\n\n### Parte\n\n## Dos {#two}\n\n#### Salto\n',
      'heading-order',
    );
    expect(places(messages)).toEqual(['13:1']);
  });

  it('reports a # heading in the body: the title is in the front matter', async () => {
    const { messages } = await lint('en', '\n# Mexico\n\nText.\n', 'heading-order');
    expect(places(messages)).toEqual(['7:1']);
  });

  it('reports an empty heading', async () => {
    const en = await lint('en', '\n## {#empty}\n\nText.\n', 'heading-empty');
    expect(places(en.messages)).toEqual(['7:1']);
    const es = await lint('es', '\nTexto.\n\n## Objetivos {#goals}\n\n###\n', 'heading-empty');
    expect(places(es.messages)).toEqual(['11:1']);
  });

  it('is silent on a sane outline in both languages', async () => {
    expect(
      (await lint('en', '\nIntro.\n\n## Goals {#goals}\n\n### Detail\n\n## Next {#next}\n', 'heading-order')).messages,
    ).toEqual([]);
    expect(
      (await lint('es', '\nIntro.\n\n## Objetivos {#goals}\n\n### Detalle\n\n#### Más\n', 'heading-order')).messages,
    ).toEqual([]);
  });
});
