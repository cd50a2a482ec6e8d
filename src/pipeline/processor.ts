/**
 * The content pipeline: Markdown in, sanitized section fragments out.
 *
 *   remark-parse + remark-frontmatter + remark-gfm + remark-directive
 *   → remark-page-matter → remark-unsupported → remark-url-schemes
 *   → remark-lang-directive
 *   → remark-heading-id → remark-sections → remark-blocks
 *   → accessibility lint (a11y/remark-a11y-*: headings, link text, image alt,
 *     acronyms, lists and tables, other-language phrases, reading level)
 *   → remark-rehype
 *   → rehype-heading-base → rehype-a11y-duplicate-id → rehype-fragment-lang
 *   → rehype-sanitize (allowlist, last) → rehype-stringify
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Preset } from 'unified';
import type { VFile } from 'vfile';
import type { Direction } from '../content/language.ts';
import rehypeFragmentLang from './rehype-fragment-lang.ts';
import rehypeHeadingBase from './rehype-heading-base.ts';
import remarkBlocks from './remark-blocks.ts';
import remarkHeadingId from './remark-heading-id.ts';
import remarkLangDirective from './remark-lang-directive.ts';
import remarkPageMatter from './remark-page-matter.ts';
import remarkSections, { sectionToHast } from './remark-sections.ts';
import remarkUnsupported from './remark-unsupported.ts';
import remarkUrlSchemes from './remark-url-schemes.ts';
import { fragmentSchema } from '../sanitize/sanitize-schema.ts';
import rehypeA11yDuplicateId from './a11y/rehype-a11y-duplicate-id.ts';
import remarkA11yAcronyms, { type Acronym } from './a11y/remark-a11y-acronyms.ts';
import remarkA11yHeadings from './a11y/remark-a11y-headings.ts';
import remarkA11yImageAlt from './a11y/remark-a11y-image-alt.ts';
import remarkA11yLinkText from './a11y/remark-a11y-link-text.ts';
import remarkA11yLists from './a11y/remark-a11y-lists.ts';
import remarkA11yOtherLanguage from './a11y/remark-a11y-other-language.ts';
import remarkA11yReadingLevel from './a11y/remark-a11y-reading-level.ts';
import { severityOf, type Severities } from '../content/a11y-rules.ts';
import { reportError } from '../content/report.ts';
import { checkSourceLimits } from './source-limits.ts';
import type { OtherLanguageDetector } from '../text-analysis/other-language.ts';

export interface PipelineOptions {
  /** Page id (the file name): fragment ids are `<page>/<section>`. */
  readonly page: string;
  /** Language of the content (the folder name). */
  readonly lang: string;
  /** Writing direction (default: the language's). */
  readonly dir?: Direction;
  /** The source language; a page in another language is a translation. */
  readonly sourceLanguage?: string;
  /** Output level of section headings (default: 2). */
  readonly headingBase?: number;
  /** For a translation: the source page's section ids, in order (for messages). */
  readonly sourceSectionIds?: readonly string[];
  /** Settings of the static accessibility rules. */
  readonly accessibility?: AccessibilityOptions;
  /**
   * The sanitizer's allowlist (default: `fragmentSchema` with the page id as
   * clobber prefix). A site may pass a stricter one; the tests pass a weaker
   * one to show that the hostile corpus notices.
   */
  readonly schema?: Schema;
}

export interface AccessibilityOptions {
  /** Severity overrides by rule id (see content/a11y-rules.ts). */
  readonly severities?: Severities;
  /** Glossary acronyms, written out at their first use on a page. */
  readonly acronyms?: readonly Acronym[];
  /** Finds unmarked phrases in another language; without it that rule does not run. */
  readonly otherLanguage?: { readonly detector: OtherLanguageDetector; readonly allow?: readonly string[] };
  /** Plain-language sentence limit, in words. */
  readonly maxSentenceWords?: number;
}

/** The Markdown half: parsed, checked and split into section nodes (mdast). */
export function createMarkdownPipeline(options: PipelineOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkPageMatter, {
      page: options.page,
      lang: options.lang,
      ...(options.sourceLanguage ? { sourceLanguage: options.sourceLanguage } : {}),
    })
    .use(remarkUnsupported)
    .use(remarkUrlSchemes)
    .use(remarkLangDirective)
    .use(remarkHeadingId)
    .use(remarkSections, {
      page: options.page,
      ...(options.sourceSectionIds ? { sourceIds: options.sourceSectionIds } : {}),
    })
    .use(remarkBlocks)
    .use(remarkA11yLint(options.lang, options.accessibility));
}

/**
 * The static accessibility rules, as one preset (a preset's plugins run in
 * its place in the chain, on the Markdown tree).
 */
function remarkA11yLint(lang: string, a11y: AccessibilityOptions = {}): Preset {
  const severities = a11y.severities ?? {};
  const plugins: PluggableList = [
    [remarkA11yHeadings, { severities }],
    [remarkA11yLinkText, { lang, severities }],
    [remarkA11yImageAlt, { severity: severityOf('image-alt', severities) }],
    [remarkA11yAcronyms, { acronyms: a11y.acronyms ?? [], severity: severityOf('acronym-expansion', severities) }],
    [remarkA11yLists, { severities }],
    [
      remarkA11yReadingLevel,
      { lang, severities, ...(a11y.maxSentenceWords ? { maxSentenceWords: a11y.maxSentenceWords } : {}) },
    ],
  ];
  if (a11y.otherLanguage) {
    plugins.push([
      remarkA11yOtherLanguage,
      {
        lang,
        detector: a11y.otherLanguage.detector,
        allow: a11y.otherLanguage.allow ?? [],
        severity: severityOf('other-language', severities),
      },
    ]);
  }
  return { plugins };
}

/** The whole pipeline: Markdown to sanitized HTML. */
export function createPipeline(options: PipelineOptions) {
  return createMarkdownPipeline(options)
    .use(remarkRehype, { handlers: { section: sectionToHast } })
    .use(rehypeHeadingBase, { base: options.headingBase ?? 2 })
    .use(rehypeA11yDuplicateId, { severity: severityOf('duplicate-id', options.accessibility?.severities) })
    .use(rehypeFragmentLang, { lang: options.lang, ...(options.dir ? { dir: options.dir } : {}) })
    .use(rehypeSanitize, options.schema ?? fragmentSchema({ clobberPrefix: `${options.page}-` }))
    .use(rehypeStringify);
}

/** One section of a page, rendered. */
export interface RenderedSection {
  /** Section id, the same in every language. */
  readonly id: string;
  /** The fragment: one `<section>` element. */
  readonly html: string;
  /** The same, as a sanitized syntax tree whose nodes keep their source positions. */
  readonly tree: Element;
}

/**
 * Render a page file into its section fragments. Problems are messages on
 * `file` (see `hasErrors`); rendering does not throw on bad content.
 */
export async function renderPage(file: VFile, options: PipelineOptions): Promise<RenderedSection[]> {
  if (!checkSourceLimits(file)) return [];
  const processor = createPipeline(options);
  let tree: HastRoot;
  try {
    tree = await processor.run(processor.parse(file), file);
  } catch (error) {
    // Beyond the checked limits some input may still exhaust the stack: one error on the file, not a crashed build.
    if (!(error instanceof RangeError)) throw error;
    reportError(
      file,
      `The file could not be processed (${error.message}): look for very deep nesting, such as long runs of \`>\`, list markers or brackets, and flatten it.`,
      { line: 1, column: 1 },
      'source-limits',
    );
    return [];
  }
  const sections: RenderedSection[] = [];
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const fragment = child.properties.dataFragmentId;
    if (typeof fragment !== 'string') continue;
    const id = fragment.slice(fragment.indexOf('/') + 1);
    sections.push({ id, html: processor.stringify({ type: 'root', children: [child] }, file), tree: child });
  }
  return sections;
}
