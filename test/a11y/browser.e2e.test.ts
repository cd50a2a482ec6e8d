/** This machine's browser, found as the build finds it (the unit tests find fake ones). */
import { expect, it } from 'vitest';
import { findBrowser } from '../../src/a11y/browser.ts';

it('finds the browser of this machine', async () => {
  expect(await findBrowser()).toMatch(/chrom/i);
});
