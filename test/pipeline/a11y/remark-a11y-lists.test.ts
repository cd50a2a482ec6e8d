import { describe, expect, it } from 'vitest';
import { lint, places } from './lint.ts';

describe('remark-a11y-lists', () => {
  it('reports typed bullets in a paragraph, at each line', async () => {
    const { messages } = await lint('en', '\nOur goals:\n• Reduce drug production\n• Secure borders\n', 'list-markup');
    expect(places(messages)).toEqual(['8:1', '9:1']);
    expect(messages[0]?.fatal).toBe(true);
  });

  it('reports typed numbers in a Spanish paragraph (2) and later do not start a Markdown list)', async () => {
    const { messages } = await lint(
      'es',
      '\nNuestros objetivos:\n2) Reducir la producción\n3) Asegurar las fronteras\n',
      'list-markup',
    );
    expect(places(messages)).toEqual(['8:1', '9:1']);
  });

  it('accepts Markdown lists, and a number inside a sentence', async () => {
    const en = await lint(
      'en',
      '\nOur goals:\n\n- Reduce drug production\n- Secure borders\n\nIn 2019 • was not a bullet.\n',
      'list-markup',
    );
    const es = await lint(
      'es',
      '\nObjetivos:\n\n1. Reducir la producción\n2. Asegurar las fronteras\n\nEn 2019, 71,000 muertes.\n',
      'list-markup',
    );
    expect([...en.messages, ...es.messages]).toEqual([]);
  });

  it('reports a table whose header row is empty, and accepts one with headers', async () => {
    const en = await lint('en', '\n|  |  |\n| --- | --- |\n| Heroin | 20% |\n', 'table-headers');
    expect(places(en.messages)).toEqual(['7:1']);
    const seeded = await lint('es', '\nDatos:\n\n| | |\n| --- | --- |\n| Heroína | 20 % |\n', 'table-headers');
    expect(places(seeded.messages)).toEqual(['9:1']);
    const es = await lint('es', '\n| Droga | Proporción |\n| --- | --- |\n| Heroína | 20 % |\n', 'table-headers');
    expect(es.messages).toEqual([]);
    expect(es.sections[0]?.html).toContain('<th>Droga</th>');
  });
});
