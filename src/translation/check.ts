/** Check a page's translation against its source; findings land on the translation file. */
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../content/glossary.ts';
import { pageBlocks } from './blocks.ts';
import { compareBlocks } from './compare.ts';

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
