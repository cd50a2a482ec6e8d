import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { allowedProtocols, fragmentSchema, urlScheme } from '../../src/sanitize/sanitize-schema.ts';

/** Sanitize a hast tree as the pipeline does (the tree stands for what earlier plugins produced). */
async function sanitize(tree: Root): Promise<string> {
  const processor = unified()
    .use(rehypeSanitize, fragmentSchema({ clobberPrefix: 'mexico-' }))
    .use(rehypeStringify);
  return processor.stringify(await processor.run(tree));
}

/** Sanitize HTML as written (parsed as a fragment). */
const clean = (html: string): Promise<string> => sanitize(fromHtml(html, { fragment: true }));

const element = (tagName: string, properties: Record<string, string>, children: Root['children'] = []) =>
  ({ type: 'element', tagName, properties, children }) as Root['children'][number];
const text = (value: string) => ({ type: 'text', value }) as Root['children'][number];

describe('fragment sanitize schema', () => {
  it('keeps what the pipeline produces: sections, headings with ids, lang parts, links', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        element('section', { dataFragmentId: 'mexico/goals', lang: 'es', dir: 'ltr' }, [
          element('h2', { id: 'goals' }, [text('Objetivos')]),
          element('p', {}, [
            element('span', { lang: 'en', dir: 'ltr' }, [text('U.S. Marshals')]),
            element('a', { href: 'https://www.state.gov/' }, [text('INL')]),
          ]),
        ]),
      ],
    };
    expect(await sanitize(tree)).toBe(
      '<section data-fragment-id="mexico/goals" lang="es" dir="ltr"><h2 id="mexico-goals">Objetivos</h2><p><span lang="en" dir="ltr">U.S. Marshals</span><a href="https://www.state.gov/">INL</a></p></section>',
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

  it('keeps every element and attribute that Markdown and the plugins produce, with ids prefixed', async () => {
    const html = [
      '<section data-fragment-id="mexico/intro" lang="es" dir="ltr">',
      '<h1 id="a">A</h1><h2 id="b">B</h2><h3 id="c">C</h3><h4 id="d">D</h4><h5 id="e">E</h5><h6 id="f">F</h6>',
      '<p>Text<br>more <strong>bold</strong> <em>em</em> <del>del</del> <code>x</code></p><hr>',
      '<blockquote><p>Q</p></blockquote><ol start="3"><li>one</li></ol><ul><li>two</li></ul>',
      '<pre><code class="language-typescript">let x;</code></pre>',
      '<p><a href="https://www.state.gov/" hreflang="en" title="State">INL</a> ',
      '<img src="https://example.org/a.png" alt="A" title="Seal" width="10" height="20"></p>',
      '<div lang="en" dir="rtl"><span lang="zh-Hant-TW" dir="auto">x</span></div>',
      '<table><thead><tr><th align="left" scope="col">H</th><th align="right" scope="row">I</th><th align="center">J</th></tr></thead>',
      '<tbody><tr><td align="left">1</td><td align="right">2</td><td align="center">3</td></tr></tbody></table>',
      '</section>',
    ].join('');
    const prefixed = html.replace(/ id="([a-f])"/g, ' id="mexico-$1"');
    expect(prefixed).not.toBe(html);
    expect(await clean(html)).toBe(prefixed);
  });

  it('drops scripts, styles, templates, frames, plugins, SVG and MathML with everything inside them', async () => {
    for (const tagName of ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math']) {
      const tree: Root = {
        type: 'root',
        children: [element('p', {}, [text('a'), element(tagName, {}, [text('hidden')]), text('b')])],
      };
      expect(await sanitize(tree), tagName).toBe('<p>ab</p>');
    }
  });

  it('keeps the text of elements not on the list (forms, base, meta, presentational tags), without the element', async () => {
    expect(
      await clean(
        '<form action="https://evil.example/"><input name="q" value="v"><button>Go</button></form><p><u>u</u><i>i</i><b>b</b></p>',
      ),
    ).toBe('Go<p>uib</p>');
    const tree: Root = {
      type: 'root',
      children: [
        element('base', { href: 'https://evil.example/' }),
        element('meta', { httpEquiv: 'refresh', content: '0;url=https://evil.example/' }),
        element('p', {}, [text('x')]),
      ],
    };
    expect(await sanitize(tree)).toBe('<p>x</p>');
  });

  it('keeps list items only in lists, and table parts only in tables', async () => {
    for (const tagName of ['li', 'thead', 'tbody', 'tr', 'th', 'td']) {
      const tree: Root = { type: 'root', children: [element('div', {}, [element(tagName, {}, [text('x')])])] };
      expect(await sanitize(tree), tagName).toBe('<div>x</div>');
    }
    expect(await clean('<ol><li>a</li></ol><ul><li>b</li></ul>')).toBe('<ol><li>a</li></ol><ul><li>b</li></ul>');
    expect(await clean('<table><tr><td>c</td></tr></table>')).toBe('<table><tbody><tr><td>c</td></tr></tbody></table>');
  });

  it('drops comments and doctypes', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        { type: 'comment', value: '<img src=x onerror=alert(1)>' },
        element('p', {}, [text('x')]),
      ],
    };
    expect(await sanitize(tree)).toBe('<p>x</p>');
  });

  it('drops attributes an element does not allow', async () => {
    expect(
      await clean(
        [
          '<a href="/es/" target="_blank" rel="opener" name="top" id="top" ping="https://evil.example/">a</a>',
          '<img src="/a.png" alt="" srcset="https://evil.example/a.png 2x" loading="lazy" id="seal">',
          '<ol start="2" type="a" reversed><li value="9" id="one">x</li></ol>',
          '<p id="location" title="t" hidden>p</p><span id="cookie">s</span>',
          '<section aria-describedby="x" role="button" tabindex="0">s</section>',
          '<table><tbody><tr><td scope="col" colspan="2">c</td></tr></tbody></table>',
        ].join(''),
      ),
    ).toBe(
      [
        '<a href="/es/">a</a>',
        '<img src="/a.png" alt="">',
        '<ol start="2"><li>x</li></ol>',
        '<p>p</p><span>s</span>',
        '<section>s</section>',
        '<table><tbody><tr><td>c</td></tr></tbody></table>',
      ].join(''),
    );
  });

  it('keeps lang only as a language tag, and dir, align and scope only with their known values', async () => {
    const kept = ['en', 'es', 'es-419', 'zh-Hant-TW', 'haw', 'de-DE-1996', 'en-x-private1'];
    const dropped = ['e', 'english', 'en-', '-en', 'en_US', ' en', 'en-abcdefghi', '1en', 'en-US x', 'en--US'];
    for (const lang of kept)
      expect(await clean(`<span lang="${lang}">x</span>`), lang).toBe(`<span lang="${lang}">x</span>`);
    for (const lang of dropped) expect(await clean(`<span lang="${lang}">x</span>`), lang).toBe('<span>x</span>');
    expect(await clean('<p dir="sideways">x</p><p dir="RTL-ish">y</p>')).toBe('<p>x</p><p>y</p>');
    expect(
      await clean(
        '<table><tbody><tr><th align="justify" scope="rowgroup">h</th><td align="char">d</td></tr></tbody></table>',
      ),
    ).toBe('<table><tbody><tr><th>h</th><td>d</td></tr></tbody></table>');
  });

  it('keeps on code only a language-… class (an empty class is left when none is)', async () => {
    const cases: [string, string][] = [
      ['<code class="language-typescript">x</code>', '<code class="language-typescript">x</code>'],
      ['<code class="language-objective-c">x</code>', '<code class="language-objective-c">x</code>'],
      ['<code class="language-js hljs">x</code>', '<code class="language-js">x</code>'],
      ['<code class="language-">x</code>', '<code class="">x</code>'],
      ['<code class="language-js!">x</code>', '<code class="">x</code>'],
      ['<code class="xlanguage-js">x</code>', '<code class="">x</code>'],
      ['<code class="language-c++">x</code>', '<code class="">x</code>'],
      ['<pre class="language-js"><code>x</code></pre>', '<pre><code>x</code></pre>'],
    ];
    for (const [html, expected] of cases) expect(await clean(html), html).toBe(expected);
  });

  it('keeps link URLs with http, https, mailto and tel or none; image URLs with http and https or none', async () => {
    const links: [string, boolean][] = [
      ['http://example.org/', true],
      ['https://www.state.gov/', true],
      ['mailto:inl@state.gov', true],
      ['tel:+52-55-5080-2000', true],
      ['/es/mexico/', true],
      ['#goals', true],
      ['?a=b:c', true],
      ['docs/a:b', true],
      ['javascript:alert(1)', false],
      ['JAVASCRIPT:alert(1)', false],
      ['vbscript:msgbox', false],
      ['data:text/html,x', false],
      ['ftp://example.org/', false],
      ['file:///etc/passwd', false],
      ['HTTPS://www.state.gov/', false],
    ];
    for (const [url, kept] of links) {
      expect(await clean(`<a href="${url}">x</a>`), url).toBe(kept ? `<a href="${url}">x</a>` : '<a>x</a>');
    }
    const images: [string, boolean][] = [
      ['http://example.org/a.png', true],
      ['https://example.org/a.png', true],
      ['/a.png', true],
      ['mailto:inl@state.gov', false],
      ['tel:+52', false],
      ['javascript:alert(1)', false],
      ['data:image/png;base64,AAAA', false],
    ];
    for (const [url, kept] of images) {
      expect(await clean(`<img src="${url}" alt="">`), url).toBe(kept ? `<img src="${url}" alt="">` : '<img alt="">');
    }
  });
});

describe('urlScheme', () => {
  it('is the text before the first colon, unless a /, ? or # comes first', () => {
    expect(urlScheme('https://www.state.gov/a:b')).toBe('https');
    expect(urlScheme('mailto:inl@state.gov')).toBe('mailto');
    expect(urlScheme('JavaScript:alert(1)')).toBe('JavaScript');
    expect(urlScheme('java\tscript:alert(1)')).toBe('java\tscript');
    expect(urlScheme(':alert(1)')).toBe('');
    expect(urlScheme('tel:+52?x#y/z')).toBe('tel');
    for (const relative of ['/es/mexico/', '/a:b', 'docs/a:b', '?a=b:c', 'a?b:c', '#x:y', 'a#b:c', 'goals', '']) {
      expect(urlScheme(relative), relative).toBeUndefined();
    }
  });

  it('agrees with the sanitizer about which URLs it keeps', async () => {
    const urls = [
      'https://x.org/',
      'HTTP://x.org/',
      'mailto:a@b.c',
      'javascript:x',
      ':x',
      '/a:b',
      '?a:b',
      '#a:b',
      'a/b:c',
      'tel:1',
      'data:x',
    ];
    for (const url of urls) {
      const scheme = urlScheme(url);
      const allowed = scheme === undefined || (allowedProtocols.href as readonly string[]).includes(scheme);
      expect(await clean(`<a href="${url}">x</a>`), url).toBe(allowed ? `<a href="${url}">x</a>` : '<a>x</a>');
    }
  });
});
