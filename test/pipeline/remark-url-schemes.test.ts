import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkUrlSchemes from '../../src/pipeline/remark-url-schemes.ts';
import { reported } from '../helpers.ts';

async function check(markdown: string) {
  const file = new VFile({ path: 'page.md', value: markdown });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkUrlSchemes);
  await processor.run(processor.parse(file), file);
  return reported(file);
}

describe('remark-url-schemes', () => {
  it('accepts http, https, mailto, tel and relative URLs, including colons after a path, query or hash', async () => {
    const markdown = [
      '[State](https://www.state.gov/) [plain](http://example.org) [mail](mailto:inl@state.gov) [call](tel:+52-55-5080-2000)',
      '[page](/es/mexico/) [here](#goals) [query](?a=b:c) [path](docs/a:b) ![seal](https://example.org/seal.png) ![local](/seal.png)',
    ].join('\n');
    expect(await check(markdown)).toEqual([]);
  });

  it('reports javascript:, vbscript: and data: links and images at their place', async () => {
    const messages = await check(
      '[a](javascript:alert(1)) [b](vbscript:msgbox) ![c](data:image/png;base64,AAAA)\n\n<javascript:alert(1)>\n',
    );
    expect(messages.map((message) => `${message.line}:${message.column} ${message.rule}`)).toEqual([
      '1:1 url-scheme',
      '1:26 url-scheme',
      '1:47 url-scheme',
      '3:1 url-scheme',
    ]);
    expect(messages[0]?.reason).toBe(
      'A link with a `javascript:` URL: the sanitizer removes that URL, so the link would lead nowhere. Use http:, https:, mailto:, tel: or a relative URL.',
    );
    expect(messages[2]?.reason).toContain('the image would not show. Use http:, https: or a relative URL.');
  });

  it('sees through entity, escape and case obfuscation, as a browser would', async () => {
    const messages = await check(
      '[a](&#106;avascript:alert(1)) [b](&#x6A;avascript:alert(1)) [c](javascript&colon;alert(1)) [d](JaVaScRiPt:alert(1)) [e](java\\script:x)\n',
    );
    expect(messages).toHaveLength(5);
    expect(messages[3]?.reason).toContain('`JaVaScRiPt:`');
  });

  it('names a control character in the scheme instead of printing it', async () => {
    const [message] = await check('[a](<java\tscript:alert(1)>)\n');
    expect(message?.reason).toContain('`java\\tscript:`');
  });

  it('reports a reference definition once, whoever uses it', async () => {
    const messages = await check('[a][x] and [b][x]\n\n[x]: javascript:alert(1)\n');
    expect(messages.map((message) => `${message.line}:${message.column}`)).toEqual(['3:1']);
  });

  it('checks a definition an image uses against the image schemes', async () => {
    const [message] = await check('![Seal][seal]\n\n[seal]: mailto:inl@state.gov\n');
    expect(message?.reason).toContain('An image with a `mailto:` URL');
  });

  it('checks a definition that only links use against the link schemes', async () => {
    expect(
      await check(
        '[Write to us][contact] or [call][phone].\n\n[contact]: mailto:inl@state.gov\n[phone]: tel:+52-55-5080-2000\n',
      ),
    ).toEqual([]);
    const [message] = await check('![Seal][seal] and [the seal][seal]\n\n[seal]: tel:+52-55-5080-2000\n');
    expect(message?.reason).toBe(
      'An image with a `tel:` URL: the sanitizer removes that URL, so the image would not show. Use http:, https: or a relative URL.',
    );
  });

  it('asks for lower case when the scheme is allowed but capitalized (the sanitizer compares exactly)', async () => {
    const [message] = await check('[State](HTTPS://www.state.gov/)\n');
    expect(message?.reason).toContain('Write the scheme in lower case: `https:`.');
  });
});
