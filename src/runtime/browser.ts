/**
 * The run-time layer in a browser page: fills the page's marked containers
 * with fragments in the visitor's language and switches language in place.
 *
 *   <h1 data-title="mexico"></h1>
 *   <div data-fragment="mexico/goals"></div>
 *   <nav data-language-switcher><a href="/es/mexico/" hreflang="es" lang="es">Español</a>…</nav>
 *
 * It fetches only the active language's bundles (`ui` and each page on the
 * page), each once; the source language's only when a section is not
 * translated. A page the server already rendered (page.ts) fetches nothing
 * until the visitor switches. Switching keeps the reader's place and the
 * focus on the switcher link, moves `aria-current`, updates `<html lang>`,
 * the URL and the remembered choice (cookie), and announces the change in a
 * polite live region. Without JavaScript the switcher links are plain links.
 */
import { createLocalizer, uiNamespace, type Localizer, type PageId, type SectionId } from './localizer.ts';
import { lookupLanguage } from './negotiate.ts';

/** The site's languages, written into the bundle by the build (esbuild `define`); absent when bundled otherwise. */
declare const EMBASSY_SITE:
  | {
      readonly languages: readonly string[];
      readonly sourceLanguage: string;
      readonly directions: Readonly<Record<string, string>>;
    }
  | undefined;

export interface MountOptions {
  readonly document?: Document;
  /** Published languages and the source language (default: the site's, from the build). */
  readonly languages?: readonly string[];
  readonly sourceLanguage?: string;
  /** Writing direction per language (default: the site's; `ltr` otherwise). */
  readonly directions?: Readonly<Record<string, string>>;
  /** URL of a language's namespace bundle, or a template with `{lng}` and `{ns}` (default: ../locales/{lng}/{ns}.json next to this module). */
  readonly bundles?: string | ((lng: string, namespace: string) => string);
  /** Start in this language instead of choosing one. */
  readonly lang?: string;
  /** The cookie that remembers the choice (default `lang`, as the server reads it). */
  readonly cookieName?: string;
}

export interface MountedPage {
  /** The language shown. */
  readonly lang: string;
  readonly localizer: Localizer;
  /** Show the page in another language, in place (and push `url` to the history when given). */
  switchTo(lang: string, url?: string): Promise<void>;
}

/** Fired on the document after the page changed language: `detail.lang`. */
export const languageChangeEvent = 'embassy-content:languagechange';

export async function mount(options: MountOptions = {}): Promise<MountedPage> {
  const doc = options.document ?? document;
  const win = doc.defaultView ?? window;
  const site = typeof EMBASSY_SITE === 'undefined' ? undefined : EMBASSY_SITE;
  const languages = options.languages ?? site?.languages;
  const sourceLanguage = options.sourceLanguage ?? site?.sourceLanguage;
  if (!languages || !sourceLanguage)
    throw new TypeError(
      'mount() needs `languages` and `sourceLanguage`: pass them, or use the bundle the build writes (dist/assets/embassy-content.js).',
    );
  const directions = options.directions ?? site?.directions ?? {};
  const cookieName = options.cookieName ?? 'lang';
  const localizer = createLocalizer({ resources: {}, languages, sourceLanguage });
  const load = bundleLoader(options.bundles, localizer);

  const containers = () => [...doc.querySelectorAll<HTMLElement>('[data-fragment]')];
  warnMissingAttributes(doc);
  const pageIds = () =>
    [
      ...new Set(
        [...doc.querySelectorAll<HTMLElement>('[data-fragment], [data-title]')].map(
          (element) => (element.dataset.fragment ?? element.dataset.title ?? '').split('/')[0] ?? '',
        ),
      ),
    ].filter(Boolean);

  /** Fetch what showing `lng` needs: its UI strings and pages, and the source language's pages where a section or title is missing. */
  const prepare = async (lng: string) => {
    const pages = pageIds();
    await Promise.all([uiNamespace, ...pages].map((namespace) => load(lng, namespace)));
    if (lng === sourceLanguage) return;
    const keys = [
      ...containers().map((element) => (element.dataset.fragment ?? '').split('/')),
      ...pages.map((page) => [page, undefined]),
    ];
    const incomplete = new Set(
      keys
        .filter(
          ([page, section]) =>
            page && localizer.i18n.getResource(lng, page, section ? `sections.${section}` : 'title') === undefined,
        )
        .map(([page]) => page as string),
    );
    await Promise.all([...incomplete].map((page) => load(sourceLanguage, page)));
    if (!localizer.has(lng, uiNamespace)) await load(sourceLanguage, uiNamespace);
  };

  /** UI strings by key: the keys come from the page's data-ui attributes, so i18next's typed keys cannot follow them. */
  const uiText = (lng: string) => localizer.t(lng) as unknown as (key: string) => string;

  /** A lookup that names what it could not find, instead of stopping the whole page. */
  const found = <T>(lookup: () => T, element: Element): T | undefined => {
    try {
      return lookup();
    } catch (error) {
      console.warn(error instanceof Error ? error.message : error, element);
      return undefined;
    }
  };

  const render = (lng: string) => {
    const t = uiText(lng);
    // Everything is looked up before the page changes; an unknown key is reported and its element left as it is.
    const titles = [...doc.querySelectorAll<HTMLElement>('[data-title]')].map((element) => ({
      element,
      title: found(() => localizer.title(element.dataset.title as PageId, lng), element),
    }));
    const fragments = containers().map((container) => {
      const [page = '', section = ''] = (container.dataset.fragment ?? '').split('/');
      return {
        container,
        fragment: found(() => localizer.fragment(page as PageId, section as SectionId<PageId>, lng), container),
      };
    });
    const root = doc.documentElement;
    root.lang = lng;
    root.dir = directions[lng] ?? 'ltr';
    for (const { element, title } of titles) {
      if (!title) continue;
      const suffix = element.dataset.titleSuffix;
      element.textContent = suffix ? `${title.text} – ${t(suffix)}` : title.text;
      if (element.localName !== 'title') setLang(element, title.fallback ? title.lng : undefined);
    }
    for (const { container, fragment } of fragments) {
      if (!fragment) continue;
      // Fragments are built and sanitized HTML (the build's allowlist); they are inserted as such.
      container.innerHTML = fragment.html;
      if (fragment.notice) insertNotice(container, fragment.notice, lng, directions[lng] ?? 'ltr');
    }
    for (const element of doc.querySelectorAll<HTMLElement>('[data-ui]'))
      element.textContent = t(element.dataset.ui ?? '');
    for (const element of doc.querySelectorAll<HTMLElement>('[data-ui-label]'))
      element.setAttribute('aria-label', t(element.dataset.uiLabel ?? ''));
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-language-switcher] a[hreflang]')) {
      if (localizer.negotiate(link.hreflang) === lng) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };

  /**
   * The parts of a site's page made from every page's titles (the navigation,
   * the index, the date): taken from the page in `lng` itself, which the
   * switcher links to, so that they need no bundle of every page.
   */
  const fetchChrome = async (lng: string): Promise<Map<string, Element> | undefined> => {
    if (!doc.querySelector('[data-page-chrome]')) return undefined;
    const link = [...doc.querySelectorAll<HTMLAnchorElement>('[data-language-switcher] a[hreflang]')].find(
      (candidate) => localizer.negotiate(candidate.hreflang) === lng,
    );
    if (!link) return undefined;
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(`Could not load ${link.href}: HTTP ${response.status}.`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    return new Map(
      [...page.querySelectorAll<HTMLElement>('[data-page-chrome]')].map((part) => [
        part.dataset.pageChrome ?? '',
        part,
      ]),
    );
  };
  const replaceChrome = (chrome: Map<string, Element> | undefined) => {
    if (!chrome) return;
    for (const part of doc.querySelectorAll<HTMLElement>('[data-page-chrome]')) {
      const next = chrome.get(part.dataset.pageChrome ?? '');
      if (next) part.replaceWith(doc.importNode(next, true));
      // A part the page in the other language does not have (no date there): gone with the language.
      else part.remove();
    }
  };

  // The live region must be in the page before the announcement: one added with its text is often not read.
  let region = doc.querySelector<HTMLElement>('[data-announcer]');
  if (!region) {
    region = doc.createElement('div');
    region.dataset.announcer = '';
    region.setAttribute('role', 'status');
    region.className = 'visually-hidden';
    doc.body.append(region);
  }
  const announcer = region;
  const announce = (lng: string) => {
    announcer.lang = lng;
    announcer.textContent = uiText(lng)('languageChanged');
  };

  /** The section at the top of the viewport and its offset, to put it back there after the switch. */
  const readingPlace = () => {
    const active = doc.activeElement;
    const focused = containers().find(
      (container) => active instanceof Node && container.contains(active) && container !== active,
    );
    const top = containers().find((container) => container.getBoundingClientRect().bottom > 0);
    return { focused, top, offset: top?.getBoundingClientRect().top ?? 0 };
  };

  const restore = (place: ReturnType<typeof readingPlace>) => {
    if (place.top && win.scrollY > 0) win.scrollBy(0, place.top.getBoundingClientRect().top - place.offset);
    if (place.focused) {
      // The focused element was replaced with the section's new text: focus the section, where the reader was.
      const section = place.focused.querySelector<HTMLElement>('[data-fragment-id]') ?? place.focused;
      section.tabIndex = -1;
      section.focus({ preventScroll: true });
    }
  };

  // A page a server rendered in its language: every container filled (a page of the site's own has none), <html lang> one of ours.
  const rendered = containers().every((container) => container.childElementCount > 0)
    ? publishedLanguage(doc.documentElement.lang, languages)
    : undefined;
  let current = initialLanguage(doc, win, { languages, cookieName, forced: options.lang, rendered, localizer });
  let queue: Promise<void> = Promise.resolve();
  if (current !== rendered) {
    await prepare(current);
    render(current);
  }
  win.history.replaceState({ ...(win.history.state as object | null), lang: current }, '');

  const switchTo = (lang: string, url?: string, push = true): Promise<void> => {
    const lng = localizer.negotiate(lang);
    const task = async () => {
      if (lng === current) return;
      await prepare(lng);
      const chrome = await fetchChrome(lng);
      const place = readingPlace();
      render(lng);
      replaceChrome(chrome);
      restore(place);
      current = lng;
      const secure = win.location.protocol === 'https:' ? '; secure' : '';
      doc.cookie = `${cookieName}=${encodeURIComponent(lng)}; path=/; max-age=31536000; samesite=lax${secure}`;
      if (url !== undefined && push) win.history.pushState({ lang: lng }, '', url);
      announce(lng);
      doc.dispatchEvent(new CustomEvent(languageChangeEvent, { detail: { lang: lng } }));
    };
    // One switch at a time, in order; a failed one does not stop the next.
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const first = current;
  /** The language of a history entry: its own record, else the switcher link to its URL, else `?lang=`, else the page's first. */
  const languageOfEntry = (state: unknown): string => {
    const recorded = (state as { lang?: string } | null)?.lang;
    if (recorded) return recorded;
    const here = new URL(win.location.href);
    const link = [...doc.querySelectorAll<HTMLAnchorElement>('[data-language-switcher] a[hreflang]')].find(
      (candidate) => candidate.pathname === here.pathname && candidate.search === here.search,
    );
    return (
      publishedLanguage(link?.hreflang, languages) ??
      publishedLanguage(here.searchParams.get('lang'), languages) ??
      first
    );
  };

  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('[data-language-switcher] a[hreflang]');
    // A modified click (new tab, new window) is the browser's.
    if (
      !link ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    // So is a link to a language the site does not publish.
    if (!languages.some((language) => language.toLowerCase() === link.hreflang.toLowerCase())) return;
    event.preventDefault();
    // If the bundles cannot be fetched, the link still works as a link.
    switchTo(link.hreflang, link.href).catch((error: unknown) => {
      console.error(error);
      win.location.assign(link.href);
    });
  });
  // Back and Forward, also to entries the runtime did not make (a skip link's #main): the page follows the URL.
  win.addEventListener('popstate', (event) => {
    switchTo(languageOfEntry(event.state), undefined, false).catch(() => win.location.reload());
  });

  return {
    get lang() {
      return current;
    },
    localizer,
    switchTo: (lang, url) => switchTo(lang, url),
  };
}

/**
 * Say once, in the console, what a layout left out that a feature needs:
 * without these the page still works, but stays partly in the old language
 * after a switch, with nothing to tell why.
 */
function warnMissingAttributes(doc: Document): void {
  const missing: string[] = [];
  if (!doc.querySelector('[data-language-switcher]'))
    missing.push(
      'no element with data-language-switcher: the language links are not switched in place (<nav data-language-switcher> around them).',
    );
  const title = doc.querySelector('title');
  if (
    title &&
    !title.hasAttribute('data-title') &&
    !title.hasAttribute('data-page-chrome') &&
    doc.querySelector('[data-title]')
  )
    missing.push(
      '<title> has no data-title: the browser tab keeps the old language\'s title (<title data-title="page" data-title-suffix="publisher">).',
    );
  for (const label of doc.querySelectorAll('nav[aria-label]:not([data-ui-label])'))
    missing.push(
      `a <nav aria-label="${label.getAttribute('aria-label') ?? ''}"> has no data-ui-label: its name stays in the old language.`,
    );
  for (const problem of missing) console.warn(`embassy-content: ${problem}`);
}

/** The published language a tag names (es-MX → es; es → es-MX when only that is published), or undefined. */
function publishedLanguage(value: string | null | undefined, languages: readonly string[]): string | undefined {
  return value ? lookupLanguage([value], languages, '') || undefined : undefined;
}

interface InitialLanguageOptions {
  readonly languages: readonly string[];
  readonly cookieName: string;
  readonly forced: string | undefined;
  /** The language a server rendered the page in, if it did. */
  readonly rendered: string | undefined;
  readonly localizer: Localizer;
}

/** `?lang=`, the language a server rendered the page in, the remembered choice, the browser's languages, then `<html lang>`. */
function initialLanguage(doc: Document, win: Window, options: InitialLanguageOptions): string {
  const { languages } = options;
  const cookie = doc.cookie
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === options.cookieName)?.[1];
  return (
    publishedLanguage(options.forced, languages) ??
    publishedLanguage(new URL(win.location.href).searchParams.get('lang'), languages) ??
    options.rendered ??
    publishedLanguage(cookie, languages) ??
    (lookupLanguage(win.navigator.languages, languages, '') || undefined) ??
    publishedLanguage(doc.documentElement.lang, languages) ??
    options.localizer.sourceLanguage
  );
}

/** Fetch each namespace bundle of each language once; a 404 is a translation not there (the source language then serves). */
function bundleLoader(
  bundles: MountOptions['bundles'],
  localizer: Localizer,
): (lng: string, namespace: string) => Promise<void> {
  const url =
    typeof bundles === 'function'
      ? bundles
      : typeof bundles === 'string'
        ? (lng: string, namespace: string) => bundles.replaceAll('{lng}', lng).replaceAll('{ns}', namespace)
        : (lng: string, namespace: string) => new URL(`../locales/${lng}/${namespace}.json`, import.meta.url).href;
  const loading = new Map<string, Promise<void>>();
  return (lng, namespace) => {
    const key = `${lng}/${namespace}`;
    let pending = loading.get(key);
    if (!pending) {
      pending = fetch(url(lng, namespace)).then(async (response) => {
        if (response.status === 404) return;
        if (!response.ok)
          throw new Error(
            `Could not load the ${lng} bundle \`${namespace}\`: HTTP ${response.status} (${response.url}).`,
          );
        const bundle: unknown = await response.json();
        localizer.add(lng, { [namespace]: bundle });
      });
      // A failed fetch may be retried by the next switch.
      pending.catch(() => loading.delete(key));
      loading.set(key, pending);
    }
    return pending;
  };
}

/** The "not translated yet" notice inside the fragment's section, after its heading, in the page's language (as the server's pages have it). */
function insertNotice(container: HTMLElement, text: string, lang: string, dir: string): void {
  const notice = container.ownerDocument.createElement('p');
  notice.className = 'translation-notice';
  notice.lang = lang;
  notice.dir = dir;
  notice.textContent = text;
  const section = container.querySelector('[data-fragment-id]');
  const heading = section?.querySelector(
    ':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6',
  );
  if (heading) heading.after(notice);
  else if (section) section.prepend(notice);
  else container.prepend(notice);
}

function setLang(element: HTMLElement, lang: string | undefined): void {
  if (lang) element.lang = lang;
  else element.removeAttribute('lang');
}
