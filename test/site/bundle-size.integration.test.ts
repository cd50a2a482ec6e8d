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

it('measures what the search page alone loads: its script, Pagefind, and each language’s index files', async () => {
  const sizes = await measureBundles(out);
  const files = (sizes.search ?? []).map((file) => file.file.replace(/_[0-9a-f]+\.pf_meta$/, '_*.pf_meta'));
  expect(files).toEqual([
    'assets/search.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind.en_*.pf_meta',
    'pagefind/wasm.en.pagefind',
    'pagefind/pagefind.es_*.pf_meta',
    'pagefind/wasm.es.pagefind',
  ]);
  // None of it is what every page loads.
  expect(sizes.runtime.map((file) => file.file)).not.toContain('assets/search.js');
  expect(sizes.search?.every((file) => file.bytes > 0)).toBe(true);
});
