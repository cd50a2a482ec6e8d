/** `translations review`: the side-by-side review page, spelling included, in the translators' folder by default. */
import { reviewPage } from '../../translation/review-page.ts';
import { defaultReviewPage } from '../../translation/translation-files.ts';
import { println } from '../io.ts';
import { writeAtomically } from '../write-files.ts';
import { compile, languagesOf, outPath, shown, type TranslationsContext } from './context.ts';
import { refuseBuildFiles } from './destination.ts';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export async function review(context: TranslationsContext): Promise<number> {
  const out = outPath(context, defaultReviewPage);
  await refuseBuildFiles(context, [out], defaultReviewPage);
  const result = await compile(context, { spelling: true });
  const languages = languagesOf(context, result.translations.documents);
  const documents = languages.flatMap((lang) => result.translations.documents.get(lang) ?? []);
  const findings = [...result.translations.findings];
  const languageNames = Object.fromEntries(
    (result.manifest?.languages ?? []).map((language) => [language.code, language.name]),
  );
  await writeAtomically(out, reviewPage({ documents, findings, languageNames }));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const units = documents.reduce((sum, document) => sum + document.units.length, 0);
  println(
    context.io.stdout,
    `${shown(context, out)}: ${units} units, ${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')}.`,
  );
  return 0;
}
