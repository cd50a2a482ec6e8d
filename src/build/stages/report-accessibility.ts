/**
 * The accessibility report (reports/a11y.json and the report's pages, with the harness
 * pages) added to the output, and its summary to the manifest: also when the
 * browser gate found errors, so that the manifest a failed build returns says
 * what failed.
 */
import { hasErrors } from '../../content/report.ts';
import { accessibilityReport, type BrowserCheckStatus } from '../accessibility-report.ts';
import { need, type BuildContext, type Stage } from './context.ts';

function addReport(context: BuildContext): BuildContext {
  const { files, browserChecks } = context;
  let status: BrowserCheckStatus = 'skipped';
  if (browserChecks) status = hasErrors(files) ? 'failed' : 'passed';
  const { output, manifest } = accessibilityReport(
    need(context, 'output'),
    need(context, 'manifest'),
    files,
    context.harnesses ?? [],
    browserChecks,
    status,
    context.reportPages,
  );
  return { ...context, output, manifest };
}

// Its time counts in the `write` phase: it only adds files to the output.
export const reportAccessibility: Stage = { name: 'accessibility report', phase: 'write', run: addReport };
