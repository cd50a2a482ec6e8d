/**
 * The accessibility results of a build: browser findings as messages on the
 * Markdown they come from, `reports/a11y.json` (everything, for tools), and
 * the report as a page in the site's languages (accessibility-page.ts),
 * which the gate checks like the pages it reports on.
 */
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { BrowserIssue, PageCheck } from '../a11y/browser-checks.ts';
import { reportHarness, type Harness } from '../a11y/harness.ts';
import { a11yRules, isA11yRuleId } from '../content/a11y-rules.ts';
import type { SectionReadability } from '../pipeline/a11y/remark-a11y-reading-level.ts';
import { messageSource } from '../content/report.ts';
import type { Manifest } from '../runtime/manifest.ts';
import type { Output } from './write-output.ts';
import { accessibilityPage } from './accessibility-page.ts';
import { adaptations } from '../a11y/adaptations/index.ts';
import { transcriptPath, transcriptText } from '../a11y/transcript.ts';
import { accessibilityPagePath, reportLanguages } from '../site/report-pages.ts';

export type BrowserCheckStatus = 'passed' | 'failed' | 'skipped';

/** Rules of the pipeline that are about accessibility besides the lint rules. */
const languageRules = new Set(['fragment-lang', 'lang-directive']);

export const reportPath = 'reports/a11y.json';
/** The report page in the source language (the other languages' beside it: accessibility-page.ts). */
export const summaryPath = 'reports/a11y.html';

/**
 * Turn browser findings into messages: on the Markdown file and line of the
 * element when it came from a fragment, else on the page checked. Returns
 * the harness files that got messages (to add to the build's files).
 */
export function reportBrowserChecks(checks: readonly PageCheck[], files: readonly VFile[], root: string): VFile[] {
  const added = new Map<string, VFile>();
  for (const check of checks) {
    for (const issue of check.issues) {
      const sourceFile = issue.source ? files.find((file) => file.path === issue.source?.file) : undefined;
      let file = sourceFile;
      if (!file) {
        file = added.get(check.path) ?? new VFile({ cwd: root, path: check.path });
        added.set(check.path, file);
      }
      const place = issue.source && sourceFile ? { line: issue.source.line, column: issue.source.column } : undefined;
      const where = `${check.path}${issue.selector ? `, ${issue.selector}` : ''}`;
      const message: VFileMessage = file.message(`${issue.message} [${where}]`, {
        place,
        ruleId: `${issue.runner}/${issue.code}`,
        source: messageSource,
      });
      message.fatal = issue.type === 'error';
    }
  }
  return [...added.values()];
}

interface StaticFinding {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly rule: string;
  readonly criterion?: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

export interface AccessibilityReport {
  readonly standard: 'WCAG2AA';
  readonly runners: readonly string[];
  readonly browserChecks: BrowserCheckStatus;
  readonly counts: { readonly errors: number; readonly warnings: number; readonly info: number };
  readonly static: readonly StaticFinding[];
  readonly readability: readonly (SectionReadability & { readonly file: string })[];
  readonly pages: readonly Omit<PageCheck, 'milliseconds' | 'cached'>[];
}

function severity(message: VFileMessage): StaticFinding['severity'] {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** Everything the build found about accessibility: the pipeline's findings and each page checked in the browser. */
export function accessibilityFindings(
  files: readonly VFile[],
  checks: readonly PageCheck[] | undefined,
  status: BrowserCheckStatus,
): AccessibilityReport {
  const findings: StaticFinding[] = files.flatMap((file) =>
    file.messages
      .filter(
        (message) =>
          message.ruleId !== undefined && (isA11yRuleId(message.ruleId) || languageRules.has(message.ruleId)),
      )
      .map((message) => ({
        file: file.path,
        line: message.line,
        column: message.column,
        rule: message.ruleId ?? '',
        ...(message.ruleId && isA11yRuleId(message.ruleId) ? { criterion: a11yRules[message.ruleId].criterion } : {}),
        severity: severity(message),
        message: message.reason,
      })),
  );
  const browserIssues: BrowserIssue[] = (checks ?? []).flatMap((check) => [...check.issues]);
  const count = (type: StaticFinding['severity']): number =>
    findings.filter((finding) => finding.severity === type).length +
    browserIssues.filter((issue) => issue.type === type).length;
  return {
    standard: 'WCAG2AA',
    runners: ['axe', 'htmlcs', 'link-text', 'accessibility-tree', ...adaptations.map((check) => check.runner)],
    browserChecks: status,
    counts: { errors: count('error'), warnings: count('warning'), info: count('info') },
    static: findings,
    readability: files.flatMap((file) => (file.data.readability ?? []).map((entry) => ({ file: file.path, ...entry }))),
    pages: (checks ?? []).map(({ milliseconds: _milliseconds, cached: _cached, ...check }) => check),
  };
}

/** The report's pages, one per language it is written in, as harnesses for the gate (they trace to no Markdown). */
export function accessibilityPages(report: AccessibilityReport, manifest: Manifest): Harness[] {
  const languages = manifest.languages.map((language) => language.code);
  const { sourceLanguage } = manifest;
  return reportLanguages(languages, sourceLanguage).map((lang) =>
    reportHarness(
      accessibilityPagePath(lang, sourceLanguage),
      lang,
      `${toHtml(accessibilityPage({ report, lang, languages, sourceLanguage }))}\n`,
    ),
  );
}

/**
 * Add the reports and the pages checked to the output, and the accessibility
 * summary to the manifest. `pages` are the report's pages as the gate
 * checked them (made from the report without their own checks, which
 * `reportChecks` adds to a11y.json); without them they are made here.
 */
export function accessibilityReport(
  output: Output,
  manifest: Manifest,
  files: readonly VFile[],
  harnesses: readonly Harness[],
  checks: readonly PageCheck[] | undefined,
  status: BrowserCheckStatus,
  checked?: { readonly pages: readonly Harness[]; readonly checks: readonly PageCheck[] },
): { output: Output; manifest: Manifest } {
  const report = accessibilityFindings(files, [...(checks ?? []), ...(checked?.checks ?? [])], status);
  // Unchecked (no browser), the pages are made here, from the same report.
  const pages = checked?.pages ?? accessibilityPages(report, manifest);
  const withAccessibility: Manifest = {
    ...manifest,
    accessibility: {
      browserChecks: status,
      errors: report.counts.errors,
      warnings: report.counts.warnings,
      report: reportPath,
      summary: summaryPath,
    },
  };
  const result = new Map(output);
  result.set(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  for (const page of [...harnesses, ...pages]) result.set(page.path, page.html);
  // Each site page's transcript as text, as the golden files hold them: to read, and to diff between builds.
  for (const check of report.pages)
    if (check.transcript)
      result.set(`reports/transcripts/${transcriptPath(check.path)}`, transcriptText(check.transcript));
  result.set('manifest.json', `${JSON.stringify(withAccessibility, null, 2)}\n`);
  return { output: result, manifest: withAccessibility };
}
