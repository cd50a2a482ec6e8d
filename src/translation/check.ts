/** Check a page's translation against its source; findings land on the translation file. */
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../content/glossary.ts';
import { createMarkdownPipeline, type PipelineOptions } from '../pipeline/processor.ts';
import type { Block } from '../pipeline/remark-blocks.ts';
import { compareBlocks } from './compare.ts';

/** The blocks of a page file (messages about the file itself land on it). */
export async function pageBlocks(file: VFile, options: PipelineOptions): Promise<Block[]> {
  const processor = createMarkdownPipeline(options);
  await processor.run(processor.parse(file), file);
  return file.data.blocks ?? [];
}

export interface CheckPageOptions {
  readonly page: string;
  readonly sourceLanguage: string;
  readonly lang: string;
  readonly source: VFile;
  readonly translation: VFile;
  readonly numberLocales: Readonly<Record<string, string>>;
  readonly glossary: readonly GlossaryTerm[];
}

export async function checkPageTranslation(options: CheckPageOptions): Promise<void> {
  const { page, sourceLanguage, lang } = options;
  const source = await pageBlocks(options.source, { page, lang: sourceLanguage, sourceLanguage });
  const target = await pageBlocks(options.translation, { page, lang, sourceLanguage });
  compareBlocks(source, target, options.translation, options);
}
