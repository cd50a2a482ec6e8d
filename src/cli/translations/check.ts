/** `translations check`: the quality checks, spelling included; exit 1 on an error. */
import { println } from '../io.ts';
import { compile, languagesOf, type TranslationsContext } from './context.ts';
import type { Finding } from '../../translation/unit.ts';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function printFindings(context: TranslationsContext, findings: readonly Finding[], sourceLanguage?: string): void {
  const out = (line: string) => println(context.io.stdout, line);
  let file = '';
  for (const finding of findings) {
    if (finding.file !== file) {
      file = finding.file;
      out(`\n${file}`);
    }
    const place = finding.line === undefined ? '' : `${finding.line}:${finding.column ?? 1}`;
    const key = finding.key ? `${finding.key}: ` : '';
    out(`  ${place.padEnd(7)} ${finding.severity.padEnd(7)} ${finding.check.padEnd(15)} ${key}${finding.message}`);
    out(`          source: “${finding.source}”`);
    if (finding.target)
      out(`          ${finding.lang === sourceLanguage ? 'text' : 'translation'}: “${finding.target}”`);
  }
}

export async function check(context: TranslationsContext): Promise<number> {
  const result = await compile(context, { spelling: true });
  const languages = new Set(languagesOf(context, result.translations.documents));
  const sourceLanguage = result.manifest?.sourceLanguage;
  const findings = result.translations.findings.filter(
    (finding) => languages.has(finding.lang) || finding.lang === sourceLanguage,
  );
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (context.options.format === 'json') {
    println(context.io.stdout, JSON.stringify({ errors, warnings, findings }, null, 2));
  } else {
    printFindings(context, findings, sourceLanguage);
    println(context.io.stdout, `\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  }
  return errors > 0 || (!result.ok && findings.length === 0) ? 1 : 0;
}
