/**
 * The run's Chromium (test/setup/browser.ts), for an end-to-end test file:
 * connected to, never launched, and never closed (other files use it). A
 * file opens its pages in a browser context of its own, so that cookies and
 * storage do not cross between files, and `close()` closes them all.
 */
import puppeteer, { type Browser, type BrowserContext } from 'puppeteer';
import { inject } from 'vitest';

export interface RunBrowser {
  /** The browser, for what opens and closes pages of its own (the build's checks). */
  readonly browser: Browser;
  /** This file's pages go here. */
  readonly context: BrowserContext;
  /** Close this file's context, with every page in it, and disconnect. */
  close(): Promise<void>;
}

export async function connectBrowser(): Promise<RunBrowser> {
  const browser = await puppeteer.connect({ browserWSEndpoint: inject('browserWSEndpoint') });
  const context = await browser.createBrowserContext();
  return {
    browser,
    context,
    async close() {
      await context.close();
      await browser.disconnect();
    },
  };
}
