import { describe, expect, it } from 'vitest';
import { lint, places } from './lint.ts';

describe('rehype-a11y-duplicate-id', () => {
  it('reports an id used twice on a page, across its fragments, at the second use', async () => {
    const en = await lint(
      'en',
      '\n## Goals {#goals}\n\n### Details {#details}\n\n## More {#more}\n\n### Details {#details}\n',
      'duplicate-id',
    );
    expect(places(en.messages)).toEqual(['13:1']);
    expect(en.messages[0]?.reason).toMatch(/`details` is already used on this page \(at 9:1\)/);
    const es = await lint('es', '\n## Objetivos {#goals}\n\n### Objetivos {#goals}\n', 'duplicate-id');
    expect(places(es.messages)).toEqual(['9:1']);
  });

  it('is silent when every id is unique', async () => {
    const { messages } = await lint('es', '\n## Objetivos {#goals}\n\n### Detalle {#detail}\n', 'duplicate-id');
    expect(messages).toEqual([]);
  });
});
