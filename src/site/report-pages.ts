/** Where the accessibility report's pages are, in each language it is written in (accessibility-page-text.ts). */
import { reportTexts } from './accessibility-page-text.ts';

/** The report page in `lang`, relative to the output folder. */
export function accessibilityPagePath(lang: string, sourceLanguage: string): string {
  return lang === sourceLanguage ? 'reports/a11y.html' : `reports/a11y.${lang}.html`;
}

/** The report's page of each language of a manifest, by language (a root-relative URL, as the pages link it). */
export function accessibilityPageUrls(manifest: {
  readonly languages: readonly { readonly code: string }[];
  readonly sourceLanguage: string;
}): Record<string, string> {
  const languages = manifest.languages.map((language) => language.code);
  return Object.fromEntries(
    reportLanguages(languages, manifest.sourceLanguage).map((lang) => [
      lang,
      `/${accessibilityPagePath(lang, manifest.sourceLanguage)}`,
    ]),
  );
}

/** The site's languages the report is written in (the source language's page stands in for the others). */
export function reportLanguages(languages: readonly string[], sourceLanguage: string): string[] {
  return languages.filter((lang) => lang === sourceLanguage || reportTexts[lang] !== undefined);
}
