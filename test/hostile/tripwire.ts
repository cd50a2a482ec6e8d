/**
 * A tripwire for script that should never run: a Chromium page whose
 * dangerous functions record a trip instead of acting (alert, confirm,
 * prompt, print, open, fetch, XMLHttpRequest, sendBeacon, WebSocket,
 * EventSource, Worker, new Image, document.write, string timers, created
 * script elements), in every frame, before any of the page's own script.
 * Dialogs, navigations away from the page, and requests for anything but an
 * image outside the test server count too; those requests are aborted, so
 * nothing reaches the network. Pages served with a report-only
 * Content-Security-Policy (`reportOnlyPolicy`) also report any script the
 * policy would block, whatever that script does.
 *
 * `exercise()` then does what a reader does: hover, focus and click every
 * element, following only `javascript:` links (other links are stopped,
 * so the page stays), and waits for failed images' error events.
 */
import type { Browser, BrowserContext, Page } from 'puppeteer';

export interface Tripwire {
  readonly page: Page;
  /** Load a page of the test server (the only navigation that is not a trip); its HTTP status. */
  goto(url: string): Promise<number | undefined>;
  /** Everything that tripped so far, with its detail. */
  trips(): Promise<string[]>;
  /** Forget the trips so far (for a control that counts them case by case). */
  reset(): Promise<void>;
  /** Hover, focus and click everything in `selector`, then let async handlers run for `settle` ms (default 300). */
  exercise(selector: string, settle?: number): Promise<void>;
  close(): Promise<void>;
}

/** Runs in every frame before its own script. */
function installHooks(): void {
  // Reported through a binding puppeteer installs in every frame, opaque-origin ones (data:, sandboxed) included.
  const report = (window as unknown as { __tripwireReport?: (what: string) => void }).__tripwireReport;
  const record = (what: string): void => {
    report?.(window === window.top ? what : `frame: ${what}`);
  };
  const hook = (target: object, name: string, detail: (args: unknown[]) => string = () => ''): void => {
    const original = (target as Record<string, unknown>)[name];
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      record(`${name}(${detail(args)})`);
      // Network calls go on (the test server answers or they are aborted); dialogs and windows do not.
      if (name === 'fetch' && typeof original === 'function')
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      return undefined;
    };
  };
  const first = (args: unknown[]): string => String(args[0]).slice(0, 80);
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) hook(window, name, first);
  hook(window, 'fetch', first);
  hook(XMLHttpRequest.prototype, 'open', (args) => String(args[1]).slice(0, 80));
  hook(Navigator.prototype, 'sendBeacon', first);
  hook(Document.prototype, 'write', first);
  hook(Document.prototype, 'writeln', first);
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'Image']) {
    const Original = (window as unknown as Record<string, unknown>)[name];
    if (typeof Original !== 'function') continue;
    (window as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
      record(`new ${name}(${first(args)})`);
      return Reflect.construct(Original as new (...a: unknown[]) => object, args);
    };
  }
  for (const name of ['setTimeout', 'setInterval'] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- window's timers need no `this`
    const original = window[name] as (...args: unknown[]) => number;
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (typeof args[0] === 'string') record(`${name}("${first(args)}")`);
      return original(...args);
    };
  }
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the document as `this`
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
    if (String(args[0]).toLowerCase() === 'script') record('createElement(script)');
    return createElement.apply(this, args);
  };
  // Follow only javascript: links (that is what is being tested), and the language switcher's, which the
  // run-time layer handles in place; any other link would leave the page.
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a, area');
      const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href') ?? '';
      // As the URL parser reads it: tabs and newlines dropped, leading controls and spaces trimmed.
      const scheme = /^([a-z][a-z0-9+.-]*):/i
        .exec(href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''))?.[1]
        ?.toLowerCase();
      if (link && scheme !== 'javascript' && !link.closest('[data-language-switcher]')) event.preventDefault();
    },
    true,
  );
  // Any script the page's policy does not allow (inline handlers, javascript: URLs, inline scripts, eval):
  // served with a report-only policy, it runs and is reported here, whatever it does.
  document.addEventListener('securitypolicyviolation', (event) => {
    record(`policy ${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.slice(0, 160));
  });
}

/** Served as `Content-Security-Policy-Report-Only` with the test pages: no inline script of any kind, no eval. */
export const reportOnlyPolicy = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export async function openTripwire(
  browser: Pick<Browser, 'newPage'> | BrowserContext,
  options: { readonly origin: string },
): Promise<Tripwire> {
  const page = await browser.newPage();
  const hooked: string[] = [];
  const outside: string[] = [];
  const dialogs: string[] = [];
  const navigations: string[] = [];
  // Act as the focused tab, so that autofocus and focus handlers fire as they would for a reader.
  const client = await page.createCDPSession();
  await client.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  await page.exposeFunction('__tripwireReport', (what: string) => {
    hooked.push(what);
  });
  await page.evaluateOnNewDocument(installHooks);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(options.origin) || url.startsWith('data:') || url === 'about:blank') {
      void request.continue();
    } else {
      // Images may come from anywhere (Markdown allows https images); script, frames, styles, fonts and calls may not.
      if (request.resourceType() !== 'image') outside.push(`request ${request.resourceType()} ${url.slice(0, 80)}`);
      void request.abort();
    }
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Main-frame navigations other than the ones the test makes (a javascript: or meta-refresh escape).
  const loaded = new Set<string>();
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = frame.url().split('#')[0] ?? '';
    if (!loaded.has(url)) navigations.push(`navigated to ${url}`);
  });

  return {
    page,
    async goto(url) {
      loaded.add(url.split('#')[0] ?? url);
      return (await page.goto(url, { waitUntil: 'load' }))?.status();
    },
    async trips() {
      // Where the page is now, too: a navigation event can come late, the URL cannot.
      const now = page.url().split('#')[0] ?? '';
      const away =
        loaded.has(now) || navigations.some((navigation) => navigation.endsWith(now)) ? [] : [`now at ${page.url()}`];
      return [...hooked, ...dialogs, ...navigations, ...away, ...outside];
    },
    async reset() {
      for (const list of [hooked, outside, dialogs, navigations]) list.length = 0;
    },
    async exercise(selector, settle = 300) {
      // A navigation away ends the page's script; it is a trip of its own (see framenavigated).
      await page
        .evaluate(
          async (scope, wait) => {
            for (const root of document.querySelectorAll(scope)) {
              for (const element of [root, ...root.querySelectorAll('*')]) {
                for (const type of [
                  'mouseover',
                  'mouseenter',
                  'pointerover',
                  'pointerenter',
                  'focus',
                  'focusin',
                  'mousedown',
                  'mouseup',
                ]) {
                  element.dispatchEvent(new Event(type, { bubbles: true }));
                }
                if (element instanceof HTMLElement) {
                  element.focus();
                  element.click();
                } else {
                  // SVG and MathML elements have no click(): a dispatched click still follows their links.
                  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
                }
              }
            }
            await new Promise((resolve) => setTimeout(resolve, wait));
          },
          selector,
          settle,
        )
        .catch((error: unknown) => {
          if (!/Execution context was destroyed|detached/i.test(String(error))) throw error;
        });
      // Aborted requests come back as error events (an image's onerror): let them, and what they start, finish.
      await page.waitForNetworkIdle({ idleTime: 50, timeout: 2000 }).catch(() => undefined);
    },
    async close() {
      await page.close();
    },
  };
}
