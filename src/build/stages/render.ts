/**
 * Render the page files read, a language at a time (the source first: a
 * translation is rendered against its source's section ids), in the worker
 * pool of render-pages.ts; then match each translation with its source.
 */
import type { VFile } from 'vfile';
import { reportError } from '../../content/report.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import type { GlossaryTerm } from '../../content/glossary.ts';
import type { RenderedSection } from '../../pipeline/processor.ts';
import { otherLanguageDetector } from '../../text-analysis/other-language.ts';
import { matchSections } from '../match-sections.ts';
import type { PageFile } from '../page-files.ts';
import { createRenderPool, type RenderOutcome } from '../render-pages.ts';
import { applyRendered, type RenderTask } from '../render-task.ts';
import type { UiStrings } from '../ui-strings.ts';
import { need, type BuildContext, type Pages, type PageVersion, type Stage } from './context.ts';

async function renderAll(context: BuildContext): Promise<BuildContext> {
  const { options } = context;
  const config = need(context, 'config');
  const { byLanguage, sourcePages } = need(context, 'pageFiles');
  const pages: Pages = new Map();
  const pool = createRenderPool();
  try {
    for (const { lang, files } of byLanguage) {
      const tasks = renderTasks(config, need(context, 'glossary'), need(context, 'ui'), pages, lang, files);
      const outcomes = await pool.run(tasks, {
        ...(options.workers === undefined ? {} : { workers: options.workers }),
        cache: options.cache,
        cachedOnly: options.merge === true,
        detector: otherLanguageDetector,
      });
      for (const [index, { file, page }] of files.entries()) {
        const outcome = outcomes[index];
        const sections = sectionsOf(file, outcome);
        if (!file.data.page || outcome?.kind !== 'rendered') continue;
        const versions = pages.get(page) ?? new Map<string, PageVersion>();
        const spans = file.data.sections ?? [];
        const hashes = new Map(Object.entries(outcome.page.hashes));
        versions.set(lang, { file, matter: file.data.page, sections, spans, hashes, key: outcome.key });
        pages.set(page, versions);
      }
    }
  } finally {
    await pool.close();
  }
  matchSections(config, pages, sourcePages);
  return { ...context, pages };
}

function renderTasks(
  config: SiteConfig,
  glossary: readonly GlossaryTerm[],
  ui: UiStrings,
  pages: Pages,
  lang: string,
  files: readonly PageFile[],
): RenderTask[] {
  return files.map(({ file, page }) => ({
    path: file.path,
    value: String(file.value),
    config,
    glossary,
    page,
    lang,
    sourceSectionIds:
      lang === config.sourceLanguage
        ? undefined
        : pages
            .get(page)
            ?.get(config.sourceLanguage)
            ?.spans.map((span) => span.id),
  }));
}

/** A render's sections, its messages and data put on the file; or an error saying why there is none. */
function sectionsOf(file: VFile, outcome: RenderOutcome | undefined): readonly RenderedSection[] {
  if (outcome?.kind === 'rendered') return applyRendered(file, outcome.page);
  if (outcome?.kind === 'failed') {
    reportError(
      file,
      `Rendering this file failed in its worker thread (${outcome.reason}). If it is very large or deeply nested, simplify it; else build with --workers 1 to see the error in place.`,
      { line: 1, column: 1 },
      'source-limits',
    );
  } else if (outcome?.kind === 'timeout') {
    reportError(
      file,
      `Rendering this file was stopped after ${(outcome.milliseconds / 1000).toFixed(0)} s, the time limit for one file: look for very long or deeply nested constructs (long runs of \`*\`, \`>\` or list markers) and simplify them.`,
      { line: 1, column: 1 },
      'source-limits',
    );
  } else {
    reportError(
      file,
      'This page has no result in the cache, so --merge cannot assemble it: run every shard (--shard i/n) with the same cache folder first, or build without --merge.',
      { line: 1, column: 1 },
      'merge',
    );
  }
  return [];
}

export const renderPages: Stage = { name: 'render pages', phase: 'render', continuesOnErrors: true, run: renderAll };
