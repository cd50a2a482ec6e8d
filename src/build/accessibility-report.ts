/**
 * The accessibility results of a build: browser findings as messages on the
 * Markdown they come from, and `reports/a11y.json` (everything, for tools),
 * `reports/a11y.md` (a summary to read).
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { BrowserIssue, PageCheck } from '../a11y/browser-checks.ts';
import type { Harness } from '../a11y/harness.ts';
import { a11yRules, isA11yRuleId } from '../content/a11y-rules.ts';
import type { SectionReadability } from '../pipeline/a11y/remark-a11y-reading-level.ts';
import { messageSource } from '../content/report.ts';
import type { Manifest } from '../runtime/manifest.ts';
import type { Output } from './write-output.ts';

export type BrowserCheckStatus = 'passed' | 'failed' | 'skipped';

/** Rules of the pipeline that are about accessibility besides the lint rules. */
const languageRules = new Set(['fragment-lang', 'lang-directive']);

export const reportPath = 'reports/a11y.json';
export const summaryPath = 'reports/a11y.md';

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

/** Add the reports and the pages checked to the output, and the accessibility summary to the manifest. */
export function accessibilityReport(
  output: Output,
  manifest: Manifest,
  files: readonly VFile[],
  harnesses: readonly Harness[],
  checks: readonly PageCheck[] | undefined,
  status: BrowserCheckStatus,
): { output: Output; manifest: Manifest } {
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
  const report: AccessibilityReport = {
    standard: 'WCAG2AA',
    runners: ['axe', 'htmlcs', 'link-text', 'accessibility-tree'],
    browserChecks: status,
    counts: { errors: count('error'), warnings: count('warning'), info: count('info') },
    static: findings,
    readability: files.flatMap((file) => (file.data.readability ?? []).map((entry) => ({ file: file.path, ...entry }))),
    pages: (checks ?? []).map(({ milliseconds: _milliseconds, cached: _cached, ...check }) => check),
  };
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
  result.set(summaryPath, summary(report));
  for (const harness of harnesses) result.set(harness.path, harness.html);
  result.set('manifest.json', `${JSON.stringify(withAccessibility, null, 2)}\n`);
  return { output: result, manifest: withAccessibility };
}

function summary(report: AccessibilityReport): string {
  const lines = [
    '# Accessibility report',
    '',
    `Standard: WCAG 2.2 AA. In-browser checks of each site page in each language (axe, HTML_CodeSniffer, link text; Chromium accessibility tree): **${report.browserChecks}**.`,
    '',
    `${report.counts.errors} errors, ${report.counts.warnings} warnings, ${report.counts.info} notes.`,
    '',
    '## Pages checked in the browser',
    '',
  ];
  if (report.pages.length === 0) lines.push('None (the build ran with `--skip-browser-checks`).', '');
  else {
    lines.push('| Page | Language | Kind | Errors | Warnings |', '| --- | --- | --- | --- | --- |');
    for (const page of report.pages) {
      const errors = page.issues.filter((issue) => issue.type === 'error').length;
      // Links are relative to this report (reports/a11y.md).
      const link = page.path.startsWith('reports/') ? page.path.slice('reports/'.length) : `../${page.path}`;
      const kind = page.path.startsWith('reports/') ? 'report' : 'site page';
      lines.push(`| [${page.path}](${link}) | ${page.lang} | ${kind} | ${errors} | ${page.issues.length - errors} |`);
    }
    lines.push('');
    for (const page of report.pages.filter((candidate) => candidate.issues.length > 0)) {
      lines.push(`### ${page.path}`, '');
      for (const issue of page.issues) {
        const where = issue.source
          ? `${issue.source.file}:${issue.source.line}:${issue.source.column}`
          : issue.selector;
        lines.push(`- ${issue.type} ${issue.runner}/${issue.code} at ${where}: ${issue.message}`);
      }
      lines.push('');
    }
  }
  lines.push('## What a screen reader gets (site pages)', '');
  for (const page of report.pages.filter((candidate) => candidate.screenReader)) {
    const view = page.screenReader;
    if (!view) continue;
    lines.push(`### ${page.path}`, '');
    lines.push(
      `- Landmarks: ${view.landmarks.map((landmark) => `${landmark.role}${landmark.name ? ` "${landmark.name}"` : ''} (${landmark.lang})`).join('; ')}`,
    );
    lines.push(`- Headings: ${view.headings.map((heading) => `h${heading.level} ${heading.name}`).join('; ')}`);
    lines.push(`- Lists: ${view.lists.map((items) => `${items} items`).join('; ') || 'none'}`);
    lines.push(`- Links: ${view.links.join('; ') || 'none'}`, '');
  }
  lines.push(
    '## Reading level',
    '',
    '| File | Section | Measure | Score | Words | Sentences |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const entry of report.readability) {
    lines.push(
      `| ${entry.file} | ${entry.section} | ${entry.measure} | ${entry.score}, ${entry.interpretation} | ${entry.words} | ${entry.sentences} |`,
    );
  }
  lines.push('', '## Static findings', '');
  if (report.static.length === 0) lines.push('None.');
  for (const finding of report.static) {
    lines.push(
      `- ${finding.severity} ${finding.rule} at ${finding.file}:${finding.line ?? 1}:${finding.column ?? 1}: ${finding.message}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
