/**
 * The live preview's server: the site as the last good compile made it,
 * from memory, each HTML page with the preview's client; the compiles as
 * server-sent events (`/__preview/events`); each page's problems as JSON
 * (`/__preview/problems?path=`). A page the site no longer has gets the
 * "page not found" page of its language, with status 404.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { lookup } from 'mrmime';
import { negotiateRequest } from '../runtime/http.ts';
import { htmlSecurity, pageSecurity } from '../site/security-headers.ts';
import { pageFile } from '../site/site-output.ts';
import { accessibilityPageUrls } from '../site/report-pages.ts';
import type { EditorRoutes } from './editor/editor-routes.ts';
import type { PreviewState } from './preview-site.ts';
import { pageAt, pageProblems } from './problems.ts';

export interface PreviewServerOptions {
  readonly state: () => PreviewState;
  /** Default 4173; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: the preview shows work in progress to this machine only. */
  readonly host?: string;
  /** The translation editor, at /translate/ (editor/editor-routes.ts). */
  readonly editor?: EditorRoutes;
}

export interface PreviewServer {
  readonly server: Server;
  readonly origin: string;
  /** Tell the open pages about a compile: the output files it changed. */
  announce(changed: readonly string[]): void;
  /**
   * Resolves once no request has come for `quietMs` (default 100), or after
   * `longestMs` (default 1 000): after an announcement, the open pages have
   * then reloaded, and work in the background no longer delays them.
   */
  settled(quietMs?: number, longestMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The preview's own files, by name under /__preview/: the page client, and the translation editor's. */
const clientFiles = {
  'client.js': { file: 'client.js', type: 'text/javascript; charset=utf-8' },
  'client.css': { file: 'client.css', type: 'text/css; charset=utf-8' },
  'editor.js': { file: 'editor/editor.js', type: 'text/javascript; charset=utf-8' },
  'editor.css': { file: 'editor/editor.css', type: 'text/css; charset=utf-8' },
};
const clientTags =
  '<link rel="stylesheet" href="/__preview/client.css"><script type="module" src="/__preview/client.js"></script>';

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Uint8Array) {
  response.writeHead(status, { 'Cache-Control': 'no-store', ...pageSecurity, ...headers });
  response.end(body);
}

const accessibilityReportNote = `The accessibility report is written by a build (npm run build, or embassy-content build), which checks every page in Chromium.
In the preview, each page's problems, the browser checks of the pages a save changed included, are in the panel at the top of the page.
`;

/** A document's review page, in the preview: it links to the translation editor for each of the document's languages. */
function withEditorLinks(html: string, file: string, manifest: PreviewState['manifest']): string {
  const id = /^reports\/review\/pages\/([a-z][a-z0-9-]*)\.html$/.exec(file)?.[1];
  const languages = (manifest?.languages ?? []).filter((language) => language.code !== manifest?.sourceLanguage);
  if (!id || languages.length === 0) return html;
  const links = languages
    // Each language's name is in that language.
    .map(
      (language) =>
        `<a href="/translate/${language.code}/${id}" hreflang="${language.code}" lang="${language.code}">${language.name}</a>`,
    )
    .join(', ');
  return html.replace(/(<\/h1>)/, `$1<p>Edit the translation in the preview's editor: ${links}.</p>`);
}

/** An HTML page of the output, with the client; a "not found" page is marked, to reload when the site changes. */
function withClient(html: string, missing: boolean, version: number): string {
  // The compile the page comes from: a page that connects after a newer one was announced reloads.
  const marks = ` data-preview-version="${version}"${missing ? ' data-preview-missing' : ''}`;
  const marked = html.replace(/^(<!doctype html><html)/i, `$1${marks}`);
  return marked.replace('</head>', `${clientTags}</head>`);
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const listeners = new Set<ServerResponse>();
  const client = new Map<string, string>();
  for (const [name, { file }] of Object.entries(clientFiles)) {
    client.set(name, await readFile(path.join(import.meta.dirname, file), 'utf8'));
  }

  const page = (request: IncomingMessage, response: ServerResponse, pathname: string): void => {
    const { output, manifest } = options.state();
    const file = pageFile(pathname);
    const data = output?.get(file);
    if (data !== undefined) {
      const type = lookup(file) ?? 'application/octet-stream';
      const html = typeof data === 'string' && file.endsWith('.html');
      const body = html ? withClient(withEditorLinks(data, file, manifest), false, options.state().version) : data;
      const security = html ? htmlSecurity(body as string) : {};
      send(
        response,
        200,
        { 'Content-Type': type.startsWith('text/') ? `${type}; charset=utf-8` : type, ...security },
        body,
      );
      return;
    }
    if (manifest && Object.values(accessibilityPageUrls(manifest)).includes(pathname)) {
      // Every page's footer links the report, which a build writes once the whole site is checked.
      send(response, 200, { 'Content-Type': 'text/plain; charset=utf-8' }, accessibilityReportNote);
      return;
    }
    if (pathname === '/' && manifest?.site) {
      // The visitor's language as the server helper chooses it: `?lang=`, the cookie, then Accept-Language.
      const languages = manifest.languages.map((language) => language.code);
      const { lang } = negotiateRequest(request, { languages, sourceLanguage: manifest.sourceLanguage });
      send(response, 302, { Location: manifest.site.index[lang] ?? `/${lang}/` }, '');
      return;
    }
    const { lang } = pageAt(manifest, pathname);
    const notFound = manifest?.site?.notFound[lang];
    const missing = notFound ? output?.get(pageFile(notFound)) : undefined;
    const body =
      typeof missing === 'string'
        ? withClient(missing, true, options.state().version)
        : 'Not found (no compile has succeeded yet).\n';
    send(response, 404, { 'Content-Type': 'text/html; charset=utf-8', ...htmlSecurity(body) }, body);
  };

  const route = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(response, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Malformed URL.\n');
      return;
    }
    if (pathname === '/__preview/events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', ...pageSecurity });
      response.write(`retry: 500\n\nevent: hello\ndata: ${JSON.stringify({ version: options.state().version })}\n\n`);
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    if (pathname === '/__preview/problems') {
      const { files, manifest, documents } = options.state();
      const report = pageProblems(files, manifest, url.searchParams.get('path') ?? '/', documents);
      send(response, 200, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(report));
      return;
    }
    const name = pathname.startsWith('/__preview/') ? pathname.slice('/__preview/'.length) : undefined;
    const asset = name === undefined ? undefined : client.get(name);
    if (name !== undefined && asset !== undefined) {
      send(response, 200, { 'Content-Type': clientFiles[name as keyof typeof clientFiles].type }, asset);
      return;
    }
    page(request, response, pathname);
  };

  let lastRequest = performance.now();
  const server = createServer((request, response) => {
    lastRequest = performance.now();
    const { editor } = options;
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (editor && url.pathname.startsWith('/translate/')) {
      const { port } = server.address() as AddressInfo;
      editor(request, response, url, port).catch((error: unknown) => {
        if (!response.headersSent)
          send(response, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, `${String(error)}\n`);
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'GET and HEAD only.\n');
      return;
    }
    route(request, response);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    announce(changed) {
      const event = `event: compiled\ndata: ${JSON.stringify({ version: options.state().version, changed })}\n\n`;
      for (const listener of listeners) listener.write(event);
    },
    settled(quietMs = 100, longestMs = 1_000) {
      const since = performance.now();
      return new Promise((resolve) => {
        const check = (): void => {
          const now = performance.now();
          const quiet = now - Math.max(lastRequest, since) >= quietMs;
          if (quiet || now - since >= longestMs) resolve();
          else setTimeout(check, 20);
        };
        setTimeout(check, quietMs);
      });
    },
    async close() {
      for (const listener of listeners) listener.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
