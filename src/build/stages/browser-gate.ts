/**
 * The browser gate: every page it is given (each site page in each language, the
 * review page) is checked in Chromium, and each finding becomes a message on
 * the Markdown it comes from. Then the accessibility report's pages, made
 * from what it found, are checked the same way: the report passes the gate
 * it reports on. It runs unless the build skips the checks. No
 * browser is an error, not a silent pass: the message names the fix, and the
 * build stops there. A browser an earlier, killed build left running is
 * ended first (browser-record.ts).
 */
import type { Browser } from 'puppeteer';
import { VFile } from 'vfile';
import { launchRecordedBrowser } from '../browser-record.ts';
import { checkHarnesses } from '../../a11y/browser-checks.ts';
import { hasErrors, reportError } from '../../content/report.ts';
import type { Harness } from '../../a11y/harness.ts';
import { accessibilityFindings, accessibilityPages, reportBrowserChecks } from '../accessibility-report.ts';
import { need, type BuildContext, type Stage } from './context.ts';

async function checkInBrowser(context: BuildContext): Promise<BuildContext> {
  const { options, sharedBrowser } = need(context, 'target');
  const { files } = context;
  let browser: Browser;
  let forget = async (): Promise<void> => {};
  try {
    if (!sharedBrowser) ({ browser, forget } = await launchRecordedBrowser());
    else browser = sharedBrowser;
  } catch (error) {
    const file = new VFile({ cwd: options.root, path: 'browser' });
    reportError(file, error instanceof Error ? error.message : String(error), undefined, 'browser-checks');
    files.push(file);
    return { ...context, stopped: true };
  }
  const concurrency = options.browserChecks ? options.browserChecks.concurrency : undefined;
  const check = (harnesses: readonly Harness[]) =>
    checkHarnesses(harnesses, {
      browser,
      files: need(context, 'output'),
      ...(concurrency ? { concurrency } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
    });
  let checks;
  let reportPages;
  try {
    checks = await check(context.harnesses ?? []);
    files.push(...reportBrowserChecks(checks, files, options.root));
    const status = hasErrors(files) ? 'failed' : 'passed';
    const pages = accessibilityPages(accessibilityFindings(files, checks, status), need(context, 'manifest'));
    reportPages = { pages, checks: await check(pages) };
  } finally {
    if (!sharedBrowser) {
      await browser.close();
      await forget();
    }
  }
  files.push(...reportBrowserChecks(reportPages.checks, files, options.root));
  return { ...context, browserChecks: checks, reportPages };
}

export const browserGate: Stage = {
  name: 'browser gate',
  phase: 'browser checks',
  // The accessibility report after it records what the gate found, errors included.
  continuesOnErrors: true,
  applies: (context) => need(context, 'target').options.browserChecks !== false,
  run: checkInBrowser,
};
