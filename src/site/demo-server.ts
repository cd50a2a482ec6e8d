/**
 * The demo site (`npm start`): a build output folder served with node:http.
 * Pages and fragments come from the run-time layer's server helper
 * (runtime/server.ts: language from the URL, else `?lang=`, cookie,
 * Accept-Language); everything else is the folder's files (sirv): the
 * browser runtime, the bundles, the fragments and the reports.
 *
 *   /                      → 302 to the visitor's language's Mexico page
 *   /en/mexico/, /es/mexico/  the page in that language
 *   /mexico/               the page in the visitor's language
 *   /fragment/mexico/goals one fragment in the visitor's language
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../runtime/manifest.ts';
import type { PageId } from '../runtime/localizer.ts';
import { loadSite } from '../runtime/node.ts';
import { htmlSecurity, pageSecurity } from './security-headers.ts';
import { pageLinks } from './site-output.ts';

export interface DemoServerOptions {
  /** The build output folder to serve. */
  readonly distDir: string;
  /** Default 4173; 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

export interface DemoServer {
  readonly server: Server;
  /** `http://host:port` */
  readonly origin: string;
  close(): Promise<void>;
}

/** What the server answers; anything else gets 405. */
const methods = ['GET', 'HEAD'];

export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const manifest = JSON.parse(await readFile(path.join(options.distDir, 'manifest.json'), 'utf8')) as Manifest;
  const site = await loadSite({
    distDir: options.distDir,
    ...pageLinks,
    ...(manifest.pages[0] ? { home: manifest.pages[0].id as PageId } : {}),
  });
  const files = sirv(options.distDir, {
    etag: true,
    dev: false,
    setHeaders: (response, pathname) => {
      const security = pathname.endsWith('.html') ? htmlFileSecurity(options.distDir, pathname) : pageSecurity;
      for (const [name, value] of Object.entries(security)) response.setHeader(name, value);
      // A Markdown report reads as text in the browser instead of being downloaded.
      if (pathname.endsWith('.md')) response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    },
  });

  const server = createServer((request, response) => {
    if (!methods.includes(request.method ?? '')) {
      response.writeHead(405, {
        Allow: methods.join(', '),
        'Content-Type': 'text/plain; charset=utf-8',
        ...pageSecurity,
      });
      response.end(
        `${request.method ?? 'This method'} is not allowed here: the site answers ${methods.join(' and ')}.\n`,
      );
      return;
    }
    const found = site.respond(request);
    if (found) {
      response.writeHead(found.status, { ...pageSecurity, ...found.headers });
      response.end(request.method === 'HEAD' ? undefined : found.body);
      return;
    }
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...pageSecurity });
      response.end('Not found. The demo pages are /en/mexico/ and /es/mexico/.\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, options.host ?? 'localhost', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const hostname = options.host ?? 'localhost';
  return {
    server,
    origin: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

const htmlPolicies = new Map<string, { readonly stamp: string; readonly headers: Readonly<Record<string, string>> }>();

/** An HTML file's headers, by its inline code; worked out again when the file changes. */
function htmlFileSecurity(distDir: string, pathname: string): Readonly<Record<string, string>> {
  const file = path.join(distDir, ...decodeURIComponent(pathname).split('/'));
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) return pageSecurity;
  const stamp = `${stats.size} ${stats.mtimeMs}`;
  const known = htmlPolicies.get(file);
  if (known?.stamp === stamp) return known.headers;
  const headers = htmlSecurity(readFileSync(file, 'utf8'));
  htmlPolicies.set(file, { stamp, headers });
  return headers;
}
