/**
 * The browser gate of the live preview: after each compile, the pages whose
 * HTML changed are checked in Chromium (axe, HTML_CodeSniffer, link text,
 * the accessibility tree: a11y/browser-checks.ts) in the background, and
 * their findings join the compile's messages, traced to the Markdown line as
 * in a build. A save never waits for it: a compile that comes while pages are
 * being checked is checked next, and the checks of a compile already replaced
 * are dropped. Pages that did not change keep their last findings. Its
 * browser is recorded as the build's are (build/browser-record.ts), so that a
 * preview killed outright leaves none running past the next build.
 */
import type { Browser } from 'puppeteer';
import { checkHarnesses, type PageCheck } from '../a11y/browser-checks.ts';
import type { Harness } from '../a11y/harness.ts';
import { reportBrowserChecks } from '../build/accessibility-report.ts';
import { launchRecordedBrowser } from '../build/browser-record.ts';
import type { ContentCache } from '../cache/content-cache.ts';
import type { PreviewState } from './preview-site.ts';

export interface BackgroundGateOptions {
  readonly root: string;
  readonly cache?: ContentCache | undefined;
  /** The state now: checks of an older compile are not reported. */
  readonly current: () => PreviewState;
  /** The gate's findings on the pages just checked were added to the current state's messages. */
  readonly onChecked: (checks: readonly PageCheck[]) => void;
  /** No browser, or checks that failed: the preview goes on without their findings. */
  readonly onFailure: (reason: string) => void;
  /** A browser to use (tests); by default one is launched on first use, and closed with the gate. */
  readonly browser?: Browser;
}

export interface BackgroundGate {
  /** Check the pages of this compile that changed. */
  check(state: PreviewState, changed: readonly string[]): void;
  /** Resolves when no check is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function createBackgroundGate(options: BackgroundGateOptions): BackgroundGate {
  let browser: Promise<Browser | undefined> | undefined;
  const latest = new Map<string, PageCheck>();
  let appliedVersion = -1;
  let waiting: { state: PreviewState; harnesses: readonly Harness[] } | undefined;
  let running: Promise<void> | undefined;

  let forget = async (): Promise<void> => {};
  const openBrowser = (): Promise<Browser | undefined> => {
    const launched = async (): Promise<Browser> => {
      const recorded = await launchRecordedBrowser();
      forget = recorded.forget;
      return recorded.browser;
    };
    browser ??= (options.browser ? Promise.resolve(options.browser) : launched()).catch((error: unknown) => {
      options.onFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    });
    return browser;
  };

  /** Attach findings to the state's files: on a state seen for the first time, every page's last findings. */
  const attach = (state: PreviewState, checks: readonly PageCheck[]): void => {
    const current = new Set((state.harnesses ?? []).map((harness) => harness.path));
    for (const path of latest.keys()) if (!current.has(path)) latest.delete(path);
    for (const check of checks) latest.set(check.path, check);
    const toReport = appliedVersion === state.version ? checks : [...latest.values()];
    appliedVersion = state.version;
    state.files.push(...reportBrowserChecks(toReport, state.files, options.root));
    options.onChecked(checks);
  };

  const runChecks = async (state: PreviewState, harnesses: readonly Harness[]): Promise<void> => {
    const found = await openBrowser();
    if (!found || !state.output) return;
    const checks = await checkHarnesses(harnesses, {
      browser: found,
      files: state.output,
      ...(options.cache ? { cache: options.cache } : {}),
    });
    if (options.current().version === state.version) attach(state, checks);
  };

  const next = (): void => {
    if (running || !waiting) return;
    const { state, harnesses } = waiting;
    waiting = undefined;
    running = runChecks(state, harnesses)
      .catch((error: unknown) => options.onFailure(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        running = undefined;
        next();
      });
  };

  return {
    check(state, changed) {
      if (!state.ok) return;
      const changedFiles = new Set(changed);
      const harnesses = (state.harnesses ?? []).filter((harness) => changedFiles.has(harness.path));
      waiting = { state, harnesses };
      next();
    },
    async idle() {
      while (running) await running;
    },
    async close() {
      waiting = undefined;
      await this.idle();
      const opened = await browser;
      if (opened && !options.browser) {
        await opened.close();
        await forget();
      }
    },
  };
}
