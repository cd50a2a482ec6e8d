/**
 * A site page's elements are traced to the Markdown that made them, in its
 * own language and where a missing translation's place is taken by the
 * source's fragment, with the "not translated yet" notice inside it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { editFile, scratchFolders, smallFixtureRoot, withoutSection } from '../helpers.ts';

const scratch = scratchFolders();

describe('a site page traced to its Markdown', () => {
  it('traces a fallback fragment’s elements to the source’s lines, past the notice the page adds', async () => {
    const root = await scratch.project(smallFixtureRoot);
    const paragraph = 'For the report, see [the annual strategy report](https://www.state.gov/).';
    await editFile(root, 'content/en/mexico.md', (text) =>
      text.replace('## Challenges {#challenges}\n', `## Challenges {#challenges}\n\n${paragraph}\n`),
    );
    await editFile(root, 'content/es/mexico.md', (text) => withoutSection(text, 'challenges'));
    const compiled = await compileSite(root);
    expect(compiled.ok).toBe(true);
    const line = (await readFile(path.join(root, 'content/en/mexico.md'), 'utf8')).split('\n').indexOf(paragraph) + 1;
    for (const lang of ['en', 'es']) {
      const page = compiled.harnesses?.find((harness) => harness.path === `${lang}/mexico/index.html`);
      const link = page && select('[data-fragment="mexico/challenges"] a', page.tree);
      expect(link && page.sources.get(link)?.path).toBe('content/en/mexico.md');
      expect(link?.position?.start).toEqual(expect.objectContaining({ line, column: 21 }));
    }
    // The notice is the page's, not the Markdown's.
    const spanish = compiled.harnesses?.find((harness) => harness.path === 'es/mexico/index.html');
    const notice = spanish && select('.translation-notice', spanish.tree);
    expect(notice).toBeDefined();
    expect(notice && spanish.sources.has(notice)).toBe(false);
  });
});
