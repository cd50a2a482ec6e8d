/**
 * The in-browser gate: every page (each site page in each language, with its
 * CSS and scripts) is served from memory on a local port and checked in one
 * shared headless Chromium, by a small pool of tabs (gate-tab.ts), with axe
 * (WCAG 2.2 AA and best practices), HTML_CodeSniffer (WCAG 2 AA, warnings
 * included) and generic link text (in-page-checks.ts). For site pages, the
 * accessibility tree is read as well and compared with what the HTML means.
 * Each problem is traced back to the Markdown line of the element it is
 * about.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Nodes } from 'hast';
import { select, selectAll } from 'hast-util-select';
import type { Browser } from 'puppeteer';
import type { Point } from 'unist';
import {
  compareScreenReaderViews,
  expectedScreenReaderView,
  readScreenReaderView,
  type ScreenReaderView,
} from './accessibility-tree.ts';
import { normalizedGenericPhrases } from '../text-analysis/generic-link-text.ts';
import { runAdaptations, type AdaptationFinding, type AdaptationRunner } from './adaptations/index.ts';
import { gateFiles } from './gate-files.ts';
import { openGateTab, withinTime, type GateTab } from './gate-tab.ts';
import type { Harness } from './harness.ts';
import { axeTags, type InPageIssue, type InPageSetup } from './in-page-checks.ts';
import { loadedFiles } from './loaded-files.ts';
import { readTranscript, type Transcript } from './transcript.ts';
import { cacheKey, type ContentCache } from '../cache/content-cache.ts';
import { toolchainFingerprint } from '../cache/toolchain.ts';

/** Runner names as reports show them. */
export type RunnerName = 'axe' | 'htmlcs' | 'link-text' | 'accessibility-tree' | 'gate' | AdaptationRunner;

/**
 * Warnings raised to errors: a skipped heading level misleads a reader who
 * navigates by headings (WCAG 1.3.1), and the static heading rule already
 * treats it as an error. axe's "moderate" impact is a warning, and
 * HTML_CodeSniffer's G141 is a warning.
 */
const raisedToErrors = new Set(['axe heading-order', 'htmlcs WCAG2AA.Principle1.Guideline1_3.1_3_1_A.G141']);

export interface BrowserIssue {
  readonly runner: RunnerName;
  readonly code: string;
  readonly type: 'error' | 'warning';
  readonly message: string;
  readonly selector: string;
  readonly context: string;
  /** The WCAG success criterion it fails, `1.4.10`, where the checker names one. */
  readonly criterion?: string;
  /** Where in the Markdown the element comes from, when it comes from a fragment. */
  readonly source?: { readonly file: string; readonly line: number; readonly column: number };
  /** The fragment the element is in (`mexico/goals`), when it is in one. */
  readonly fragment?: string;
}

export interface PageCheck {
  readonly path: string;
  readonly lang: string;
  readonly wholePage: boolean;
  readonly issues: readonly BrowserIssue[];
  /** The screen-reader outline (site pages only). */
  readonly screenReader?: ScreenReaderView;
  /** What a screen reader says, read through and jumped through (site pages only). */
  readonly transcript?: Transcript;
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
  /** Time a page may take to load, and then to be checked, in milliseconds (default: 30 000 each). */
  readonly timeout?: number;
  /** Other files the pages load (stylesheets, scripts, bundles), by path relative to the output folder. */
  readonly files?: ReadonlyMap<string, string | Uint8Array>;
  /**
   * Results kept between runs: a page whose HTML, and every file it loaded,
   * are the same as when it was checked in the same browser with the same
   * tools, is not checked again (its problems are traced to the Markdown anew).
   */
  readonly cache?: ContentCache;
}

/** What the browser found on a page, before it is traced to the Markdown: what the cache keeps. */
interface RawCheck {
  readonly issues: readonly (InPageIssue | AdaptationFinding)[];
  readonly screenReader?: ScreenReaderView;
  readonly transcript?: Transcript;
  /** Each file the page loads from the output folder (loaded-files.ts, and what it asked for), with its content's hash then. */
  readonly loaded: readonly (readonly [string, string])[];
}

/** Check every page the gate is given (site pages, the review page); the results are in the order of `harnesses`. */
export async function checkHarnesses(
  harnesses: readonly Harness[],
  options: BrowserCheckOptions,
): Promise<PageCheck[]> {
  const byUrlPath = new Map(harnesses.map((harness) => [`/${harness.path}`, harness]));
  const server = await serveGate(harnesses, options.files ?? new Map());
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results: PageCheck[] = new Array<PageCheck>(harnesses.length);
  const contentHashes = new Map<string, string>();
  const contentHash = (urlPath: string): string => {
    let hash = contentHashes.get(urlPath);
    if (hash === undefined) {
      const content = byUrlPath.get(urlPath)?.html ?? options.files?.get(urlPath.slice(1)) ?? '';
      hash = cacheKey(typeof content === 'string' ? content : Buffer.from(content).toString('base64'));
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
  const setup: InPageSetup = { axeTags, standard: 'WCAG2AA', phrases: normalizedGenericPhrases() };
  const timeout = options.timeout ?? 30_000;
  const worker = async (): Promise<void> => {
    let tab = await openGateTab(options.browser, origin, timeout);
    try {
      while (next < pending.length) {
        const index = pending[next++] ?? 0;
        const harness = harnesses[index];
        if (!harness) continue;
        const started = performance.now();
        let raw: RawCheck;
        try {
          raw = await withinTime(
            checkHarness(tab, harness, setup, options.files ?? new Map(), contentHash),
            3 * timeout,
            `Checking /${harness.path}`,
          );
        } catch (error) {
          // The page is reported unchecked, and the tab, which may be stuck in it, is replaced.
          results[index] = unfinished(harness, error, Math.round(performance.now() - started));
          await withinTime(tab.close(), timeout, 'Closing a tab').catch(() => undefined);
          tab = await openGateTab(options.browser, origin, timeout);
          continue;
        }
        results[index] = traced(raw, harness, Math.round(performance.now() - started));
        await options.cache?.set(
          'browser-check',
          cacheKey(keyPrefix, harness.path, harness.wholePage, harness.html),
          raw,
        );
      }
    } finally {
      await tab.close();
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
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serve the pages, the output's other files and the checkers on a free local port. */
export async function serveGate(
  harnesses: readonly Harness[],
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<Server> {
  const pages = new Map(harnesses.map((harness) => [`/${harness.path}`, harness]));
  const gate = await gateFiles();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const harness = pages.get(pathname);
    const file = harness ? undefined : (gate.get(pathname) ?? files.get(pathname.slice(1)));
    const type = file === undefined ? undefined : contentTypes[path.extname(pathname)];
    response.writeHead(harness || type ? 200 : 404, { 'content-type': type ?? 'text/html; charset=utf-8' });
    response.end(harness?.html ?? file ?? '');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function checkHarness(
  tab: GateTab,
  harness: Harness,
  setup: InPageSetup,
  files: ReadonlyMap<string, string | Uint8Array>,
  contentHash: (urlPath: string) => string,
): Promise<RawCheck> {
  const { issues, requested } = await tab.check(`/${harness.path}`, harness.html, setup);
  const adapted = await runAdaptations(tab);
  const transcript = harness.wholePage ? await readTranscript(tab.page) : undefined;
  const screenReader = harness.wholePage ? await readScreenReaderView(tab.page) : undefined;
  const loaded = new Set(loadedFiles(harness.tree, harness.path, files));
  for (const urlPath of requested) if (files.has(urlPath.slice(1))) loaded.add(urlPath.slice(1));
  return {
    issues: [...issues, ...adapted],
    ...(screenReader ? { screenReader } : {}),
    ...(transcript ? { transcript } : {}),
    loaded: [...loaded].sort().map((file) => [`/${file}`, contentHash(`/${file}`)] as const),
  };
}

/** A page the browser could not check: an error on it, so that the gate never passes a page it did not see. */
function unfinished(harness: Harness, error: unknown, milliseconds: number): PageCheck {
  const sources = [...new Set([...harness.sources.values()].map((file) => file.path))].sort();
  const reason = error instanceof Error ? error.message : String(error);
  // A page that ran out of time is too heavy for its readers too; another failure is the check's own.
  const advice = /took more than/.test(reason)
    ? 'A page that takes this long is too large or too complex for its readers too: split it into several pages, or shorten what makes it heavy (a very long table or list).'
    : 'The check itself failed here: build again, and if it fails the same way, report it with this page.';
  return {
    path: harness.path,
    lang: harness.lang,
    wholePage: harness.wholePage,
    issues: [
      {
        runner: 'gate',
        code: 'unfinished',
        type: 'error',
        message: `The browser could not check this page${sources.length > 0 ? ` (from ${sources.join(', ')})` : ''}: ${reason}. ${advice}`,
        selector: '',
        context: '',
      },
    ],
    milliseconds,
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
    ...(raw.transcript ? { transcript: raw.transcript } : {}),
    milliseconds,
  };
}

function toBrowserIssue(issue: RawCheck['issues'][number], harness: Harness): BrowserIssue {
  const runner = issue.runner;
  const type = issue.type === 'error' || raisedToErrors.has(`${runner} ${issue.code}`) ? 'error' : 'warning';
  const source = sourceOf(issue.selector, harness);
  const fragment = source ? fragmentOf(issue.selector, harness) : undefined;
  return {
    runner,
    code: issue.code,
    type,
    message: issue.message,
    selector: issue.selector,
    context: issue.context ?? '',
    ...(issue.criterion ? { criterion: issue.criterion } : {}),
    ...(source ? { source } : {}),
    ...(fragment ? { fragment } : {}),
  };
}

/** The `data-fragment` of the container holding the element a selector names. */
function fragmentOf(selector: string, harness: Harness): string | undefined {
  const node = select(selector, harness.tree);
  if (!node) return undefined;
  const holds = (parent: Nodes): boolean =>
    parent === node || ('children' in parent && parent.children.some((child) => holds(child)));
  const container = selectAll('[data-fragment]', harness.tree).find((candidate) => holds(candidate));
  return container ? String(container.properties.dataFragment) : undefined;
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
