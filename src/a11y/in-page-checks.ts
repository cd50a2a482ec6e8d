/**
 * The checks the gate runs inside a page, in one call: axe held to WCAG 2.2
 * AA and best practices, HTML_CodeSniffer at WCAG 2 AA, and generic link
 * text in each link's language (neither of the others reads link wording).
 * Each finding names its element by a CSS selector the build can match in
 * the page's syntax tree (browser-checks.ts traces it to the Markdown).
 *
 * `runInPageChecks` is sent to the page as source text, so it uses nothing
 * from this module: axe-core and HTML_CodeSniffer are already loaded in the
 * page (see browser-checks.ts), and the rest comes in `setup`.
 */

/** The axe tags of WCAG 2.2 AA and axe's best practices. */
export const axeTags: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface InPageSetup {
  readonly axeTags: readonly string[];
  /** HTML_CodeSniffer's standard. */
  readonly standard: 'WCAG2AA';
  /** Generic link phrases by language, normalized (generic-link-text.ts). */
  readonly phrases: Readonly<Record<string, readonly string[]>>;
}

export interface InPageIssue {
  readonly runner: 'axe' | 'htmlcs' | 'link-text';
  readonly code: string;
  readonly type: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly selector: string;
  readonly context: string;
  /** The WCAG success criterion, `1.4.3`, when the checker names one. */
  readonly criterion?: string;
}

interface AxeResult {
  readonly id: string;
  readonly tags: readonly string[];
  readonly help: string;
  readonly helpUrl: string;
  readonly impact?: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

interface PageGlobals {
  axe: {
    run(
      context: Document,
      options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
    ): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }>;
  };
  HTMLCS: {
    process(standard: string, document: Document, done: (error?: unknown) => void): void;
    getMessages(): { code: string; msg: string; type: number; element: Element | null }[];
  };
}

/* v8 ignore start -- runs in the page (sent as source text), where Node.js cannot measure it */
export async function runInPageChecks(setup: InPageSetup): Promise<InPageIssue[]> {
  const { axe, HTMLCS } = window as unknown as PageGlobals;

  // Named as the gate's probes name elements (probes/element-names.ts), loaded in the page with the checkers.
  const { selectorOf, contextOf } = window.__gateProbes;
  const issue = (
    runner: InPageIssue['runner'],
    code: string,
    type: InPageIssue['type'],
    message: string,
    element: Element | null,
    criterion: string,
  ): InPageIssue => ({
    runner,
    code,
    type,
    message,
    selector: selectorOf(element),
    context: contextOf(element),
    ...(criterion ? { criterion } : {}),
  });
  /** `1.4.3` from axe's tag `wcag143` or HTML_CodeSniffer's `…Guideline1_4.1_4_3…`. */
  const criterionOf = (names: readonly string[]): string => {
    for (const name of names) {
      const match = /^wcag(\d)(\d)(\d+)$/.exec(name) ?? /\.(\d)_(\d)_(\d+)[._]/.exec(name);
      if (match) return `${match[1]}.${match[2]}.${match[3]}`;
    }
    return '';
  };

  // axe: critical and serious are errors, moderate a warning, minor a notice; what it could not decide alike.
  const levels: Record<string, InPageIssue['type']> = {
    critical: 'error',
    serious: 'error',
    moderate: 'warning',
    minor: 'notice',
  };
  const { violations, incomplete } = await axe.run(document, {
    runOnly: { type: 'tag', values: [...setup.axeTags] },
    // Passes and inapplicable rules are not read: leaving them out keeps the run short.
    resultTypes: ['violations', 'incomplete'],
  });
  const issues: InPageIssue[] = [...violations, ...incomplete].flatMap((result) =>
    (result.nodes.length > 0 ? result.nodes.map((node) => node.target.join(' ')) : ['']).map((target) =>
      issue(
        'axe',
        result.id,
        levels[result.impact ?? ''] ?? 'error',
        `${result.help} (${result.helpUrl})`,
        target ? document.querySelector(target) : null,
        criterionOf(result.tags),
      ),
    ),
  );

  // HTML_CodeSniffer: 1 error, 2 warning, 3 notice.
  await new Promise<void>((resolve, reject) =>
    HTMLCS.process(setup.standard, document, (error) =>
      error ? reject(error instanceof Error ? error : new Error('HTML_CodeSniffer failed')) : resolve(),
    ),
  );
  const types: Record<number, InPageIssue['type']> = { 1: 'error', 2: 'warning', 3: 'notice' };
  for (const message of HTMLCS.getMessages())
    issues.push(
      issue(
        'htmlcs',
        message.code,
        types[message.type] ?? 'notice',
        message.msg,
        message.element,
        criterionOf([message.code]),
      ),
    );

  // Generic link text, in the language of each link (its closest lang); the normalization is normalizeLinkText's.
  const normalize = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  for (const link of document.querySelectorAll('a[href]')) {
    const name = (link.getAttribute('aria-label') ?? (link as HTMLElement).innerText ?? '').trim();
    const lang = (link.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split('-')[0] ?? '';
    const lists = setup.phrases[lang] ? [setup.phrases[lang]] : Object.values(setup.phrases);
    if (lists.some((list) => list.includes(normalize(name))))
      issues.push(
        issue(
          'link-text',
          'generic-link-text',
          'error',
          `The link text "${name}" does not say where the link goes (WCAG 2.4.4): name the destination, for example the title of the page it opens.`,
          link,
          '2.4.4',
        ),
      );
  }
  // Notices are questions for a person, not findings: the gate reports errors and warnings.
  return issues.filter((found) => found.type !== 'notice');
}
/* v8 ignore stop */
