/**
 * Render one Markdown file as the build would, without building: the
 * sanitized fragments of its sections, and every message the build's checks
 * give it. For `npm run render`: editors previewing a file before they commit
 * it, and tests running hostile input through exactly the build's pipeline.
 */
import { existsSync } from 'node:fs';
import type { Schema } from 'hast-util-sanitize';
import path from 'node:path';
import { VFile } from 'vfile';
import { otherLanguageDetector, type OtherLanguageDetector } from '../text-analysis/other-language.ts';
import { glossaryPath, readGlossary } from '../content/glossary.ts';
import { readInto, readProjectFile } from '../content/read-file.ts';
import { readSiteConfig, siteConfigPath } from '../content/site-config.ts';
import { createMarkdownPipeline, renderPage, type RenderedSection } from '../pipeline/processor.ts';
import { reportError } from '../content/report.ts';
import { pagePipelineOptions } from './page-options.ts';

export interface RenderFileOptions {
  /** Project folder, holding content/ and locales/ (their settings apply). */
  readonly root: string;
  /** The Markdown file, absolute or relative to `cwd`; it need not be in content/. */
  readonly file: string;
  /** Language of the file (default: its folder in content/, else the source language). */
  readonly lang?: string | undefined;
  /** Folder that relative paths, and the paths in messages, start from (default: the process's). */
  readonly cwd?: string;
  /** The other-language detector, to share one across calls (it loads word lists). */
  readonly detector?: OtherLanguageDetector;
  /** The sanitizer's allowlist (default: the fragments' own). */
  readonly schema?: Schema;
}

export interface RenderFileResult {
  /** The files read, with their messages: the page file last. */
  readonly files: readonly VFile[];
  /** The fragments; absent when the file or the site settings could not be read. */
  readonly sections?: readonly RenderedSection[];
  /** The language it was rendered in. */
  readonly lang?: string;
}

export async function renderFile(options: RenderFileOptions): Promise<RenderFileResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.root);
  const files: VFile[] = [];
  const read = (base: string, relativePath: string) => readInto(files, base, relativePath);

  const configFile = await read(root, siteConfigPath);
  const config = configFile && readSiteConfig(configFile);
  if (!config) return { files };

  const absolute = path.resolve(cwd, options.file);
  const folder = path.basename(path.dirname(absolute));
  const inContent = path.dirname(path.dirname(absolute)) === path.join(root, 'content');
  const lang = options.lang ?? (inContent && config.languages.includes(folder) ? folder : config.sourceLanguage);
  if (!config.languages.includes(lang)) {
    const file = new VFile({ cwd, path: path.relative(cwd, absolute) });
    reportError(
      file,
      `Unknown language \`${lang}\`: the site's languages are ${config.languages.join(', ')} (content/site.yaml).`,
      undefined,
      'render',
    );
    return { files: [...files, file] };
  }

  const glossaryFile = existsSync(path.join(root, glossaryPath)) ? await read(root, glossaryPath) : undefined;
  const glossary = glossaryFile ? readGlossary(glossaryFile, config.languages, config.sourceLanguage) : [];
  const page = path.basename(absolute, '.md');

  // A translation's messages name the source's section ids, as in the build.
  let sourceSectionIds: readonly string[] | undefined;
  const sourcePath = path.join(root, 'content', config.sourceLanguage, `${page}.md`);
  if (lang !== config.sourceLanguage && existsSync(sourcePath)) {
    const source = await readProjectFile(root, path.relative(root, sourcePath)).catch(() => undefined);
    if (source) {
      // The Markdown half is enough: it splits the sections.
      const markdown = createMarkdownPipeline({
        page,
        lang: config.sourceLanguage,
        sourceLanguage: config.sourceLanguage,
      });
      await markdown.run(markdown.parse(source), source);
      sourceSectionIds = source.data.sections?.map((span) => span.id);
    }
  }

  const file = await read(cwd, path.relative(cwd, absolute));
  if (!file) return { files, lang };
  const detector = options.detector ?? (await otherLanguageDetector());
  const sections = await renderPage(
    file,
    pagePipelineOptions({
      config,
      glossary,
      detector,
      page,
      lang,
      sourceSectionIds,
      schema: options.schema,
    }),
  );
  return { files, sections, lang };
}
