/**
 * A pa11y runner for axe-core held to WCAG 2.2 AA: pa11y's own axe runner
 * asks axe for the WCAG 2.0 and 2.1 rules only (it never sends `wcag22aa`),
 * so a rule such as target-size would never run. This one runs the rules
 * tagged `wcag2a`, `wcag2aa`, `wcag21a`, `wcag21aa`, `wcag22aa` and
 * `best-practice`, and reports them as pa11y's runner does: axe's critical
 * and serious impacts are errors, moderate a warning, minor a notice, for
 * what axe found and for what it could not decide (incomplete) alike.
 *
 * pa11y loads a runner with require() and injects `run` into the page as
 * source text, after `scripts`, so `run` uses nothing from this module.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export const supports = '^10.0.0';

/** axe-core itself, injected before `run`. */
export const scripts: string[] = [
  path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'),
];

/** The axe tags of WCAG 2.2 AA and axe's best practices (exported for the README and the tests). */
export const axeTags: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface RunnerIssue {
  readonly code: string;
  readonly type: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly element: Element | null;
}

interface AxeResult {
  readonly id: string;
  readonly help: string;
  readonly helpUrl: string;
  readonly impact?: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

interface AxeGlobal {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
  ): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }>;
}

export async function run(): Promise<RunnerIssue[]> {
  // Repeated here: `run` runs in the page, where nothing of this module exists.
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  const { violations, incomplete } = await axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    // Passes and inapplicable rules are not read: listing only their rule ids keeps the run short.
    resultTypes: ['violations', 'incomplete'],
  });
  const levels: Record<string, RunnerIssue['type']> = {
    critical: 'error',
    serious: 'error',
    moderate: 'warning',
    minor: 'notice',
  };
  const issues = (result: AxeResult): RunnerIssue[] => {
    const type = levels[result.impact ?? ''] ?? 'error';
    const targets = result.nodes.length > 0 ? result.nodes.map((node) => node.target.join(' ')) : [''];
    return targets.map((selector) => ({
      code: result.id,
      type,
      message: `${result.help} (${result.helpUrl})`,
      element: selector ? document.querySelector(selector) : null,
    }));
  };
  return [...violations, ...incomplete].flatMap(issues);
}
