/**
 * The pipeline options of one page file in one language, from the site's
 * settings: the same for the build and for `npm run render`, so that a
 * preview shows exactly what the build would write.
 */
import type { Schema } from 'hast-util-sanitize';
import type { OtherLanguageDetector } from '../text-analysis/other-language.ts';
import type { GlossaryTerm } from '../content/glossary.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { PipelineOptions } from '../pipeline/processor.ts';

export interface PageOptionsInput {
  readonly config: SiteConfig;
  readonly glossary: readonly GlossaryTerm[];
  readonly detector: OtherLanguageDetector;
  /** Page id: the file name without `.md`. */
  readonly page: string;
  readonly lang: string;
  /** For a translation: the source page's section ids, in order. */
  readonly sourceSectionIds?: readonly string[] | undefined;
  /** The sanitizer's allowlist (default: the fragments' own). */
  readonly schema?: Schema | undefined;
}

export function pagePipelineOptions(input: PageOptionsInput): PipelineOptions {
  const { config, glossary, lang } = input;
  return {
    page: input.page,
    lang,
    sourceLanguage: config.sourceLanguage,
    headingBase: config.headingBase,
    ...(input.sourceSectionIds ? { sourceSectionIds: input.sourceSectionIds } : {}),
    ...(input.schema ? { schema: input.schema } : {}),
    accessibility: {
      severities: config.accessibility.rules,
      acronyms: glossary
        .filter((term) => term.abbr !== undefined)
        .map((term) => ({
          abbr: term.abbr ?? '',
          expansions: [
            ...new Set([term.terms[lang], term.terms[config.sourceLanguage]].filter((name) => name !== undefined)),
          ],
        })),
      otherLanguage: { detector: input.detector, allow: config.accessibility.allowOtherLanguage },
      ...(config.accessibility.maxSentenceWords ? { maxSentenceWords: config.accessibility.maxSentenceWords } : {}),
    },
  };
}
