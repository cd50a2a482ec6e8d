/** One headless Chromium for the whole run; test files connect to it (test/browser.ts). */
import type { TestProject } from 'vitest/node';
import { launchBrowser } from '../../src/a11y/browser.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = await launchBrowser({ shared: true });
  project.provide('browserWSEndpoint', browser.wsEndpoint());
  return async () => browser.close();
}
