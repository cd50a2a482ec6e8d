/**
 * The browser for the in-browser checks: `CHROME_PATH` if set, else a
 * Chromium or Chrome where the system installs it, else the browser
 * puppeteer manages (when it was downloaded). One browser serves a whole
 * run; pages are opened in it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';

/** Flags for headless Chromium in containers and CI (root needs --no-sandbox); no network chatter. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const debianChromium = '/usr/bin/chromium';

/** Chromium or Chrome where each system installs them, in order (the quick start, run.mjs, looks in the same places). */
export function systemBrowserPaths(platform: NodeJS.Platform = process.platform, env = process.env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root) => root !== undefined);
    return roots.map((root) => path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [
    debianChromium,
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/** Why no browser was found, and how to get one: one line. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

export interface BrowserDiscovery {
  readonly env?: NodeJS.ProcessEnv;
  /** Checked in order after CHROME_PATH; default: where the system installs Chromium or Chrome. */
  readonly systemPaths?: readonly string[];
  /** The path of puppeteer's managed browser (default: asks puppeteer). */
  readonly managedPath?: () => Promise<string | undefined>;
}

async function puppeteerManagedPath(): Promise<string | undefined> {
  try {
    return await puppeteer.executablePath();
  } catch {
    return undefined;
  }
}

/** The path of the browser to launch, or a BrowserNotFoundError naming the fix. */
export async function findBrowser(options: BrowserDiscovery = {}): Promise<string> {
  const env = options.env ?? process.env;
  const chromePath = env.CHROME_PATH;
  if (chromePath) {
    if (existsSync(chromePath)) return chromePath;
    throw new BrowserNotFoundError(
      `CHROME_PATH is ${chromePath}, but there is no browser there: fix CHROME_PATH or unset it.`,
    );
  }
  for (const candidate of options.systemPaths ?? systemBrowserPaths(process.platform, env)) {
    if (existsSync(candidate)) return candidate;
  }
  const managed = await (options.managedPath ?? puppeteerManagedPath)();
  if (managed && existsSync(managed)) return managed;
  throw new BrowserNotFoundError(
    'No browser for the accessibility checks: install Chromium (apt-get install chromium), set CHROME_PATH to a Chrome or Chromium, ' +
      'or run `npx puppeteer browsers install chrome`; to build without them, use `npm run build -- --skip-browser-checks`.',
  );
}

export interface LaunchOptions extends BrowserDiscovery {
  /**
   * Whether other processes connect to it, over a WebSocket (the test run's
   * shared browser). Otherwise it talks over a pipe, and ends when the pipe
   * does: a build that is killed (even with SIGKILL) takes its browser with
   * it, within a second or two.
   */
  readonly shared?: boolean;
}

/** Launch the one headless browser of a run. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await findBrowser(options),
    args: [...chromiumArgs],
    pipe: options.shared !== true,
  });
}
