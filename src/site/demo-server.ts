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
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../runtime/manifest.ts';
import type { PageId } from '../runtime/localizer.ts';
import { loadSite } from '../runtime/node.ts';
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

/**
 * The pages load only their own origin's files and run no inline script,
 * so the strictest policy holds; the reports (with their own inline
 * script and styles) are served without it.
 */
const pageSecurity = {
  'Content-Security-Policy': "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

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
      response.setHeader('X-Content-Type-Options', 'nosniff');
      // A Markdown report reads as text in the browser instead of being downloaded.
      if (pathname.endsWith('.md')) response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    },
  });

  const server = createServer((request, response) => {
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
