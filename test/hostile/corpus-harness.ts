/**
 * What the hostile-corpus tests share (corpus.e2e.test.ts, and its controls
 * in corpus-controls.e2e.test.ts): a case as a page file, a project with the
 * accessibility rules off, a server for what is under test, tripwire pages
 * run side by side, and the oracle's findings in the live DOM.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer';
import sirv from 'sirv';
import { expect } from 'vitest';
import { a11yRules } from '../../src/content/a11y-rules.ts';
import { scratchProject } from '../helpers.ts';
import type { HostileCase } from './corpus.ts';
import { findUnsafe, plainDom, type PlainElement } from './safety.ts';
import { openTripwire, reportOnlyPolicy, type Tripwire } from './tripwire.ts';

export const languages = ['en', 'es'] as const;
export const pageId = (hostile: HostileCase): string => `h-${hostile.id}`;

/** A case as a page file in a language (UI string cases get a plain page). */
export function pageSource(hostile: HostileCase, lang: string): string {
  const title = hostile.place === 'title' ? JSON.stringify(hostile.payload) : `Case ${hostile.id}`;
  const extra = hostile.place === 'front-matter' ? `${hostile.payload}\n` : '';
  const body = hostile.place === 'body' ? hostile.payload : 'Text.';
  return `---\nid: ${pageId(hostile)}\nlang: ${lang}\ntitle: ${title}\n${extra}---\n\n${body}\n`;
}

/**
 * A scratch project where security, not accessibility, is under test: the
 * accessibility rules are off, so that what they would refuse still reaches
 * the sanitizer.
 */
export async function hostileProject(): Promise<string> {
  const root = await scratchProject();
  const rules = Object.keys(a11yRules)
    .map((rule) => `    ${rule}: off\n`)
    .join('');
  const config = path.join(root, 'content/site.yaml');
  await writeFile(config, `${await readFile(config, 'utf8')}\naccessibility:\n  rules:\n${rules}`);
  return root;
}

export interface HostileServer {
  readonly origin: string;
  /** Documents served by URL path, over the folder's files. */
  readonly served: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Serve `served` and a folder's files (what a build wrote), with no
 * Content-Security-Policy but a report-only one: the sanitizer alone is under
 * test, and the policy reports any inline script.
 */
export async function serveHostile(folder?: string): Promise<HostileServer> {
  const served = new Map<string, string>();
  const files = folder ? sirv(folder, { dev: true }) : undefined;
  const server: Server = createServer((request, response) => {
    response.setHeader('Content-Security-Policy-Report-Only', reportOnlyPolicy);
    const extra = served.get(request.url ?? '');
    const notFound = () => {
      response.writeHead(404);
      response.end();
    };
    if (extra !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(extra);
    } else if (files) files(request, response, notFound);
    else notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Run `work` on each item, in a few tripwire pages at once (Chromium waits on I/O more than on the CPU). */
export async function inPages<T>(
  context: BrowserContext,
  origin: string,
  items: readonly T[],
  work: (tripwire: Tripwire, item: T) => Promise<void>,
  pages = 4,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: pages }, async () => {
      const tripwire = await openTripwire(context, { origin });
      try {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(tripwire, item);
      } finally {
        await tripwire.close();
      }
    }),
  );
}

/**
 * Findings of the oracle in the live DOM, container by container; a
 * container's ids must carry its page's prefix, read from `attribute`
 * (up to a `/`: `data-fragment="h-case/intro"` names page `h-case`).
 */
export async function scanContainers(tripwire: Tripwire, selector: string, attribute: string): Promise<string[]> {
  const prefixes = await tripwire.page.evaluate(
    (scope: string, name: string) =>
      [...document.querySelectorAll(scope)].map((element) => (element.getAttribute(name) ?? '').split('/')[0] ?? ''),
    selector,
    attribute,
  );
  const trees: PlainElement[] = await tripwire.page.evaluate(plainDom, selector);
  expect(trees).toHaveLength(prefixes.length);
  expect(trees.length, `no ${selector} on ${tripwire.page.url()}`).toBeGreaterThan(0);
  return trees.flatMap((tree, index) =>
    findUnsafe(tree.children, { idPrefix: `${prefixes[index] ?? ''}-` }).map(
      (finding) => `${prefixes[index]}: ${finding.kind} ${finding.detail}`,
    ),
  );
}
