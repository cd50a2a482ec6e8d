/**
 * The live preview's browser gate (src/dev/background-gate.ts) in the run's
 * Chromium: it checks the pages a compile changed, its findings join that
 * compile's messages and the page's problems, and it drops the checks of a
 * compile already replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePageHarness } from '../../src/a11y/site-page-harness.ts';
import type { PageCheck } from '../../src/a11y/browser-checks.ts';
import { createBackgroundGate } from '../../src/dev/background-gate.ts';
import type { PreviewState } from '../../src/dev/preview-site.ts';
import { pageProblems } from '../../src/dev/problems.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';

let run: RunBrowser;
beforeAll(async () => {
  run = await connectBrowser();
});
afterAll(async () => run.close());

/** A compile's state with one page of the given body. */
function stateWith(version: number, body: string): PreviewState {
  const path = 'en/news/index.html';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><main><h1>News</h1>${body}</main></body></html>`;
  return {
    version,
    ok: true,
    output: new Map([[path, html]]),
    manifest: undefined,
    files: [],
    harnesses: [sitePageHarness({ path, lang: 'en', html }, () => undefined)],
  };
}

describe('the preview’s browser gate', () => {
  it('checks the changed pages, and its findings become the page’s problems', async () => {
    let current = stateWith(1, '<p><img src="/photo.png"></p>');
    const checked: PageCheck[][] = [];
    const gate = createBackgroundGate({
      root: process.cwd(),
      browser: run.browser,
      current: () => current,
      onChecked: (checks) => checked.push([...checks]),
      onFailure: (reason) => {
        throw new Error(reason);
      },
    });
    gate.check(current, ['en/news/index.html']);
    await gate.idle();
    expect(checked.map((checks) => checks.map((check) => check.path))).toEqual([['en/news/index.html']]);
    const problems = pageProblems(current.files, undefined, '/en/news/').problems;
    expect(problems.map((problem) => problem.rule)).toContain('embassy-content:axe/image-alt');
    expect(problems.find((problem) => problem.rule === 'embassy-content:axe/image-alt')?.file).toBe(
      'en/news/index.html',
    );

    // A compile that changed nothing visible keeps the page's findings; one that replaced the state drops stale checks.
    current = stateWith(2, '<p><img src="/photo.png"></p>');
    gate.check(current, []);
    await gate.idle();
    expect(pageProblems(current.files, undefined, '/en/news/').problems.length).toBe(problems.length);
    const replaced = stateWith(3, '<p><img src="/photo.png" alt="The ambassador"></p>');
    gate.check(replaced, ['en/news/index.html']);
    current = stateWith(4, '<p>No picture.</p>');
    await gate.idle();
    expect(replaced.files).toEqual([]);
    await gate.close();
  });
});
