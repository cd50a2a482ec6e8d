/**
 * Language selection for HTTP requests, for any Node server (node:http,
 * Express, Fastify, …): each takes what all of them have, a URL and headers.
 *
 * Order: `?lang=` (an explicit choice, a link from the switcher), then the
 * cookie that remembers the visitor's last choice, then Accept-Language,
 * then the source language.
 */
import { lookupLanguage, parseAcceptLanguage } from './negotiate.ts';

/** The headers of a request: Node's IncomingHttpHeaders, a plain object or a Fetch `Headers`. */
export type RequestHeaders = Readonly<Record<string, string | readonly string[] | undefined>> | Headers;

/** What every Node server's request has: `request.url` (path and query) and `request.headers`. */
export interface RequestLike {
  readonly url?: string | undefined;
  readonly headers: RequestHeaders;
  /** node:http's socket, whose `encrypted` is true on an HTTPS server (typed loosely: a net.Socket does not declare it). */
  readonly socket?: unknown;
}

/**
 * Whether a request came over HTTPS: an absolute `https:` URL (a Fetch API
 * request), an encrypted socket (node:http's HTTPS server), or a proxy's
 * `X-Forwarded-Proto: https`. Only the cookie's `Secure` follows from it,
 * which a forged header can only make stricter.
 */
export function isHttps(request: RequestLike): boolean {
  const encrypted = (request.socket as { readonly encrypted?: unknown } | undefined)?.encrypted === true;
  if (request.url?.startsWith('https://') === true || encrypted) return true;
  return headerValue(request.headers, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

export interface NegotiationOptions {
  /** The published languages (the manifest's), in order. */
  readonly languages: readonly string[];
  readonly sourceLanguage: string;
  /** Query parameter with an explicit choice (default `lang`). */
  readonly queryParameter?: string;
  /** Cookie that remembers the choice (default `lang`). */
  readonly cookieName?: string;
}

/** The chosen language, and what chose it. */
export interface Negotiation {
  readonly lang: string;
  readonly from: 'query' | 'cookie' | 'accept-language' | 'default';
}

export const defaultCookieName = 'lang';
export const defaultQueryParameter = 'lang';

/** A request header as one string (Node gives arrays for repeated headers). */
export function headerValue(headers: RequestHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Readonly<Record<string, string | readonly string[] | undefined>>)[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value as string | undefined);
}

/** A cookie's value from a Cookie header (RFC 6265), or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair
      .slice(separator + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** The published language a value names exactly (es-MX → es), or undefined: a query or cookie is not a preference list. */
function published(value: string | null | undefined, languages: readonly string[]): string | undefined {
  if (!value) return undefined;
  const found = lookupLanguage([value], languages, '');
  return found === '' ? undefined : found;
}

/** The language of a request: `?lang=`, the cookie, Accept-Language, then the source language. */
export function negotiateRequest(request: RequestLike, options: NegotiationOptions): Negotiation {
  const { languages, sourceLanguage } = options;
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams.get(
    options.queryParameter ?? defaultQueryParameter,
  );
  const fromQuery = published(query, languages);
  if (fromQuery) return { lang: fromQuery, from: 'query' };
  const fromCookie = published(
    cookieValue(headerValue(request.headers, 'cookie'), options.cookieName ?? defaultCookieName),
    languages,
  );
  if (fromCookie) return { lang: fromCookie, from: 'cookie' };
  const fromHeader = published(
    lookupLanguage(parseAcceptLanguage(headerValue(request.headers, 'accept-language')), languages, ''),
    languages,
  );
  if (fromHeader) return { lang: fromHeader, from: 'accept-language' };
  return { lang: sourceLanguage, from: 'default' };
}

export interface CookieOptions {
  readonly name?: string;
  /** Seconds (default: one year). */
  readonly maxAge?: number;
  /** Add `Secure` (on for HTTPS sites). */
  readonly secure?: boolean;
}

/** A `Set-Cookie` value that remembers a language for the whole site. */
export function languageCookie(lang: string, options: CookieOptions = {}): string {
  const parts = [
    `${options.name ?? defaultCookieName}=${encodeURIComponent(lang)}`,
    'Path=/',
    `Max-Age=${options.maxAge ?? 31_536_000}`,
    'SameSite=Lax',
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * Headers of a response in a language. A response whose URL does not name
 * its language was chosen from the request's cookie and Accept-Language, so
 * shared caches must keep one copy per value of each (`Vary`).
 */
export function languageHeaders(lang: string, options: { readonly negotiated: boolean }): Record<string, string> {
  return { 'Content-Language': lang, ...(options.negotiated ? { Vary: 'Accept-Language, Cookie' } : {}) };
}
