/**
 * The part of pa11y 10's JavaScript API this package uses (pa11y ships no
 * types of its own; see its README, "JavaScript Interface").
 */
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer';

  export type Pa11yIssueType = 'error' | 'warning' | 'notice';

  export interface Pa11yIssue {
    readonly code: string;
    readonly type: Pa11yIssueType;
    readonly typeCode: number;
    readonly message: string;
    readonly context: string | null;
    readonly selector: string;
    readonly runner: string;
    readonly runnerExtras: Readonly<Record<string, unknown>>;
  }

  export interface Pa11yResults {
    readonly documentTitle: string;
    readonly pageUrl: string;
    readonly issues: readonly Pa11yIssue[];
  }

  export interface Pa11yOptions {
    readonly browser?: Browser;
    readonly page?: Page;
    /** Test the page as it is, without navigating (with `page`). */
    readonly ignoreUrl?: boolean;
    readonly runners?: readonly string[];
    readonly standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    readonly includeWarnings?: boolean;
    readonly includeNotices?: boolean;
    readonly timeout?: number;
    readonly ignore?: readonly string[];
  }

  export default function pa11y(url: string, options?: Pa11yOptions): Promise<Pa11yResults>;
}
