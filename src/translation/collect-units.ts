/**
 * Every translation unit of a site, per target language: the units of each
 * page and each UI namespace, with their status; and the structure findings
 * of sections whose blocks cannot be matched with the source's.
 */
import type { GlossaryTerm } from '../content/glossary.ts';
import type { StringHashes } from '../content/string-hashes.ts';
import type { UiNamespace } from '../content/ui-strings.ts';
import type { Block } from '../pipeline/remark-blocks.ts';
import { namespaceUnits } from './namespace-units.ts';
import { pageUnits, type PageSide } from './page-units.ts';
import type { Finding, UnitDocument } from './unit.ts';

export interface CollectUnitsInput {
  readonly sourceLanguage: string;
  readonly languages: readonly string[];
  readonly glossary: readonly GlossaryTerm[];
  /** Pages by id, then language. */
  readonly pages: ReadonlyMap<string, ReadonlyMap<string, PageSide>>;
  /** UI namespaces by language, then name. */
  readonly ui: ReadonlyMap<string, ReadonlyMap<string, UiNamespace>>;
  /** Recorded source hashes of UI strings, by language. */
  readonly stringHashes: ReadonlyMap<string, StringHashes>;
}

export interface CollectedUnits {
  /** Documents by target language: pages (sorted by id), then namespaces. */
  readonly documents: ReadonlyMap<string, readonly UnitDocument[]>;
  readonly findings: readonly Finding[];
}

export function collectUnits(input: CollectUnitsInput): CollectedUnits {
  const documents = new Map<string, UnitDocument[]>();
  const findings: Finding[] = [];
  const sourceUi = input.ui.get(input.sourceLanguage);
  for (const lang of input.languages) {
    if (lang === input.sourceLanguage) continue;
    const mine: UnitDocument[] = [];
    for (const pageId of [...input.pages.keys()].sort()) {
      const versions = input.pages.get(pageId);
      const source = versions?.get(input.sourceLanguage);
      if (!source) continue;
      const target = versions?.get(lang);
      const units = pageUnits({
        page: pageId,
        sourceLanguage: input.sourceLanguage,
        lang,
        source,
        ...(target ? { target } : {}),
        glossary: input.glossary,
      });
      mine.push(units.document);
      for (const section of units.misaligned) {
        const sourceBlocks = source.blocks.filter((block) => block.section === section);
        const targetBlocks = target?.blocks.filter((block) => block.section === section) ?? [];
        const start = targetBlocks[0]?.position?.start;
        // A stale translation is expected to differ until it is updated: the source may have gained a paragraph.
        const stale = units.sectionStatus.get(section) === 'stale';
        findings.push({
          check: 'structure',
          severity: stale ? 'warning' : 'error',
          lang,
          document: pageId,
          unit: section,
          file: target?.file.path ?? units.document.targetPath,
          ...(start ? { line: start.line, column: start.column } : {}),
          source: describe(sourceBlocks),
          target: describe(targetBlocks),
          message: stale
            ? `Section \`${section}\` no longer has the source's structure (the source changed since it was translated): the source has ${describe(sourceBlocks)}; the translation has ${describe(targetBlocks)}. Update the translation; until then its blocks cannot be matched for review.`
            : `Section \`${section}\` does not have the source's structure: the source has ${describe(sourceBlocks)}; the translation has ${describe(targetBlocks)}. Translate every heading, paragraph and list item, and keep them in the same order.`,
        });
      }
    }
    for (const [name, source] of [...(sourceUi ?? new Map<string, UiNamespace>())].sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      const target = input.ui.get(lang)?.get(name);
      mine.push(
        namespaceUnits({
          namespace: name,
          sourceLanguage: input.sourceLanguage,
          lang,
          source,
          ...(target ? { target } : {}),
          hashes: input.stringHashes.get(lang)?.get(name) ?? new Map(),
          glossary: input.glossary,
        }),
      );
    }
    documents.set(lang, mine);
  }
  return { documents, findings };
}

/** “1 h2 heading, 2 paragraphs, 5 ordered list items”. */
export function describe(blocks: readonly Block[]): string {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const name =
      block.kind === 'listItem'
        ? `${block.shape} list item`
        : block.kind === 'heading'
          ? `${block.shape} heading`
          : block.kind === 'tableCell'
            ? 'table cell'
            : block.kind === 'code'
              ? 'code block'
              : block.kind;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts.size === 0
    ? 'nothing'
    : [...counts].map(([name, count]) => `${count} ${name}${count === 1 ? '' : 's'}`).join(', ');
}
