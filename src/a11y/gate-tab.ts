/**
 * A tab of the gate's browser that checks page after page in one JavaScript
 * realm. axe-core and HTML_CodeSniffer are loaded into the tab once; each
 * page is then written into the same window (`document.open`, `write`,
 * `close`, its URL set first), so that its stylesheets, images and scripts
 * load as they would, while the checkers stay compiled and warm. A fresh
 * navigation per page would load and warm them again every time: most of a
 * page's check. Module scripts run once per realm, so those an earlier page
 * already ran are added again under a new URL, which runs them against the
 * new document as a fresh load would, and then removed.
 *
 * Requests that leave the local server are refused, so a check never waits
 * on the network; the files each page asked for are recorded.
 */
import type { CDPSession, Page } from 'puppeteer';
import { gatePaths } from './gate-files.ts';
import { runInPageChecks, type InPageIssue, type InPageSetup } from './in-page-checks.ts';

export interface GateTab {
  /** Show the page at `urlPath` (served HTML `html`) and run the checks; the files it requested from the server. */
  check(urlPath: string, html: string, setup: InPageSetup): Promise<{ issues: InPageIssue[]; requested: string[] }>;
  readonly page: Page;
  /** A DevTools session of the tab, for what puppeteer does not wrap (key events in bulk, font sizes). */
  readonly session: CDPSession;
  close(): Promise<void>;
}

/** `work`, or an error naming `what` once `milliseconds` have passed. */
export function withinTime<T>(work: Promise<T>, milliseconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${milliseconds} ms`)), milliseconds);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function openGateTab(
  browser: { newPage(): Promise<Page> },
  origin: string,
  timeout: number,
): Promise<GateTab> {
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  // Tabs checked side by side each keep focus as if in front: keyboard checks move focus in every one.
  await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  const requested = new Set<string>();
  // Files the tab already has still come from its cache (as they would for a reader): they are not seen here.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (url.startsWith(`${origin}/`)) requested.add(new URL(url).pathname);
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  const withTimeout = <T>(work: Promise<T>, what: string): Promise<T> => withinTime(work, timeout, what);
  const prime = async (): Promise<void> => {
    await page.goto(`${origin}${gatePaths.blank}`, { waitUntil: 'load' });
    await page.addScriptTag({ url: `${origin}${gatePaths.axe}` });
    await page.addScriptTag({ url: `${origin}${gatePaths.htmlcs}` });
    await page.addScriptTag({ url: `${origin}${gatePaths.probes}` });
  };
  const primed = (): Promise<boolean> =>
    page.evaluate(() => 'axe' in window && 'HTMLCS' in window && '__gateProbes' in window).catch(() => false);

  return {
    page,
    session,
    async check(urlPath, html, setup) {
      // A page that navigated away, or the first page of the tab: load the checkers (again).
      if (!(await primed())) await prime();
      requested.clear();
      await withTimeout(page.evaluate(showPage, `${origin}${urlPath}`, html), `Loading ${urlPath}`);
      const issues = await withTimeout(page.evaluate(runInPageChecks, setup), `Checking ${urlPath}`);
      return { issues, requested: [...requested].sort() };
    },
    close: () => page.close(),
  };
}

/* v8 ignore start -- runs in the page (sent as source text), where Node.js cannot measure it */
/** Runs in the page: write `html` into this window at `url`, wait for it to load, and run its module scripts. */
async function showPage(url: string, html: string): Promise<void> {
  const state = window as unknown as { __gateModules?: Set<string>; __gateRuns?: number };
  const seen = (state.__gateModules ??= new Set<string>());
  history.replaceState(null, '', url);
  document.open();
  // document.open() removes the window's listeners: listen after it.
  const loaded = new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  document.write(html);
  document.close();
  await loaded;
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')) {
    if (!seen.has(script.src)) {
      // Its first page: the parser ran it.
      seen.add(script.src);
      continue;
    }
    state.__gateRuns = (state.__gateRuns ?? 0) + 1;
    const again = new URL(script.src);
    again.searchParams.set('gate-run', String(state.__gateRuns));
    // A new module script element, as the page's own would be (not import(): the function's text must stay as written).
    const rerun = document.createElement('script');
    rerun.type = 'module';
    rerun.src = again.href;
    const ran = new Promise((resolve, reject) => {
      rerun.addEventListener('load', resolve, { once: true });
      rerun.addEventListener('error', reject, { once: true });
    });
    document.head.append(rerun);
    await ran;
    rerun.remove();
  }
}
/* v8 ignore stop */
