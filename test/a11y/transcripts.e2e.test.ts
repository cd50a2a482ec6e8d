/**
 * What a screen reader says on each page of the project, in each language,
 * pinned in reviewed golden files (test/golden/transcripts/): a change to
 * the content, the page or the stylesheet that changes what a listener
 * hears fails here with the diff, until it is accepted on purpose with
 * `npx vitest run test/a11y/transcripts.e2e.test.ts -u`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHarnesses, type PageCheck } from '../../src/a11y/browser-checks.ts';
import { transcriptPath, transcriptText } from '../../src/a11y/transcript.ts';
import { compileSite } from '../../src/build/build-site.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import { projectRoot } from '../helpers.ts';

let run: RunBrowser;
let checks: PageCheck[];

beforeAll(async () => {
  run = await connectBrowser();
  const compiled = await compileSite(projectRoot);
  const pages = (compiled.harnesses ?? []).filter((harness) => harness.wholePage);
  checks = await checkHarnesses(pages, { browser: run.browser, files: compiled.output ?? new Map() });
});
afterAll(async () => run?.close());

describe('screen reader transcripts', () => {
  it('exist for every site page in both languages', () => {
    const paths = checks.map((check) => check.path);
    for (const lang of ['en', 'es']) expect(paths).toContain(`${lang}/mexico/index.html`);
    expect(checks.every((check) => check.transcript !== undefined)).toBe(true);
  });

  it('mark where the language changes, so that a screen reader switches voice', () => {
    const spanish = checks.find((check) => check.path === 'es/mexico/index.html')?.transcript;
    // "U.S. Marshals" is English inside the Spanish text, and the English switcher link is in English.
    expect(spanish?.reading.join('\n')).toMatch(/\[lang en\]\nU\.S\. Marshals\n\[lang es\]/);
    expect(spanish?.reading.join('\n')).toMatch(/\[lang en\]\nlink, English\n\[lang es\]/);
  });

  it('are as reviewed', async () => {
    for (const check of checks) {
      if (!check.transcript) continue;
      await expect(transcriptText(check.transcript)).toMatchFileSnapshot(
        `../golden/transcripts/${transcriptPath(check.path)}`,
      );
    }
  });
});
