import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, systemBrowserPaths } from '../../src/a11y/browser.ts';

async function fakeBrowser(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'browser-'));
  const file = path.join(folder, 'chrome');
  await writeFile(file, '');
  return file;
}

const none = async (): Promise<undefined> => undefined;

describe('findBrowser', () => {
  it('takes CHROME_PATH first', async () => {
    const chrome = await fakeBrowser();
    const system = await fakeBrowser();
    expect(await findBrowser({ env: { CHROME_PATH: chrome }, systemPaths: [system], managedPath: none })).toBe(chrome);
  });

  it('names CHROME_PATH when it points at nothing, rather than silently taking another browser', async () => {
    const system = await fakeBrowser();
    await expect(findBrowser({ env: { CHROME_PATH: '/nowhere/chrome' }, systemPaths: [system] })).rejects.toThrow(
      /CHROME_PATH is \/nowhere\/chrome/,
    );
  });

  it("then Debian's chromium, then puppeteer's managed browser", async () => {
    const system = await fakeBrowser();
    const managed = await fakeBrowser();
    expect(await findBrowser({ env: {}, systemPaths: [system], managedPath: async () => managed })).toBe(system);
    expect(await findBrowser({ env: {}, systemPaths: ['/nowhere/chromium'], managedPath: async () => managed })).toBe(
      managed,
    );
  });

  it('without any browser, fails with one line that names the fixes', async () => {
    const attempt = findBrowser({ env: {}, systemPaths: ['/nowhere/chromium'], managedPath: none });
    await expect(attempt).rejects.toBeInstanceOf(BrowserNotFoundError);
    const error: Error = await attempt.then(
      () => new Error('found a browser'),
      (caught: unknown) => caught as Error,
    );
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(
      /apt-get install chromium.*CHROME_PATH.*puppeteer browsers install.*--skip-browser-checks/,
    );
  });
});

describe('systemBrowserPaths', () => {
  it('looks where the quick start (run.mjs) looks, on every system', async () => {
    const { systemBrowsers } = await import('../../run.mjs');
    const env = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(systemBrowserPaths(platform, env), platform).toEqual(systemBrowsers(platform, env));
    }
    expect(systemBrowserPaths('linux')[0]).toBe('/usr/bin/chromium');
  });
});
