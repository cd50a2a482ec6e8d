/**
 * The demo site (`npm start`): a build output folder served with node:http.
 * Pages and fragments come from the run-time layer's server helper
 * (runtime/server.ts: language from the URL, else `?lang=`, cookie,
 * Accept-Language); everything else is the folder's files
 * (static-files.ts): the browser runtime, the bundles, the fragments and the
 * reports. A build may replace the folder while it serves: each response
 * comes from one build (the site helper loads a new build whole; a file is
 * sent as it was when opened).
 *
 *   /                      → 302 to the visitor's language's Mexico page
 *   /en/mexico/, /es/mexico/  the page in that language
 *   /mexico/               the page in the visitor's language
 *   /fragment/mexico/goals one fragment in the visitor's language
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../runtime/manifest.ts';
import type { PageId } from '../runtime/localizer.ts';
import { loadSite } from '../runtime/node.ts';
import { htmlSecurity, pageSecurity } from './security-headers.ts';
import { sitePageLinks } from './site-output.ts';
import { sendStaticFile } from './static-files.ts';

export interface DemoServerOptions {
  /** The build output folder to serve. */
  readonly distDir: string;
  /** Default 4173; 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Answers a request before the site does, when it is its own (the translation editor, `start --editor`); true when it did. */
  readonly first?: (request: IncomingMessage, response: ServerResponse, url: URL, port: number) => Promise<boolean>;
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
    ...sitePageLinks(manifest),
    // `/` goes to the visitor's index of pages; on a site of one page, to that page.
    ...(manifest.pages.length === 1 && manifest.pages[0]
      ? { home: manifest.pages[0].id as PageId }
      : { indexAsHome: true }),
  });
  const fileHeaders = (_pathname: string, html?: string) => (html === undefined ? pageSecurity : htmlSecurity(html));

  const server = createServer((request, response) => {
    const { first } = options;
    if (first) {
      const { port } = server.address() as AddressInfo;
      first(request, response, new URL(request.url ?? '/', 'http://localhost'), port).then(
        (answered) => {
          if (!answered) answerSite(request, response);
        },
        (error: unknown) => {
          if (response.headersSent) return;
          response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...pageSecurity });
          response.end(`${String(error)}\n`);
        },
      );
      return;
    }
    answerSite(request, response);
  });
  const answerSite = (request: IncomingMessage, response: ServerResponse): void => {
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
    void sendStaticFile(options.distDir, request, response, fileHeaders).then((sent) => {
      if (sent) return;
      // In the language the URL starts with, else the visitor's.
      const missing = site.notFound(request);
      response.writeHead(missing.status, { ...pageSecurity, ...missing.headers });
      response.end(request.method === 'HEAD' ? undefined : missing.body);
    });
  };
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
