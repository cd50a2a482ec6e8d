/**
 * Run the quality checks over a language's units and turn what they return
 * into findings: the check, the severity, the file and line, the unit, and
 * excerpts of the source and the translation.
 */
import type { VFile } from 'vfile';
import { messageSource } from '../content/report.ts';
import { clip, type Check, type CheckContext, type Issue } from './checks/check.ts';
import type { Finding, Severity, TranslationUnit, UnitDocument, UnitText } from './unit.ts';

/** Statuses whose translation is compared with the source: a stale one is expected to differ. */
const current = new Set(['translated', 'identical']);

/** Findings of every check on one target language's documents (source-text checks included). */
export function runChecks(
  documents: readonly UnitDocument[],
  checks: readonly Check[],
  context: CheckContext,
  options: { sourceTexts?: boolean } = {},
): Finding[] {
  const findings: Finding[] = [];
  const add = (
    check: Check,
    document: UnitDocument,
    unit: TranslationUnit,
    issue: Issue,
    side: 'source' | 'target',
  ): void => {
    const severity: Severity = issue.severity ?? check.severity;
    const text: UnitText | undefined = side === 'source' ? unit.source : (unit.target ?? unit.source);
    const placeText = side === 'target' && unit.target ? unit.target : unit.source;
    // A finding about a missing translation has no line: the source's would point into the wrong file.
    const start = side === 'target' && !unit.target ? undefined : placeText.position?.start;
    findings.push({
      check: check.id,
      severity,
      lang: side === 'source' ? document.sourceLanguage : document.lang,
      document: document.id,
      unit: unit.id,
      file: side === 'target' && !unit.target ? document.targetPath : (text?.file ?? placeText.file),
      ...(start ? { line: start.line, column: start.column } : {}),
      ...(document.kind === 'namespace' ? { key: unit.id } : {}),
      source: clip(unit.source.text, 120),
      target: clip(unit.target?.text ?? '', 120),
      message: issue.message,
    });
  };
  for (const check of checks) {
    if (check.kind === 'set') {
      for (const issue of check.check(documents, context)) add(check, issue.document, issue.unit, issue, 'target');
      continue;
    }
    for (const document of documents) {
      for (const unit of document.units) {
        if (check.kind === 'pair') {
          if (!unit.target || !(current.has(unit.status) || (check.stale === true && unit.status === 'stale')))
            continue;
          for (const issue of check.check({ ...unit, target: unit.target }, context))
            add(check, document, unit, issue, 'target');
        } else {
          if (unit.target)
            for (const issue of check.check(unit.target, document.lang, unit))
              add(check, document, unit, issue, 'target');
          if (check.sides === 'both' && options.sourceTexts !== false) {
            for (const issue of check.check(unit.source, document.sourceLanguage, unit))
              add(check, document, unit, issue, 'source');
          }
        }
      }
    }
  }
  return findings;
}

/** Report findings on the files they are in, as vfile messages (errors are fatal). */
export function reportFindings(findings: readonly Finding[], files: ReadonlyMap<string, VFile>): void {
  for (const finding of findings) {
    const file = files.get(finding.file);
    if (!file) continue;
    const place = finding.line === undefined ? undefined : { line: finding.line, column: finding.column ?? 1 };
    const message = file.message(finding.message, { place, ruleId: finding.check, source: messageSource });
    if (finding.severity === 'error') message.fatal = true;
  }
}

/** Findings in a stable order: file, line, column, check. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.check.localeCompare(b.check),
  );
}
