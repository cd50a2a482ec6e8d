import { describe, expect, it } from 'vitest';
import { lint, places } from './lint.ts';

describe('remark-a11y-image-alt', () => {
  it('reports an image without alt text, in both languages', async () => {
    const en = await lint('en', '\nText.\n\n![](https://mx.usembassy.gov/canine.jpg)\n', 'image-alt');
    expect(places(en.messages)).toEqual(['9:1']);
    expect(en.messages[0]?.fatal).toBe(true);
    const es = await lint('es', '\nTexto con ![ ](https://mx.usembassy.gov/k9.jpg) dentro.\n', 'image-alt');
    expect(places(es.messages)).toEqual(['7:11']);
  });

  it('reports alt text that is a file name', async () => {
    const en = await lint('en', '\n![IMG_2041.jpg](https://mx.usembassy.gov/IMG_2041.jpg)\n', 'image-alt');
    expect(places(en.messages)).toEqual(['7:1']);
    const es = await lint('es', '\nFoto:\n![foto-perros.png](https://mx.usembassy.gov/foto-perros.png)\n', 'image-alt');
    expect(places(es.messages)).toEqual(['8:1']);
  });

  it('accepts a described image, and a decorative one marked so (alt="" and no title in the output)', async () => {
    const en = await lint(
      'en',
      '\n![A detection dog inspects cargo at a border crossing](https://mx.usembassy.gov/k9.jpg)\n',
      'image-alt',
    );
    const es = await lint(
      'es',
      '\n![Un perro detector revisa carga en un cruce fronterizo](https://mx.usembassy.gov/k9.jpg)\n\n![](https://mx.usembassy.gov/border.png "decorative")\n',
      'image-alt',
    );
    expect([...en.messages, ...es.messages]).toEqual([]);
    expect(es.sections[0]?.html).toContain('<img src="https://mx.usembassy.gov/border.png" alt="">');
  });
});
