/**
 * Check one page's translation against its source, outside a build: the
 * same units and checks the build uses, findings reported on the files.
 */
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../content/glossary.ts';
import { sectionHashes } from '../pipeline/source-hash.ts';
import { createMarkdownPipeline, type PipelineOptions } from '../pipeline/processor.ts';
import type { Block } from '../pipeline/remark-blocks.ts';
import type { Check } from './checks/check.ts';
import { defaultChecks } from './checks/index.ts';
import { collectUnits } from './collect-units.ts';
import type { PageSide } from './page-units.ts';
import { reportFindings, runChecks, sortFindings } from './run-checks.ts';
import type { Finding } from './unit.ts';

/** The blocks of a page file (messages about the file itself land on it). */
export async function pageBlocks(file: VFile, options: PipelineOptions): Promise<Block[]> {
  const processor = createMarkdownPipeline(options);
  await processor.run(processor.parse(file), file);
  return file.data.blocks ?? [];
}

/** A page file read as one side of a translation. */
export async function readPageSide(file: VFile, options: PipelineOptions): Promise<PageSide | undefined> {
  const blocks = await pageBlocks(file, options);
  const matter = file.data.page;
  if (!matter) return undefined;
  const spans = file.data.sections ?? [];
  return {
    file,
    matter,
    blocks,
    sections: spans.map((span) => span.id),
    hashes: sectionHashes(file),
  };
}

export interface CheckPageOptions {
  readonly page: string;
  readonly sourceLanguage: string;
  readonly lang: string;
  readonly source: VFile;
  readonly translation: VFile;
  readonly numberLocales: Readonly<Record<string, string>>;
  readonly glossary: readonly GlossaryTerm[];
  /** Checks besides the default ones. */
  readonly checks?: readonly Check[];
}

export async function checkPageTranslation(options: CheckPageOptions): Promise<Finding[]> {
  const { page, sourceLanguage, lang } = options;
  const source = await readPageSide(options.source, { page, lang: sourceLanguage, sourceLanguage });
  const target = await readPageSide(options.translation, { page, lang, sourceLanguage });
  if (!source || !target) return [];
  const collected = collectUnits({
    sourceLanguage,
    languages: [sourceLanguage, lang],
    glossary: options.glossary,
    pages: new Map([
      [
        page,
        new Map([
          [sourceLanguage, source],
          [lang, target],
        ]),
      ],
    ]),
    ui: new Map(),
    stringHashes: new Map(),
  });
  const documents = collected.documents.get(lang) ?? [];
  const findings = sortFindings([
    ...collected.findings,
    ...runChecks(documents, [...defaultChecks, ...(options.checks ?? [])], {
      sourceLanguage,
      lang,
      numberLocales: options.numberLocales,
      glossary: options.glossary,
    }),
  ]);
  reportFindings(
    findings,
    new Map([
      [options.source.path, options.source],
      [options.translation.path, options.translation],
    ]),
  );
  return findings;
}
