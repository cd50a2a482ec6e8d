/**
 * Properties of the whole build over generated Markdown (fast-check, fewer
 * runs than the pipeline's in properties.test.ts): it never throws; when it
 * succeeds, every fragment is sanitized (the schema-independent oracle of
 * safety.ts) and has its lang, and a second build gives the same bytes.
 */
import fc from 'fast-check';
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { scratchFolders } from '../helpers.ts';
import { pageFile } from './markdown-arbitrary.ts';
import { findUnsafe, parseHtml } from './safety.ts';

describe('properties of the whole build (fast-check, fewer runs)', () => {
  const scratch = scratchFolders();

  it('never throws; when it succeeds, every fragment is sanitized and has its lang, and a second build gives the same bytes', async () => {
    const root = await scratch.project();
    // Security, not accessibility, is under test here: the accessibility rules are off, so that more inputs get through.
    const rules = [
      'heading-order',
      'heading-empty',
      'link-text',
      'link-url-text',
      'image-alt',
      'other-language',
      'acronym-expansion',
      'list-markup',
      'table-headers',
      'duplicate-id',
    ];
    await appendFile(
      path.join(root, 'content/site.yaml'),
      `\naccessibility:\n  rules:\n${rules.map((rule) => `    ${rule}: off\n`).join('')}`,
    );
    // Hostile in the ways the build accepts, so that builds get through and their output can be judged (the pipeline
    // properties above cover what it refuses). The Spanish page is the English one relabelled (a translation that passes
    // the comparisons), or a page of its own.
    const pages = pageFile('en', { refused: false }).chain((english) =>
      fc
        .oneof(fc.constant(english.replace('lang: en', 'lang: es')), pageFile('es', { refused: false }))
        .map((spanish) => [english, spanish] as const),
    );
    let built = 0;
    await fc.assert(
      fc.asyncProperty(pages, async ([english, spanish]) => {
        await writeFile(path.join(root, 'content/en/prop.md'), english);
        await writeFile(path.join(root, 'content/es/prop.md'), spanish);
        const first = await compileSite(root);
        const second = await compileSite(root);
        expect(second.ok).toBe(first.ok);
        if (!first.ok || !first.output) {
          // Refused: with at least one error, each on a file.
          expect(first.files.some((file) => file.messages.some((message) => message.fatal === true))).toBe(true);
          return;
        }
        built += 1;
        expect([...(second.output ?? [])]).toEqual([...first.output]);
        for (const [file, html] of first.output) {
          const match = /^fragments\/(en|es)\/([^/]+)\//.exec(file);
          if (!match || typeof html !== 'string') continue;
          const [section] = parseHtml(html);
          expect(section?.attributes).toContainEqual(['lang', match[1]]);
          expect(findUnsafe(parseHtml(html), { idPrefix: `${match[2]}-` })).toEqual([]);
        }
      }),
      { numRuns: 16, seed: 20261128 },
    );
    // A fixed seed, so that this count is stable: some of the generated pages were built, not all refused.
    expect(built).toBeGreaterThan(3);
  });
});
