/**
 * The in-browser gate: every page (each site page in each language, with its
 * CSS and scripts) is served from memory on a local port, loaded in one
 * shared headless Chromium, and checked by pa11y with axe (WCAG 2.2 AA and
 * best practices, pa11y-runner-axe.ts), HTML_CodeSniffer (WCAG 2 AA,
 * warnings included) and the link-text runner. For site pages, the
 * accessibility tree is read as well and
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
import {
  compareScreenReaderViews,
  expectedScreenReaderView,
  readScreenReaderView,
  type ScreenReaderView,
} from './accessibility-tree.ts';
import { normalizedGenericPhrases } from '../text-analysis/generic-link-text.ts';
import type { Harness } from './harness.ts';
import { cacheKey, type ContentCache } from '../cache/content-cache.ts';
import { toolchainFingerprint } from '../cache/toolchain.ts';

const linkTextRunner = path.join(import.meta.dirname, 'pa11y-runner-link-text.ts');
const axeRunner = path.join(import.meta.dirname, 'pa11y-runner-axe.ts');

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
  /** The screen-reader outline (site pages only). */
  readonly screenReader?: ScreenReaderView;
  /** Time from navigation to the end of the checks, in milliseconds (0 when reused). */
  readonly milliseconds: number;
  /** True when the result was reused from the cache: the page and all it loads are as they were. */
  readonly cached?: boolean;
}

/** Tabs checking pages at once by default: the number of cores, at most 4. */
export const defaultTabs: number = Math.min(availableParallelism(), 4);

export interface BrowserCheckOptions {
  /** The one browser of the run. */
  readonly browser: Browser;
  /** Tabs checking pages at once (default: the number of cores, at most 4). */
  readonly concurrency?: number;
  /** Per-page timeout for pa11y, in milliseconds (default: 30 000). */
  readonly timeout?: number;
  /** Other files the pages load (stylesheets, scripts, bundles), by path relative to the output folder. */
  readonly files?: ReadonlyMap<string, string>;
  /**
   * Results kept between runs: a page whose HTML, and every file it loaded,
   * are the same as when it was checked in the same browser with the same
   * tools, is not checked again (its problems are traced to the Markdown anew).
   */
  readonly cache?: ContentCache;
}

/** What the browser found on a page, before it is traced to the Markdown: what the cache keeps. */
interface RawCheck {
  readonly issues: readonly Pick<Pa11yIssue, 'runner' | 'code' | 'type' | 'message' | 'selector' | 'context'>[];
  readonly screenReader?: ScreenReaderView;
  /** Each file the page loaded from the local server, with the hash of its content then. */
  readonly loaded: readonly (readonly [string, string])[];
}

/** Check every harness page; the results are in the order of `harnesses`. */
export async function checkHarnesses(
  harnesses: readonly Harness[],
  options: BrowserCheckOptions,
): Promise<PageCheck[]> {
  const byUrlPath = new Map(harnesses.map((harness) => [`/${harness.path}`, harness]));
  const server = await serve(byUrlPath, options.files ?? new Map());
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results: PageCheck[] = new Array<PageCheck>(harnesses.length);
  const contentHashes = new Map<string, string>();
  const contentHash = (urlPath: string): string => {
    let hash = contentHashes.get(urlPath);
    if (hash === undefined) {
      hash = cacheKey(byUrlPath.get(urlPath)?.html ?? options.files?.get(urlPath.slice(1)) ?? '');
      contentHashes.set(urlPath, hash);
    }
    return hash;
  };
  const keyPrefix = options.cache ? cacheKey(await toolchainFingerprint(), await options.browser.version()) : '';
  const pending: number[] = [];
  for (const [index, harness] of harnesses.entries()) {
    const cached = options.cache
      ? await options.cache.get(
          'browser-check',
          cacheKey(keyPrefix, harness.path, harness.wholePage, harness.html),
          isRawCheck,
        )
      : undefined;
    if (cached && cached.loaded.every(([urlPath, hash]) => contentHash(urlPath) === hash))
      results[index] = { ...traced(cached, harness, 0), cached: true };
    else pending.push(index);
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    const page = await openPage(options.browser);
    try {
      while (next < pending.length) {
        const index = pending[next++] ?? 0;
        const harness = harnesses[index];
        if (!harness) continue;
        const started = performance.now();
        const raw = await checkHarness(page, harness, origin, options, contentHash);
        results[index] = traced(raw, harness, Math.round(performance.now() - started));
        await options.cache?.set(
          'browser-check',
          cacheKey(keyPrefix, harness.path, harness.wholePage, harness.html),
          raw,
        );
      }
    } finally {
      await page.close();
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? defaultTabs, pending.length));
  try {
    if (pending.length > 0) await Promise.all(Array.from({ length: concurrency }, worker));
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
function localRequestsOnly(page: Page, origin: string, loaded: Set<string>): void {
  // Attached before every navigation: pa11y, when it is given a page, detaches
  // all 'request' listeners as it finishes (page.off without a handler), and
  // an intercepted request without a listener would hang.
  page.removeAllListeners('request');
  page.on('request', (request) => {
    if (request.url().startsWith(`${origin}/`)) loaded.add(new URL(request.url()).pathname);
    if (request.url().startsWith(`${origin}/`) || request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
}

async function checkHarness(
  page: Page,
  harness: Harness,
  origin: string,
  options: BrowserCheckOptions,
  contentHash: (urlPath: string) => string,
): Promise<RawCheck> {
  const url = `${origin}/${harness.path}`;
  const loaded = new Set<string>();
  localRequestsOnly(page, origin, loaded);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate((phrases) => {
    (window as unknown as { __embassyContentLinkText: unknown }).__embassyContentLinkText = { phrases };
  }, normalizedGenericPhrases());
  const results = await pa11y(url, {
    browser: options.browser,
    page,
    ignoreUrl: true,
    runners: [axeRunner, 'htmlcs', linkTextRunner],
    standard: 'WCAG2AA',
    includeWarnings: true,
    includeNotices: false,
    timeout: options.timeout ?? 30_000,
  });
  const issues = results.issues.map(({ runner, code, type, message, selector, context }) => ({
    runner,
    code,
    type,
    message,
    selector,
    context,
  }));
  const screenReader = harness.wholePage ? await readScreenReaderView(page) : undefined;
  loaded.delete(`/${harness.path}`);
  return {
    issues,
    ...(screenReader ? { screenReader } : {}),
    loaded: [...loaded].sort().map((urlPath) => [urlPath, contentHash(urlPath)] as const),
  };
}

function isRawCheck(value: unknown): value is RawCheck {
  const check = value as Partial<RawCheck> | null;
  return typeof check === 'object' && check !== null && Array.isArray(check.issues) && Array.isArray(check.loaded);
}

/** A page's check, its problems traced to the Markdown through the harness's tree. */
function traced(raw: RawCheck, harness: Harness, milliseconds: number): PageCheck {
  const issues = raw.issues.map((issue) => toBrowserIssue(issue, harness));
  if (harness.wholePage && raw.screenReader) {
    for (const difference of compareScreenReaderViews(expectedScreenReaderView(harness.tree), raw.screenReader)) {
      issues.push({
        runner: 'accessibility-tree',
        code: 'screen-reader-view',
        type: 'error',
        message: difference,
        selector: 'html',
        context: '',
      });
    }
  }
  return {
    path: harness.path,
    lang: harness.lang,
    wholePage: harness.wholePage,
    issues,
    ...(raw.screenReader ? { screenReader: raw.screenReader } : {}),
    milliseconds,
  };
}

function runnerName(runner: string): RunnerName {
  if (runner === 'htmlcs') return runner;
  return runner === axeRunner ? 'axe' : 'link-text';
}

function toBrowserIssue(issue: RawCheck['issues'][number], harness: Harness): BrowserIssue {
  const runner = runnerName(issue.runner);
  const type = issue.type === 'error' || raisedToErrors.has(`${runner} ${issue.code}`) ? 'error' : 'warning';
  const source = sourceOf(issue.selector, harness);
  return {
    runner,
    code: issue.code,
    type,
    message: issue.message,
    selector: issue.selector,
    context: issue.context ?? '',
    ...(source ? { source } : {}),
  };
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
