/**
 * The demo server's static files (assets, bundles, fragments, reports), each
 * response from one file as it is when opened: the file is opened first, its
 * size and time read from the open file, and those bytes sent. A build that
 * replaces `dist/` meanwhile cannot make a response declare one length and
 * send another, as a server that stats a path and then opens it again can.
 */
import type { Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { lookup } from 'mrmime';
import { folderIdentity } from '../runtime/folder-identity.ts';

/** The headers of a file (an HTML file's text is read first, for headers that depend on it). */
export type StaticHeaders = (pathname: string, html?: string) => Readonly<Record<string, string>>;

/**
 * Send the file `pathname` names under `root`; false when there is none (a
 * missing file, a folder, a path that leaves `root`), for the caller's 404.
 */
export async function sendStaticFile(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  headers: StaticHeaders,
): Promise<boolean> {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = filePath(root, pathname);
  if (file === undefined) return false;
  const handle = await openInBuild(root, file);
  if (handle === undefined) return false;
  const stats = await handle.stat().catch(() => undefined);
  if (!stats?.isFile()) {
    await handle.close();
    return false;
  }
  const tag = etag(stats);
  // An HTML file is read whole, from the open file, and sent as read.
  const html = file.endsWith('.html') ? await handle.readFile('utf8').catch(() => undefined) : undefined;
  const common = { ...headers(pathname, html), ETag: tag, 'Cache-Control': 'no-cache' };
  if (request.headers['if-none-match'] === tag) {
    await handle.close();
    response.writeHead(304, common);
    response.end();
    return true;
  }
  const body = html === undefined ? undefined : Buffer.from(html, 'utf8');
  response.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': String(body?.byteLength ?? stats.size),
    ...common,
  });
  if (body !== undefined) {
    await handle.close();
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }
  if (request.method === 'HEAD' || stats.size === 0) {
    await handle.close();
    response.end();
    return true;
  }
  // The stream reads the open file (the size read above), and closes it when done.
  handle
    .createReadStream({ start: 0, end: stats.size - 1 })
    .on('error', () => response.destroy())
    .pipe(response);
  return true;
}

/**
 * Open a file of the build. A build puts its folder in place by two renames,
 * so for an instant there is no folder at all: a file asked for then is
 * looked for again, a few milliseconds later, rather than reported missing.
 */
async function openInBuild(root: string, file: string): Promise<FileHandle | undefined> {
  for (let attempt = 0; ; attempt += 1) {
    const before = folderIdentity(root);
    try {
      return await open(file, 'r');
    } catch {
      const after = folderIdentity(root);
      // The same folder before and after: the file is not in this build.
      if ((after !== undefined && after === before) || attempt === swapRetries) return undefined;
      if (after === undefined) await sleep(5);
    }
  }
}

/** How many times a file is looked for again while the folder is being swapped (5 ms apart). */
const swapRetries = 40;

/** The file of a URL path under `root`, or undefined for one that is not a plain path inside it. */
function filePath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const parts = decoded.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '..' || part === '.' || part.includes('\0') || part.includes('\\')))
    return undefined;
  return path.join(root, ...parts, ...(decoded.endsWith('/') ? ['index.html'] : []));
}

function etag(stats: Stats): string {
  return `W/"${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}"`;
}

function contentType(file: string): string {
  // A Markdown report reads as text in the browser instead of being downloaded.
  if (file.endsWith('.md')) return 'text/plain; charset=utf-8';
  const type = lookup(file) ?? 'application/octet-stream';
  return /^text\/|javascript|json|svg|xml/.test(type) ? `${type}; charset=utf-8` : type;
}
