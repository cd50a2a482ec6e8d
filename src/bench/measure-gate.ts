/**
 * The browser gate at scale, and pa11y-ci on the same pages: the site pages
 * of a synthetic site (each page in each language), checked by the build's
 * gate (one browser, its pool of tabs), then, when pa11y-ci is installed, by
 * pa11y-ci on the same pages served over HTTP, with the same runners (axe
 * and HTML_CodeSniffer), the same standard and the same browser. pa11y-ci
 * runs one URL at a time, as it crashes with two here.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer';
import sirv from 'sirv';
import { findBrowser, launchBrowser } from '../a11y/browser.ts';
import { pageFile } from '../site/site-output.ts';
import { checkHarnesses, defaultTabs } from '../a11y/browser-checks.ts';
import { compileSite } from '../build/build-site.ts';
import { writeOutput } from '../build/write-output.ts';

const run = promisify(execFile);

export interface GateMeasure {
  /** Site pages checked: each page in each language. */
  readonly pageLanguages: number;
  readonly milliseconds: number;
  readonly tabs: number;
  /** The site as the build writes it, for pa11y-ci to be served. */
  readonly outDir: string;
  readonly urlPaths: readonly string[];
}

/** Compile the site at `root`, write it to `outDir`, and time the gate on its site pages (in `browser`, or one launched). */
export async function measureGate(root: string, outDir: string, shared?: Browser): Promise<GateMeasure> {
  const compiled = await compileSite(root);
  if (!compiled.ok || !compiled.harnesses || !compiled.output)
    throw new Error('The site for the browser checks did not compile.');
  // The content pages in each language (the review page is a report; the index and "not found" pages are the site's own).
  const contentFiles = new Set(
    (compiled.manifest?.pages ?? []).flatMap((page) => Object.values(page.urls).map((href) => pageFile(href))),
  );
  const pages = compiled.harnesses.filter((harness) => harness.wholePage && contentFiles.has(harness.path));
  await writeOutput(outDir, compiled.output);
  const browser = shared ?? (await launchBrowser());
  try {
    const started = performance.now();
    await checkHarnesses(pages, { browser, files: compiled.output });
    return {
      pageLanguages: pages.length,
      milliseconds: performance.now() - started,
      tabs: Math.min(defaultTabs, pages.length),
      outDir,
      urlPaths: pages.map((page) => `/${page.path.replace(/index\.html$/, '')}`),
    };
  } finally {
    if (!shared) await browser.close();
  }
}

export interface Pa11yCiMeasure {
  readonly version: string;
  readonly milliseconds: number;
  readonly urls: number;
}

/** pa11y-ci on the gate's pages, when it is installed; its own process, start-up included. */
export async function measurePa11yCi(gate: GateMeasure, work: string): Promise<Pa11yCiMeasure | undefined> {
  let cli: string;
  try {
    cli = fileURLToPath(import.meta.resolve('pa11y-ci/bin/pa11y-ci.js'));
  } catch {
    return undefined;
  }
  const version = (
    JSON.parse(await readFile(path.join(path.dirname(cli), '../package.json'), 'utf8')) as { version: string }
  ).version;
  const files = sirv(gate.outDir, { dev: true });
  const server = createServer((request, response) => files(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await mkdir(work, { recursive: true });
    const config = path.join(work, 'pa11yci.json');
    await writeFile(
      config,
      JSON.stringify({
        defaults: {
          runners: ['axe', 'htmlcs'],
          standard: 'WCAG2AA',
          includeWarnings: true,
          concurrency: 1,
          timeout: 60_000,
          chromeLaunchConfig: {
            executablePath: await findBrowser(),
            args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
          },
        },
        urls: gate.urlPaths.map((urlPath) => `${origin}${urlPath}`),
      }),
    );
    const started = performance.now();
    // pa11y-ci exits 2 when it finds issues: that is a result, not a failure of the measurement.
    await run(process.execPath, [cli, '--config', config], { maxBuffer: 1 << 26 }).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== 2) throw error;
    });
    return { version, milliseconds: performance.now() - started, urls: gate.urlPaths.length };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
