/**
 * A pa11y runner that flags generic link text ("click here", "aquí") in the
 * browser, in the language of each link (its closest `lang`). axe and
 * HTML_CodeSniffer do not check link wording (htmlcs only lists every link as
 * a notice to review), so without this runner a page of "read more" links
 * passes the gate.
 *
 * pa11y loads a runner with require() and injects `run` into the page as
 * source text, so `run` uses nothing from this module: the phrases come from
 * `window.__embassyContentLinkText`, which the caller sets (see
 * linkTextRunnerSetup) before pa11y runs.
 */

export const supports = '^10.0.0';

/** No library to inject: the check is the `run` function itself. */
export const scripts: string[] = [];

interface LinkTextSetup {
  readonly phrases: Readonly<Record<string, readonly string[]>>;
}

interface RunnerIssue {
  readonly code: string;
  readonly type: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly element: Element | null;
}

export async function run(): Promise<RunnerIssue[]> {
  const setup = (window as unknown as { __embassyContentLinkText?: LinkTextSetup }).__embassyContentLinkText;
  if (!setup) {
    return [
      {
        code: 'generic-link-text-setup',
        type: 'error',
        message: 'The link-text runner has no phrases: set window.__embassyContentLinkText before running pa11y.',
        element: null,
      },
    ];
  }
  // The same normalization as normalizeLinkText in text-analysis/generic-link-text.ts.
  const normalize = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const issues: RunnerIssue[] = [];
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    const name = (link.getAttribute('aria-label') ?? (link as HTMLElement).innerText ?? '').trim();
    const lang = (link.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split('-')[0] ?? '';
    const lists = setup.phrases[lang] ? [setup.phrases[lang]] : Object.values(setup.phrases);
    if (lists.some((list) => list.includes(normalize(name)))) {
      issues.push({
        code: 'generic-link-text',
        type: 'error',
        message: `The link text "${name}" does not say where the link goes (WCAG 2.4.4): name the destination, for example the title of the page it opens.`,
        element: link,
      });
    }
  }
  return issues;
}
