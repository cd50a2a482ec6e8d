/**
 * A check of how a page holds up when its reader changes it: a narrow
 * window, wider text spacing, larger text, forced colours, the keyboard,
 * reduced motion. Each changes the gate's tab, looks with the probes
 * (../probes/), and puts the tab back as it was for the next page.
 */
import type { CDPSession, Page } from 'puppeteer';
import type { ProbeFinding } from '../probes/finding.ts';

export type AdaptationRunner = 'reflow' | 'text-spacing' | 'text-zoom' | 'forced-colors' | 'focus' | 'motion';

/** The tab a check changes: the page, and a DevTools session for what puppeteer does not wrap. */
export interface AdaptationTab {
  readonly page: Page;
  readonly session: CDPSession;
}

export interface Adaptation {
  readonly runner: AdaptationRunner;
  check(tab: AdaptationTab): Promise<ProbeFinding[]>;
}

/** Run `look` with the page changed by `change`, and undo the change after, whatever happens. */
export async function changed<T>(
  change: () => Promise<unknown>,
  undo: () => Promise<unknown>,
  look: () => Promise<T>,
): Promise<T> {
  await change();
  try {
    return await look();
  } finally {
    await undo();
  }
}
