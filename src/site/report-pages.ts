/** Where the accessibility report's pages are, in each language it is written in (accessibility-page-text.ts). */
import { reportTexts } from './accessibility-page-text.ts';

/** The report page in `lang`, relative to the output folder. */
export function accessibilityPagePath(lang: string, sourceLanguage: string): string {
  return lang === sourceLanguage ? 'reports/a11y.html' : `reports/a11y.${lang}.html`;
}

/** The site's languages the report is written in (the source language's page stands in for the others). */
export function reportLanguages(languages: readonly string[], sourceLanguage: string): string[] {
  return languages.filter((lang) => lang === sourceLanguage || reportTexts[lang] !== undefined);
}
