/**
 * The run-time JavaScript stays within its budget (25,000 B gzip, i18next
 * included). Sizes, not times: they are the same on every machine. What
 * `npm run size` prints: test/cli/scripts.e2e.test.ts.
 */
import { expect, inject, it } from 'vitest';
import { measureBundles, runtimeBudget } from '../../src/site/bundle-size.ts';

/** The run's build of the project, read only. */
const out = inject('projectBuild');

it('keeps the run-time JavaScript, i18next included, within 25,000 B gzip', async () => {
  const sizes = await measureBundles(out);
  expect(sizes.runtime.map((file) => file.file)).toEqual(['assets/embassy-content.js', 'assets/site.js']);
  // i18next is in the bundle: the budget is for everything a page runs.
  expect(sizes.i18nextBytes).toBeGreaterThan(30_000);
  expect(sizes.runtimeGzip).toBeLessThanOrEqual(runtimeBudget);
  expect(Object.keys(sizes.languages)).toEqual(['en', 'es']);
});
