import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { createPipeline, renderPage } from '../../src/pipeline/processor.ts';
import { reported } from '../helpers.ts';

const page = `---
id: mexico
lang: es
title: México
---

Texto de **introducción**.

## Objetivos {#goals}

1. **Uno:** el :lang[U.S. Marshals]{lang=en}.

### Detalle

Más.
`;

describe('the whole pipeline', () => {
  it('sanitizes after every other plugin: only the serializer follows rehype-sanitize', () => {
    const plugins = createPipeline({ page: 'mexico', lang: 'es' }).attachers.map(([plugin]) => plugin);
    expect(plugins.slice(-2)).toEqual([rehypeSanitize, rehypeStringify] as unknown[]);
    expect(plugins.filter((plugin) => plugin === (rehypeSanitize as unknown))).toHaveLength(1);
  });

  it('renders one sanitized <section> per section, with lang, dir, labels and shifted headings', async () => {
    const file = new VFile({ path: 'content/es/mexico.md', value: page });
    const sections = await renderPage(file, { page: 'mexico', lang: 'es', headingBase: 3 });
    expect(sections.map(({ id, html }) => ({ id, html }))).toEqual([
      {
        id: 'intro',
        html: '<div data-fragment-id="mexico/intro" lang="es" dir="ltr">\n<p>Texto de <strong>introducción</strong>.</p>\n</div>',
      },
      {
        id: 'goals',
        html: [
          '<section data-fragment-id="mexico/goals" lang="es" dir="ltr">',
          '<h3 id="mexico-goals">Objetivos</h3>',
          '<ol>',
          '<li><strong>Uno:</strong> el <span lang="en" dir="ltr">U.S. Marshals</span>.</li>',
          '</ol>',
          '<h4>Detalle</h4>',
          '<p>Más.</p>',
          '</section>',
        ].join('\n'),
      },
    ]);
    // The tree keeps the Markdown positions: the goals section starts at its heading.
    expect(sections[1]?.tree.position?.start.line).toBe(9);
    expect(reported(file)).toEqual([]);
  });

  it('reports every problem with file:line:column and goes on, never throwing', async () => {
    const file = new VFile({
      path: 'content/es/mexico.md',
      value: '---\nid: mexico\nlang: es\n---\n\n<b>x</b>\n\n## Sin id\n\nTexto :lang[y]{lang=!!}.\n',
    });
    await expect(renderPage(file, { page: 'mexico', lang: 'es' })).resolves.toHaveLength(2);
    expect(reported(file).map((message) => [message.rule, message.line, message.column])).toEqual([
      ['front-matter', 1, 1],
      ['no-html', 6, 1],
      ['no-html', 6, 5],
      ['lang-directive', 10, 7],
      ['sections', 8, 1],
    ]);
    const report = reporter(file, { color: false });
    expect(report).toContain('content/es/mexico.md');
    expect(report).toMatch(/8:1-8:10\s+error\s+Section heading “Sin id” needs an id/);
    expect(report).not.toMatch(/\n\s+at /); // no stack trace
  });
});
