/**
 * The second engine (src/a11y/second-engine.ts), in real Firefox over
 * WebDriver BiDi: the project's pages, as Chromium checked them, show no
 * difference in Firefox; a Chromium result that does not match the page (a
 * heading Firefox cannot find, an axe finding Firefox does not make) is
 * reported. Skipped, saying why, where Firefox is not installed
 * (`node run.mjs test` installs it with apt where it can).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses, type PageCheck } from '../../src/a11y/browser-checks.ts';
import type { Harness } from '../../src/a11y/harness.ts';
import { compareWithFirefox, firefoxPath, type SecondEngineRun } from '../../src/a11y/second-engine.ts';
import { compileSite } from '../../src/build/build-site.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { projectRoot } from '../helpers.ts';

const firefox = firefoxPath();
let run: RunBrowser;
let pages: Harness[];
let checks: PageCheck[];
let files: ReadonlyMap<string, string | Uint8Array>;
let clean: SecondEngineRun;
let seeded: SecondEngineRun;

describe.skipIf(!firefox)('Firefox, the second engine (skipped: no firefox-esr here)', () => {
  beforeAll(async () => {
    run = await connectBrowser();
    const compiled = await compileSite(projectRoot);
    pages = (compiled.harnesses ?? []).filter((harness) => harness.path.includes('/mexico/'));
    files = compiled.output ?? new Map();
    checks = await checkHarnesses(pages, { browser: run.browser, files });
    clean = await compareWithFirefox(pages, checks, files, firefox ?? '');
    // What Chromium reported, changed: a heading the page does not have, and an axe finding on no element.
    const changed = checks.map((check) =>
      check.path === 'es/mexico/index.html' && check.screenReader
        ? {
            ...check,
            issues: [...check.issues, { ...seedIssue }],
            screenReader: {
              ...check.screenReader,
              headings: [...check.screenReader.headings, { level: 2, name: 'Cooperación' }],
            },
          }
        : check,
    );
    seeded = await compareWithFirefox(pages, changed, files, firefox ?? '');
  }, 180_000);
  afterAll(async () => run?.close());

  const seedIssue = {
    runner: 'axe',
    code: 'color-contrast',
    type: 'error',
    message: 'seeded',
    selector: '',
    context: '',
  } as const;

  it('finds the project’s pages the same in Firefox as in Chromium, in both languages', () => {
    expect(clean.browser).toMatch(/^firefox\//);
    expect(clean.pages).toBe(2);
    expect(clean.differences).toEqual([]);
  });

  it('reports what one engine has and the other does not', () => {
    expect(seeded.differences).toEqual([
      { page: 'es/mexico/index.html', kind: 'axe', difference: 'axe color-contrast: found in Chromium only' },
      {
        page: 'es/mexico/index.html',
        kind: 'accessibility-tree',
        difference: 'heading "Cooperación": Chromium exposes it, Firefox has no heading of that name',
      },
    ]);
  });
});
