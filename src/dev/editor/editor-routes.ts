/**
 * The translation editor over HTTP, in the preview server: `/translate/`
 * (the pages), `/translate/<lang>/<page>` (a page's units), and two calls
 * the page makes, `POST /translate/api/check` and `/translate/api/save`.
 *
 * It writes files, so it answers only this machine: a request whose `Host`
 * is not the server's own loopback address and port is refused (a page
 * elsewhere cannot reach it by a name it controls, "DNS rebinding"), and a
 * call must come from the editor's own page: its `Origin` is the server's,
 * and it carries the token of this run of the server, which only the
 * editor's pages hold.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { documentReviewPath } from '../../build/stages/review-page.ts';
import { pageSecurity } from '../../site/security-headers.ts';
import { documentMatches, siteEntries, translationMemory } from '../../translation/memory/translation-memory.ts';
import { readImportedMemory } from '../../translation/memory/imported-memory.ts';
import type { UnitDocument } from '../../translation/unit.ts';
import type { PreviewState } from '../preview-site.ts';
import { editorLanguage, editorPage, indexPage } from './editor-page.ts';
import { createEditorService, fileDigest, type CheckRequest, type SaveRequest } from './editor-service.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface EditorRoutesOptions {
  readonly root: string;
  readonly state: () => PreviewState;
}

/** The largest request body read: a page's units, with room to spare. */
const maxBody = 2 * 2 ** 20;

/** Handles a request when it is the editor's (true), else leaves it (false). */
export type EditorRoutes = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  port: number,
) => Promise<boolean>;

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...pageSecurity });
  response.end(body);
}

const json = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

/** Whether the request names this server by its loopback address and port. */
function ownHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host ?? '';
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host);
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function body(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBody) throw new RangeError('The request is too large.');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

export function editorRoutes(options: EditorRoutesOptions): EditorRoutes {
  const token = randomBytes(24).toString('base64url');
  const service = createEditorService(options.root);
  const findDocument = (lang: string, id: string): UnitDocument | undefined =>
    options.state().documents?.find((document) => document.lang === lang && document.id === id);
  // Each language named in the interface's language: "Spanish", "español".
  const names = (ui: string): Record<string, string> => {
    const display = new Intl.DisplayNames([ui], { type: 'language' });
    const codes = (options.state().manifest?.languages ?? []).map((language) => language.code);
    return Object.fromEntries(codes.map((code) => [code, display.of(code) ?? code]));
  };

  const call = async (request: IncomingMessage, response: ServerResponse, port: number, name: string) => {
    const origin = request.headers.origin;
    const host = request.headers.host ?? '';
    if (request.method !== 'POST') return json(response, 405, { problems: ['POST only.'] });
    if (origin !== `http://${host}` || !sameToken(request.headers['x-editor-token'], token))
      return json(response, 403, { problems: ['Refused: only the editor’s own page, on this machine, may call it.'] });
    const input = (await body(request).catch(() => undefined)) as Partial<CheckRequest & SaveRequest> | undefined;
    const document = input?.lang && input.document ? findDocument(input.lang, input.document) : undefined;
    if (!input || !document) return json(response, 400, { problems: ['Name a page and a language of this site.'] });
    if (name === 'check') return json(response, 200, await service.check(input as CheckRequest, document));
    if (name === 'save') {
      const saved = await service.save(input as SaveRequest);
      return json(response, saved.kind === 'saved' ? 200 : saved.kind === 'conflict' ? 409 : 422, saved);
    }
    return json(response, 404, { problems: [`No call ${name}.`] });
  };

  const page = async (response: ServerResponse, url: URL, request: IncomingMessage, lang: string, id: string) => {
    const ui = editorLanguage(url.searchParams.get('ui'), request.headers['accept-language']);
    const document = findDocument(lang, id);
    if (!document) return send(response, 404, 'text/plain; charset=utf-8', `No page ${id} in ${lang}.\n`);
    service.warm();
    const state = options.state();
    const all = state.documents ?? [];
    const sourceLanguage = document.sourceLanguage;
    const imported = await readImportedMemory(options.root, sourceLanguage, [lang]);
    const memory = translationMemory(
      [...siteEntries(Map.groupBy(all, (doc) => doc.lang)), ...imported.entries],
      sourceLanguage,
    );
    const current = await readFile(path.join(options.root, document.targetPath), 'utf8').catch(() => undefined);
    const view = state.manifest?.pages.find((candidate) => candidate.id === id)?.urls[lang];
    const html = editorPage({
      document,
      findings: state.findings ?? [],
      matches: documentMatches(document, memory),
      names: names(ui),
      base: fileDigest(current),
      links: { ...(view ? { view } : {}), review: `/${documentReviewPath(document)}` },
      ui,
      token,
    });
    return send(response, 200, 'text/html; charset=utf-8', html);
  };

  return async (request, response, url, port) => {
    if (!url.pathname.startsWith('/translate/')) return false;
    if (!ownHost(request, port)) {
      send(
        response,
        403,
        'text/plain; charset=utf-8',
        'The editor answers this machine only, by its loopback address.\n',
      );
      return true;
    }
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[1] === 'api') await call(request, response, port, parts[2] ?? '');
    else if (request.method !== 'GET' && request.method !== 'HEAD')
      send(response, 405, 'text/plain; charset=utf-8', 'GET only.\n');
    else if (parts.length === 1) {
      const ui = editorLanguage(url.searchParams.get('ui'), request.headers['accept-language']);
      send(response, 200, 'text/html; charset=utf-8', indexPage(options.state().documents ?? [], names(ui), ui, token));
    } else if (parts.length === 3) await page(response, url, request, parts[1] ?? '', parts[2] ?? '');
    else send(response, 404, 'text/plain; charset=utf-8', 'Not found.\n');
    return true;
  };
}
