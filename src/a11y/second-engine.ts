/**
 * The second engine: site pages checked in Firefox as well, driven by
 * puppeteer over WebDriver BiDi, and compared with what Chromium found.
 * axe runs with the gate's rules; the accessibility tree Firefox builds is
 * asked, through BiDi's accessibility locator, for each heading, landmark
 * and link Chromium exposed (Chromium's tree is read with the DevTools
 * protocol, which Firefox does not speak, so Firefox is asked by role and
 * name). `npm run a11y:firefox` runs it on a built site.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Page } from 'puppeteer';
import { serveGate, type PageCheck } from './browser-checks.ts';
import { gateFiles, gatePaths } from './gate-files.ts';
import type { Harness } from './harness.ts';
import { axeTags } from './in-page-checks.ts';

/** Where Debian installs Firefox ESR; `FIREFOX_PATH` overrides it. */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate = env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  return existsSync(candidate) ? candidate : undefined;
}

export interface EngineDifference {
  readonly page: string;
  readonly kind: 'axe' | 'accessibility-tree';
  readonly difference: string;
}

export interface SecondEngineRun {
  /** The browser's name and version, `firefox/153.8.0`. */
  readonly browser: string;
  readonly pages: number;
  readonly differences: readonly EngineDifference[];
}

/** Check `harnesses` (the site pages Chromium checked, `checks` in the same order) in Firefox. */
export async function compareWithFirefox(
  harnesses: readonly Harness[],
  checks: readonly Pick<PageCheck, 'path' | 'issues' | 'screenReader'>[],
  files: ReadonlyMap<string, string | Uint8Array>,
  executablePath: string,
): Promise<SecondEngineRun> {
  const server = await serveGate(harnesses, files);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const axe = (await gateFiles()).get(gatePaths.axe) ?? '';
  const differences: EngineDifference[] = [];
  try {
    const page = await browser.newPage();
    for (const check of checks) {
      await page.goto(`${origin}/${check.path}`, { waitUntil: 'load' });
      differences.push(...(await axeDifferences(page, axe, check)), ...(await treeDifferences(page, check)));
    }
    return { browser: await browser.version(), pages: checks.length, differences };
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The axe rules one engine finds on the page and the other does not. */
async function axeDifferences(
  page: Page,
  axe: string,
  check: Pick<PageCheck, 'path' | 'issues'>,
): Promise<EngineDifference[]> {
  await page.evaluate(axe);
  /* v8 ignore start -- runs in Firefox */
  const found = await page.evaluate(
    async (tags: string[]) => {
      const { axe: checker } = window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<Record<'violations' | 'incomplete', { id: string; impact?: string | null }[]>>;
        };
      };
      const result = await checker.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'incomplete'],
      });
      // As the gate counts them: a minor result is a notice, never reported.
      return [...result.violations, ...result.incomplete]
        .filter((rule) => rule.impact !== 'minor')
        .map((rule) => rule.id);
    },
    [...axeTags],
  );
  /* v8 ignore stop */
  const firefox = new Set(found);
  const chromium = new Set(check.issues.filter((issue) => issue.runner === 'axe').map((issue) => issue.code));
  const only = (engine: string, rules: Set<string>, other: Set<string>): EngineDifference[] =>
    [...rules]
      .filter((rule) => !other.has(rule))
      .map((rule) => ({ page: check.path, kind: 'axe', difference: `axe ${rule}: found in ${engine} only` }));
  return [...only('Firefox', firefox, chromium), ...only('Chromium', chromium, firefox)];
}

/** What Chromium's accessibility tree has (headings, landmarks, links by role and name) that Firefox's does not. */
async function treeDifferences(
  page: Page,
  check: Pick<PageCheck, 'path' | 'screenReader'>,
): Promise<EngineDifference[]> {
  const view = check.screenReader;
  if (!view) return [];
  // A name with a double quote cannot be written in puppeteer's ARIA query: such an entry is not asked for.
  const wanted = [
    ...view.headings.map((heading) => ['heading', heading.name] as const),
    ...view.landmarks.map((landmark) => [landmark.role, landmark.name] as const),
    ...view.links.map((name) => ['link', name] as const),
  ].filter(([, name]) => !name.includes('"'));
  const differences: EngineDifference[] = [];
  for (const [role, name] of wanted) {
    const matches = await page.$$(`::-p-aria([role="${role}"]${name ? `[name=${JSON.stringify(name)}]` : ''})`);
    if (matches.length === 0)
      differences.push({
        page: check.path,
        kind: 'accessibility-tree',
        difference: `${role}${name ? ` "${name}"` : ''}: Chromium exposes it, Firefox has no ${role} of that name`,
      });
    await Promise.all(matches.map((handle) => handle.dispose()));
  }
  return differences;
}
