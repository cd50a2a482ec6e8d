/** One headless Chromium for a test file: CHROME_PATH, else Debian's /usr/bin/chromium. */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const chromiumArgs = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No browser at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH.`);
  }
  return puppeteer.launch({ executablePath, args: chromiumArgs });
}
