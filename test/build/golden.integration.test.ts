/**
 * The shipped fragments, pinned byte for byte in test/golden/. A change to the
 * content or the pipeline shows up here as a diff to review; accept it with
 * `npx vitest run test/build/golden.integration.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { projectRoot } from '../helpers.ts';

const { output } = await compileSite(projectRoot);
const fragments = [...(output ?? new Map<string, string>())]
  .filter(([file]) => file.startsWith('fragments/'))
  .sort(([a], [b]) => (a < b ? -1 : 1));

describe('golden fragments', () => {
  it('builds all eight', () => {
    expect(fragments.map(([file]) => file)).toHaveLength(8);
  });

  it.each(fragments)('%s', async (file, html) => {
    await expect(html).toMatchFileSnapshot(`../golden/${file}`);
  });
});
