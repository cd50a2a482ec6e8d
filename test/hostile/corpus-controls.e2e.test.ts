/**
 * The controls of the hostile corpus (corpus.e2e.test.ts), which show that
 * its checks can fail: every case that runs script when inserted raw trips
 * the same tripwire, and a schema weakened to allow `javascript:` and
 * `data:` URLs and unprefixed ids is caught by the oracle and the tripwire.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Schema } from 'hast-util-sanitize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherLanguageDetector, type OtherLanguageDetector } from '../../src/text-analysis/other-language.ts';
import { renderFile } from '../../src/build/render-file.ts';
import { fragmentSchema } from '../../src/sanitize/sanitize-schema.ts';
import { connectBrowser, type RunBrowser } from '../browser.ts';
import {
  hostileProject,
  inPages,
  pageId,
  pageSource,
  scanContainers,
  serveHostile,
  type HostileServer,
} from './corpus-harness.ts';
import { hostileCases, type HostileCase } from './corpus.ts';
import { openTripwire, type Tripwire } from './tripwire.ts';

let root: string;
let detector: OtherLanguageDetector;
let browser: RunBrowser;
let server: HostileServer;

beforeAll(async () => {
  root = await hostileProject();
  detector = await otherLanguageDetector();
  browser = await connectBrowser();
  server = await serveHostile();
  server.served.set(
    '/hostile/blank.html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>innerHTML</title></head><body></body></html>',
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the hostile corpus: controls', () => {
  it('control: each case that runs script when inserted raw trips this tripwire', async () => {
    const { origin, served } = server;
    // The corpus's live cases, and handlers that call nothing the hooks watch (only the report-only policy sees them).
    const silent: HostileCase[] = [
      `<img src=x onerror="this.removeAttribute('onerror');document.title='owned'">`,
      `<img src=x onerror="document.querySelectorAll('a').forEach((a) => { a.href = '/elsewhere'; })">`,
      `<svg><a href="javascript:document.title='owned'"><text y="20">x</text></a></svg>`,
    ].map((payload, index) => ({
      id: `silent-${index + 1}`,
      origin: 'this test',
      attack: 'event-handler',
      place: 'body',
      payload,
      live: 'both',
    }));
    const live = [...hostileCases.filter((hostile) => hostile.live !== undefined && hostile.live !== 'no'), ...silent];
    expect(live.length).toBeGreaterThanOrEqual(40);
    const missed: string[] = [];
    const modes = [
      ...live
        .filter((candidate) => candidate.live === 'static' || candidate.live === 'both')
        .map((hostile) => ({ hostile, mode: 'static' as const })),
      ...live
        .filter((candidate) => candidate.live === 'innerHTML' || candidate.live === 'both')
        .map((hostile) => ({ hostile, mode: 'innerHTML' as const })),
    ];
    const trips = async (
      tripwire: Tripwire,
      hostile: HostileCase,
      mode: 'static' | 'innerHTML',
      settle: number,
    ): Promise<number> => {
      await tripwire.reset();
      if (mode === 'static') {
        // Placed in a served document.
        const url = `/hostile/raw/${hostile.id}.html`;
        served.set(
          url,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Raw</title></head><body><div data-hostile>${hostile.payload}</div></body></html>`,
        );
        await tripwire.goto(`${origin}${url}`);
      } else {
        // Assigned with innerHTML in a loaded page, a fresh one per case (a payload may navigate it away).
        await tripwire.goto(`${origin}/hostile/blank.html`);
        await tripwire.reset();
        await tripwire.page
          .evaluate((html: string) => {
            const element = document.createElement('div');
            element.dataset.hostile = '';
            element.innerHTML = html;
            document.body.append(element);
          }, hostile.payload)
          .catch((error: unknown) => {
            if (!/Execution context was destroyed/.test(String(error))) throw error;
          });
      }
      await tripwire.exercise('[data-hostile]', settle);
      return (await tripwire.trips()).length;
    };
    await inPages(browser.context, origin, modes, async (tripwire, { hostile, mode }) => {
      // Timers, refreshes and error events race the check when pages run at once: a miss is tried again, slowly.
      if ((await trips(tripwire, hostile, mode, 150)) === 0 && (await trips(tripwire, hostile, mode, 1500)) === 0)
        missed.push(`${hostile.id} (${mode})`);
    });
    expect(missed).toEqual([]);
  }, 240_000);

  it('control: with a weakened schema (javascript: and data: URLs, unprefixed ids) the same corpus trips and is flagged', async () => {
    const { origin } = server;
    const weakened: Schema = {
      ...fragmentSchema({ clobberPrefix: '' }),
      protocols: {
        href: ['http', 'https', 'mailto', 'tel', 'javascript', 'data', 'vbscript'],
        src: ['http', 'https', 'data'],
      },
    };
    const drafts = path.join(root, 'weakened');
    await mkdir(drafts, { recursive: true });
    const items: { page: string; html: string }[] = [];
    for (const hostile of hostileCases.filter((candidate) => candidate.place === 'body')) {
      const file = path.join(drafts, `${pageId(hostile)}.md`);
      await writeFile(file, pageSource(hostile, 'en'));
      const result = await renderFile({ root, file, lang: 'en', detector, schema: weakened });
      for (const section of result.sections ?? []) items.push({ page: pageId(hostile), html: section.html });
    }
    const tripwire = await openTripwire(browser.context, { origin });
    try {
      await tripwire.goto(`${origin}/hostile/blank.html`);
      await tripwire.page.evaluate((list: { page: string; html: string }[]) => {
        for (const item of list) {
          const element = document.createElement('div');
          element.dataset.hostile = '';
          element.dataset.prefix = item.page;
          element.innerHTML = item.html;
          document.body.append(element);
        }
      }, items);
      const findings = await scanContainers(tripwire, '[data-hostile]', 'data-prefix');
      await tripwire.exercise('[data-hostile]');
      const trips = await tripwire.trips();
      expect(findings.filter((finding) => / url </.test(finding)).length).toBeGreaterThan(10);
      expect(findings.filter((finding) => / clobbering </.test(finding)).length).toBeGreaterThan(0);
      expect(trips.filter((trip) => trip.startsWith('alert(')).length).toBeGreaterThan(10);
    } finally {
      await tripwire.close();
    }
  }, 120_000);
});
