/**
 * The server helper, with no server: language from a request (`?lang=`,
 * cookie, Accept-Language), the headers of a response, the routes, and a
 * fallback fragment. The demo tests (test/site/demo.e2e.test.ts) run it behind
 * node:http in Chromium.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cookieValue,
  createLocalizer,
  createSite,
  languageCookie,
  loadBundles,
  negotiateRequest,
  type LanguageBundle,
  type Site,
} from '../../src/runtime/node.ts';
import type { Manifest } from '../../src/runtime/index.ts';

let out: string;
let site: Site;
let manifest: Manifest;
let resources: Record<string, LanguageBundle>;

beforeAll(async () => {
  // The run's build of the project, read only.
  out = inject('projectBuild');
  ({ manifest, resources } = await loadBundles(out));
  site = createSite({
    localizer: createLocalizer({ resources, languages: ['en', 'es'], sourceLanguage: 'en' }),
    manifest,
    home: 'mexico',
  });
});

const options = { languages: ['en', 'es'], sourceLanguage: 'en' };
const request = (url: string, headers: Record<string, string | string[]> = {}) => ({ url, headers });

describe('the language of a request', () => {
  it('takes ?lang= first, then the cookie, then Accept-Language, then the source language', () => {
    const all = { cookie: 'theme=dark; lang=en', 'accept-language': 'es-MX' };
    expect(negotiateRequest(request('/mexico/?lang=es', all), options)).toEqual({ lang: 'es', from: 'query' });
    expect(negotiateRequest(request('/mexico/', all), options)).toEqual({ lang: 'en', from: 'cookie' });
    expect(negotiateRequest(request('/mexico/', { 'accept-language': 'fr-CA, es-MX;q=0.8' }), options)).toEqual({
      lang: 'es',
      from: 'accept-language',
    });
    expect(negotiateRequest(request('/mexico/', { 'accept-language': 'fr-CA, de' }), options)).toEqual({
      lang: 'en',
      from: 'default',
    });
  });

  it('ignores a ?lang= or a cookie naming a language the site does not publish, and reads a region as its language', () => {
    expect(negotiateRequest(request('/?lang=fr', { cookie: 'lang=xx', 'accept-language': 'es' }), options)).toEqual({
      lang: 'es',
      from: 'accept-language',
    });
    expect(negotiateRequest(request('/?lang=es-MX'), options)).toEqual({ lang: 'es', from: 'query' });
    expect(negotiateRequest(request('/', { 'accept-language': 'es;q=0, en' }), options)).toEqual({
      lang: 'en',
      from: 'accept-language',
    });
  });

  it('reads Node headers (arrays for repeated ones) and Fetch Headers alike', () => {
    expect(negotiateRequest(request('/', { 'accept-language': ['fr', 'es'] }), options).lang).toBe('es');
    expect(negotiateRequest({ url: '/', headers: new Headers({ Cookie: 'lang=es' }) }, options)).toEqual({
      lang: 'es',
      from: 'cookie',
    });
  });

  it('reads cookies as RFC 6265 writes them, and writes one that lasts a year for the whole site', () => {
    expect(cookieValue('a=1; lang="es"; b=2', 'lang')).toBe('es');
    expect(cookieValue('xlang=es', 'lang')).toBeUndefined();
    expect(cookieValue('lang=%E0%A4%A', 'lang')).toBe('%E0%A4%A');
    expect(languageCookie('es')).toBe('lang=es; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(languageCookie('es', { name: 'site_lang', secure: true, maxAge: 60 })).toBe(
      'site_lang=es; Path=/; Max-Age=60; SameSite=Lax; Secure',
    );
  });
});

describe('responses', () => {
  it('serves a page whose URL names its language with Content-Language and no Vary', () => {
    const response = site.respond(request('/es/mexico/', { 'accept-language': 'en' }));
    expect(response?.status).toBe(200);
    expect(response?.headers).toEqual({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': 'es' });
    expect(response?.body).toMatch(/^<!doctype html><html lang="es" dir="ltr">/);
  });

  it('negotiates a language-neutral page, says so in Vary, and remembers a ?lang= choice', () => {
    const negotiated = site.respond(request('/mexico/', { 'accept-language': 'es-MX' }));
    expect(negotiated?.headers).toMatchObject({ 'Content-Language': 'es', Vary: 'Accept-Language, Cookie' });
    expect(negotiated?.headers['Set-Cookie']).toBeUndefined();
    const chosen = site.respond(request('/mexico/?lang=es'));
    expect(chosen?.headers).toMatchObject({
      'Content-Language': 'es',
      'Set-Cookie': 'lang=es; Path=/; Max-Age=31536000; SameSite=Lax',
      'Cache-Control': 'private',
    });
  });

  it('makes the remembered choice Secure whenever the request came over HTTPS', () => {
    const secure = 'lang=es; Path=/; Max-Age=31536000; SameSite=Lax; Secure';
    const cookie = (response: ReturnType<typeof site.respond>) => response?.headers['Set-Cookie'];
    expect(cookie(site.respond(request('https://mx.usembassy.gov/mexico/?lang=es')))).toBe(secure);
    expect(cookie(site.respond({ ...request('/mexico/?lang=es'), socket: { encrypted: true } }))).toBe(secure);
    expect(cookie(site.respond(request('/mexico/?lang=es', { 'x-forwarded-proto': 'https' })))).toBe(secure);
    // The choice made on another language's page, which redirects there, too.
    expect(cookie(site.respond(request('https://mx.usembassy.gov/en/mexico/?lang=es')))).toBe(secure);
    expect(cookie(site.respond(request('/mexico/?lang=es', { 'x-forwarded-proto': 'http' })))).not.toContain('Secure');
  });

  it('lists the hreflang alternates in the page and, for a fragment, in a Link header', () => {
    expect(site.respond(request('/en/mexico/'))?.body).toContain(
      '<link rel="alternate" hreflang="en" href="/en/mexico/"><link rel="alternate" hreflang="es" href="/es/mexico/"><link rel="alternate" hreflang="x-default" href="/en/mexico/">',
    );
    const fragment = site.respond(request('/fragment/mexico/goals', { 'accept-language': 'es' }));
    expect(fragment?.headers).toMatchObject({
      'Content-Language': 'es',
      Vary: 'Accept-Language, Cookie',
      Link: '</en/mexico/>; rel="alternate"; hreflang="en", </es/mexico/>; rel="alternate"; hreflang="es", </en/mexico/>; rel="alternate"; hreflang="x-default"',
    });
    expect(fragment?.body).toMatch(/^<section data-fragment-id="mexico\/goals" [^>]*lang="es"/);
  });

  it("redirects / to the visitor's language and a page URL without its slash to the URL with it", () => {
    expect(site.respond(request('/', { 'accept-language': 'es' }))).toEqual({
      status: 302,
      headers: { Location: '/es/mexico/', Vary: 'Accept-Language, Cookie' },
      body: '',
    });
    expect(site.respond(request('/es/mexico?x=1'))).toEqual({
      status: 308,
      headers: { Location: '/es/mexico/?x=1' },
      body: '',
    });
  });

  it('leaves everything else to the caller: other paths, unknown sections, other methods, / without a home page', () => {
    expect(site.respond(request('/assets/site.css'))).toBeUndefined();
    expect(site.respond(request('/fragment/mexico/nope'))).toBeUndefined();
    expect(site.respond(request('/fragment/mexico/goals/more'))).toBeUndefined();
    expect(site.respond({ ...request('/es/mexico/'), method: 'POST' })).toBeUndefined();
    expect(site.respond(request('/%E0%A4%A/'))).toBeUndefined();
    const withoutHome = createSite({ localizer: site.localizer, manifest });
    expect(withoutHome.respond(request('/'))).toBeUndefined();
  });

  it("serves an untranslated section in English, with the notice in the visitor's language inside the section, after its heading", () => {
    const spanish = resources.es as LanguageBundle;
    const mexico = spanish.mexico;
    if (!mexico) throw new Error('no Spanish bundle');
    const { goals: _removed, ...sections } = mexico.sections;
    const partial = createLocalizer({
      resources: {
        ...resources,
        es: { ...spanish, mexico: { ...mexico, sections: sections as typeof mexico.sections } },
      },
      languages: ['en', 'es'],
      sourceLanguage: 'en',
    });
    const fragment = createSite({ localizer: partial, manifest }).fragment(
      request('/', { 'accept-language': 'es' }),
      'mexico',
      'goals',
    );
    expect(fragment.headers['Content-Language']).toBe('es, en');
    const notice =
      '<p class="translation-notice" lang="es" dir="ltr">Esta sección aún no está disponible en español. Se muestra en inglés, el idioma en que se redactó.</p>';
    expect(fragment.body).toMatch(
      new RegExp(`^<section [^>]*lang="en" dir="ltr">\\n<h2 id="mexico-goals">Goals</h2>\\n${notice}\\n<p>`),
    );
    const page = createSite({ localizer: partial, manifest }).page(request('/'), 'mexico', 'es');
    expect(page.body).toContain(`<h2 id="mexico-goals">Goals</h2>\n${notice}\n<p>`);
    // The other sections are the build's bytes.
    expect(page.body).toContain(mexico.sections.challenges);
  });

  it("sends a ?lang= choice made on another language's page to that page, and remembers it (a private response)", () => {
    expect(site.respond(request('/en/mexico/?lang=es-MX'))).toEqual({
      status: 303,
      headers: {
        Location: '/es/mexico/',
        'Set-Cookie': 'lang=es; Path=/; Max-Age=31536000; SameSite=Lax',
        'Cache-Control': 'private',
      },
      body: '',
    });
    expect(site.respond(request('/en/mexico/?lang=en'))?.status).toBe(200);
    expect(site.respond(request('/en/mexico/?lang=fr'))?.status).toBe(200);
  });

  it('names the known pages when asked for an unknown one', () => {
    expect(() => site.page(request('/'), 'nope' as 'mexico')).toThrow(
      'Unknown page `nope`: not in the manifest (known pages: mexico).',
    );
  });
});
