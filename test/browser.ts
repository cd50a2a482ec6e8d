/** One headless Chromium for a test file, found as the build finds it (src/a11y/browser.ts). */
export { launchBrowser } from '../src/a11y/browser.ts';
