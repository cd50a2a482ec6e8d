/**
 * Properties of the pipeline over generated Markdown (fast-check): it never
 * throws, its output is sanitized (judged by an oracle independent of the
 * schema), every fragment has the page's `lang`, rendering twice gives the
 * same bytes, and a cached copy of it would be used (publishable-render.ts).
 * The same through the whole build: build-properties.integration.test.ts.
 * A weakened schema makes the properties fail: they have teeth.
 */
import fc from 'fast-check';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { otherLanguageDetector, type OtherLanguageDetector } from '../../src/text-analysis/other-language.ts';
import { pagePipelineOptions } from '../../src/build/page-options.ts';
import { renderProblem } from '../../src/build/publishable-render.ts';
import { readProjectFile } from '../../src/content/read-file.ts';
import { readSiteConfig, type SiteConfig } from '../../src/content/site-config.ts';
import { renderPage } from '../../src/pipeline/processor.ts';
import { fragmentSchema } from '../../src/sanitize/sanitize-schema.ts';
import type { Schema } from 'hast-util-sanitize';
import { projectRoot } from '../helpers.ts';
import { pageFile } from './markdown-arbitrary.ts';
import { findUnsafe, parseHtml, type Finding } from './safety.ts';

let detector: OtherLanguageDetector;
let config: SiteConfig;
beforeAll(async () => {
  detector = await otherLanguageDetector();
  const loaded = readSiteConfig(await readProjectFile(projectRoot, 'content/site.yaml'));
  if (!loaded) throw new Error('The site config does not load.');
  config = loaded;
});

/** Render a page file as the build does; what is wrong with the output, if anything. */
async function problems(value: string, lang: string, schema?: Schema): Promise<string[]> {
  const render = async () => {
    const file = new VFile({ path: `content/${lang}/prop.md`, value });
    return renderPage(file, pagePipelineOptions({ config, glossary: [], detector, page: 'prop', lang, schema }));
  };
  const sections = await render();
  const found: string[] = [];
  for (const section of sections) {
    const [root, ...rest] = parseHtml(section.html);
    if ((root?.tag !== 'section' && root?.tag !== 'div') || rest.length > 0)
      found.push(`not one <section> or intro <div>: ${section.html.slice(0, 80)}`);
    if (!root?.attributes.some(([name, lang_]) => name === 'lang' && lang_ === lang))
      found.push(`no lang="${lang}" on ${section.html.slice(0, 80)}`);
    found.push(
      ...findUnsafe(parseHtml(section.html), { idPrefix: 'prop-' }).map(
        (finding: Finding) => `${finding.kind}: ${finding.detail}`,
      ),
    );
  }
  // What the pipeline makes is what a cached render must be (publishable-render.ts): the check refuses none of it.
  const refused = schema
    ? undefined
    : renderProblem({ messages: [], data: {}, sections, hashes: {} }, { page: 'prop', lang });
  if (refused) found.push(`a cached render would be refused: ${refused}`);
  const again = await render();
  if (JSON.stringify(again.map((section) => section.html)) !== JSON.stringify(sections.map((section) => section.html)))
    found.push('not deterministic');
  return found;
}

const weakened: Schema = {
  ...fragmentSchema({ clobberPrefix: '' }),
  protocols: {
    href: ['http', 'https', 'mailto', 'tel', 'javascript', 'data', 'vbscript'],
    src: ['http', 'https', 'data'],
  },
};

describe('properties of the pipeline (fast-check)', () => {
  for (const lang of ['en', 'es']) {
    it(`in ${lang}: never throws, output sanitized, every fragment has lang, same bytes twice`, async () => {
      await fc.assert(
        fc.asyncProperty(pageFile(lang), async (value) => {
          expect(await problems(value, lang)).toEqual([]);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('fails with a weakened schema (javascript: and data: URLs allowed, ids not prefixed): the properties have teeth', async () => {
    const result = await fc.check(
      fc.asyncProperty(pageFile('en'), async (value) => (await problems(value, 'en', weakened)).length === 0),
      { numRuns: 150 },
    );
    expect(result.failed).toBe(true);
    // The shrunk counterexample is a small page with a dangerous link or an unprefixed id.
    const counterexample = String(result.counterexample?.[0] ?? '');
    expect(await problems(counterexample, 'en', weakened)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(url|clobbering): /)]),
    );
  });
});
