/**
 * The run's Chromium (test/setup/browser.ts), for an end-to-end test file.
 * Disconnect at the end of the file, never close: other files use it too.
 * Open pages in a browser context of the file's own when cookies or storage
 * matter, and close what you open.
 */
import puppeteer, { type Browser } from 'puppeteer';
import { inject } from 'vitest';

export async function connectBrowser(): Promise<Browser> {
  return puppeteer.connect({ browserWSEndpoint: inject('browserWSEndpoint') });
}

/** A browser of the file's own (until every file connects to the run's). */
export { launchBrowser } from '../src/a11y/browser.ts';
