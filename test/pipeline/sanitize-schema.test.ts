import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fragmentSchema } from '../../src/pipeline/sanitize-schema.ts';

/** Sanitize a hast tree as the pipeline does (the tree stands for what earlier plugins produced). */
async function sanitize(tree: Root): Promise<string> {
  const processor = unified()
    .use(rehypeSanitize, fragmentSchema({ clobberPrefix: 'mexico-' }))
    .use(rehypeStringify);
  return processor.stringify(await processor.run(tree));
}

const element = (tagName: string, properties: Record<string, string>, children: Root['children'] = []) =>
  ({ type: 'element', tagName, properties, children }) as Root['children'][number];
const text = (value: string) => ({ type: 'text', value }) as Root['children'][number];

describe('fragment sanitize schema', () => {
  it('keeps what the pipeline produces: sections, headings with ids, lang parts, links', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        element('section', { dataFragmentId: 'mexico/goals', ariaLabelledBy: 'goals', lang: 'es', dir: 'ltr' }, [
          element('h2', { id: 'goals' }, [text('Objetivos')]),
          element('p', {}, [
            element('span', { lang: 'en', dir: 'ltr' }, [text('U.S. Marshals')]),
            element('a', { href: 'https://www.state.gov/' }, [text('INL')]),
          ]),
        ]),
      ],
    };
    expect(await sanitize(tree)).toBe(
      '<section data-fragment-id="mexico/goals" aria-labelledby="mexico-goals" lang="es" dir="ltr"><h2 id="mexico-goals">Objetivos</h2><p><span lang="en" dir="ltr">U.S. Marshals</span><a href="https://www.state.gov/">INL</a></p></section>',
    );
  });

  it('drops scripts, event handlers, styles and dangerous URL schemes', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        element('script', {}, [text('alert(1)')]),
        element('p', { onClick: 'alert(1)', style: 'color:red', className: 'x' }, [text('text')]),
        element('a', { href: 'javascript:alert(1)' }, [text('js')]),
        element('a', { href: 'data:text/html,<script>alert(1)</script>' }, [text('data')]),
        element('img', { src: 'https://example.org/a.png', alt: 'A', onError: 'alert(1)' }),
        element('iframe', { src: 'https://example.org' }, [text('frame')]),
      ],
    };
    expect(await sanitize(tree)).toBe('<p>text</p><a>js</a><a>data</a><img src="https://example.org/a.png" alt="A">');
  });

  it('prefixes author ids so they cannot clobber page globals', async () => {
    const tree: Root = { type: 'root', children: [element('h2', { id: 'location' }, [text('x')])] };
    expect(await sanitize(tree)).toBe('<h2 id="mexico-location">x</h2>');
  });

  it('keeps only well-formed lang values and known dir values', async () => {
    const tree: Root = {
      type: 'root',
      children: [element('span', { lang: 'en" onmouseover="x', dir: 'sideways' }, [text('x')])],
    };
    expect(await sanitize(tree)).toBe('<span>x</span>');
  });
});
