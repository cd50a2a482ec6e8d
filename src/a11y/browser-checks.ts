/**
 * The in-browser gate: every harness page is served from memory on a local
 * port, loaded in one shared headless Chromium, and checked by pa11y with
 * axe, HTML_CodeSniffer (WCAG 2 AA, warnings included) and the link-text
 * runner. For whole pages, the accessibility tree is read as well and
 * compared with what the HTML means. Each problem is traced back to the
 * Markdown line of the element it is about.
 *
 * Pages are checked by a small pool of tabs in the one browser; requests
 * that leave the local server are refused, so a check never waits on the
 * network.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Nodes } from 'hast';
import { select } from 'hast-util-select';
import pa11y, { type Pa11yIssue } from 'pa11y';
import type { Browser, Page } from 'puppeteer';
import type { Point } from 'unist';
import { compareScreenReaderViews, expectedScreenReaderView, readScreenReaderView, type ScreenReaderView } from './accessibility-tree.ts';
import { normalizedGenericPhrases } from './generic-link-text.ts';
import type { Harness } from './harness.ts';

const linkTextRunner = path.join(import.meta.dirname, 'pa11y-runner-link-text.ts');

/** Runner names as reports show them. */
export type RunnerName = 'axe' | 'htmlcs' | 'link-text' | 'accessibility-tree';

/**
 * Warnings raised to errors: a skipped heading level misleads a reader who
 * navigates by headings (WCAG 1.3.1), and the static heading rule already
 * treats it as an error. pa11y's axe runner reports axe's "moderate" impact
 * as a warning, and HTML_CodeSniffer's G141 is a warning.
 */
const raisedToErrors = new Set(['axe heading-order', 'htmlcs WCAG2AA.Principle1.Guideline1_3.1_3_1_A.G141']);

export interface BrowserIssue {
  readonly runner: RunnerName;
  readonly code: string;
  readonly type: 'error' | 'warning';
  readonly message: string;
  readonly selector: string;
  readonly context: string;
  /** Where in the Markdown the element comes from, when it comes from a fragment. */
  readonly source?: { readonly file: string; readonly line: number; readonly column: number };
}

export interface PageCheck {
  readonly path: string;
  readonly lang: string;
  readonly wholePage: boolean;
  readonly issues: readonly BrowserIssue[];
  /** The screen-reader outline (whole pages only). */
  readonly screenReader?: ScreenReaderView;
  /** Time from navigation to the end of the checks, in milliseconds. */
  readonly milliseconds: number;
}

export interface BrowserCheckOptions {
  /** The one browser of the run. */
  readonly browser: Browser;
  /** Tabs checking pages at once (default: the number of cores, at most 4). */
  readonly concurrency?: number;
  /** Per-page timeout for pa11y, in milliseconds (default: 30 000). */
  readonly timeout?: number;
  /** Other files the pages load (stylesheets, scripts, bundles), by path relative to the output folder. */
  readonly files?: ReadonlyMap<string, string>;
}

/** Check every harness page; the results are in the order of `harnesses`. */
export async function checkHarnesses(harnesses: readonly Harness[], options: BrowserCheckOptions): Promise<PageCheck[]> {
  const byUrlPath = new Map(harnesses.map((harness) => [`/${harness.path}`, harness]));
  const server = await serve(byUrlPath, options.files ?? new Map());
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results: PageCheck[] = new Array<PageCheck>(harnesses.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    const page = await openPage(options.browser);
    try {
      while (next < harnesses.length) {
        const index = next++;
        const harness = harnesses[index];
        if (harness) results[index] = await checkHarness(page, harness, origin, options);
      }
    } finally {
      await page.close();
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? Math.min(availableParallelism(), 4), harnesses.length));
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    // The browser keeps connections alive; close them rather than wait for their timeout.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return results;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function serve(pages: ReadonlyMap<string, Harness>, files: ReadonlyMap<string, string>): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const harness = pages.get(pathname);
    const file = harness ? undefined : files.get(pathname.slice(1));
    const type = file === undefined ? undefined : contentTypes[path.extname(pathname)];
    response.writeHead(harness || type ? 200 : 404, { 'content-type': type ?? 'text/html; charset=utf-8' });
    response.end(harness?.html ?? (type ? file : ''));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  return page;
}

/** Let requests to the local server through and refuse the rest. */
function localRequestsOnly(page: Page, origin: string): void {
  // Attached before every navigation: pa11y, when it is given a page, detaches
  // all 'request' listeners as it finishes (page.off without a handler), and
  // an intercepted request without a listener would hang.
  page.removeAllListeners('request');
  page.on('request', (request) => {
    if (request.url().startsWith(`${origin}/`) || request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
}

async function checkHarness(page: Page, harness: Harness, origin: string, options: BrowserCheckOptions): Promise<PageCheck> {
  const started = performance.now();
  const url = `${origin}/${harness.path}`;
  localRequestsOnly(page, origin);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate((phrases) => {
    (window as unknown as { __embassyContentLinkText: unknown }).__embassyContentLinkText = { phrases };
  }, normalizedGenericPhrases());
  const results = await pa11y(url, {
    browser: options.browser,
    page,
    ignoreUrl: true,
    runners: ['axe', 'htmlcs', linkTextRunner],
    standard: 'WCAG2AA',
    includeWarnings: true,
    includeNotices: false,
    timeout: options.timeout ?? 30_000,
  });
  const issues = results.issues.map((issue) => toBrowserIssue(issue, harness));
  let screenReader: ScreenReaderView | undefined;
  if (harness.wholePage) {
    screenReader = await readScreenReaderView(page);
    for (const difference of compareScreenReaderViews(expectedScreenReaderView(harness.tree), screenReader)) {
      issues.push({ runner: 'accessibility-tree', code: 'screen-reader-view', type: 'error', message: difference, selector: 'html', context: '' });
    }
  }
  return { path: harness.path, lang: harness.lang, wholePage: harness.wholePage, issues, ...(screenReader ? { screenReader } : {}), milliseconds: Math.round(performance.now() - started) };
}

function runnerName(runner: string): RunnerName {
  if (runner === 'axe' || runner === 'htmlcs') return runner;
  return 'link-text';
}

function toBrowserIssue(issue: Pa11yIssue, harness: Harness): BrowserIssue {
  const runner = runnerName(issue.runner);
  const type = issue.type === 'error' || raisedToErrors.has(`${runner} ${issue.code}`) ? 'error' : 'warning';
  const source = sourceOf(issue.selector, harness);
  return { runner, code: issue.code, type, message: issue.message, selector: issue.selector, context: issue.context ?? '', ...(source ? { source } : {}) };
}

/** The Markdown place of the element a selector names, when it came from a fragment. */
function sourceOf(selector: string, harness: Harness): BrowserIssue['source'] {
  if (!selector) return undefined;
  let node: Nodes | undefined;
  try {
    node = select(selector, harness.tree) ?? undefined;
  } catch {
    // A selector hast-util-select cannot read: the issue is reported without a source line.
    return undefined;
  }
  const file = node ? harness.sources.get(node) : undefined;
  const start: Point | undefined = node?.position?.start;
  if (!file || !start) return undefined;
  return { file: file.path, line: start.line, column: start.column };
}
