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
import { pageUnits, type PageSide, type PageUnits } from './page-units.ts';
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
  /**
   * When the page sides have keys: the key of what else units depend on (the
   * glossary), so that each page document gets a key of its own
   * (`documentKeys`); and where units are kept by that key (the live
   * preview's cache), so that an unchanged page's are not made again.
   */
  readonly keys?: {
    readonly glossary: string;
    readonly recall?: (key: string, make: () => PageUnits) => PageUnits;
  };
}

export interface CollectedUnits {
  /** Documents by target language: pages (sorted by id), then namespaces. */
  readonly documents: ReadonlyMap<string, readonly UnitDocument[]>;
  readonly findings: readonly Finding[];
  /** The key of each page document whose inputs all have one (`keys`): it names everything the document was made from. */
  readonly documentKeys: ReadonlyMap<UnitDocument, string>;
}

export function collectUnits(input: CollectUnitsInput): CollectedUnits {
  const documents = new Map<string, UnitDocument[]>();
  const findings: Finding[] = [];
  const documentKeys = new Map<UnitDocument, string>();
  for (const lang of input.languages) {
    if (lang === input.sourceLanguage) continue;
    const mine: UnitDocument[] = [];
    for (const pageId of [...input.pages.keys()].sort()) {
      const versions = input.pages.get(pageId);
      const source = versions?.get(input.sourceLanguage);
      if (!source) continue;
      const target = versions?.get(lang);
      const key = unitsKey(input, pageId, lang, source, target);
      const make = () =>
        pageUnits({
          page: pageId,
          sourceLanguage: input.sourceLanguage,
          lang,
          source,
          ...(target ? { target } : {}),
          glossary: input.glossary,
        });
      const units = key && input.keys?.recall ? input.keys.recall(key, make) : make();
      mine.push(units.document);
      if (key) documentKeys.set(units.document, key);
      findings.push(...misalignedFindings(units, lang, source, target));
    }
    mine.push(...namespaceDocuments(input, lang));
    documents.set(lang, mine);
  }
  return { documents, findings, documentKeys };
}

/** The key of a page's units in a language: its sides' keys and the glossary's, when all are known. */
function unitsKey(
  input: CollectUnitsInput,
  pageId: string,
  lang: string,
  source: PageSide,
  target: PageSide | undefined,
): string | undefined {
  if (!input.keys || !source.key || (target && !target.key)) return undefined;
  return ['units', lang, pageId, source.key, target?.key ?? 'missing', input.keys.glossary].join('\0');
}

/** The structure findings of a page's sections whose blocks cannot be matched with the source's. */
function misalignedFindings(units: PageUnits, lang: string, source: PageSide, target: PageSide | undefined): Finding[] {
  return units.misaligned.map((section) => {
    const sourceBlocks = source.blocks.filter((block) => block.section === section);
    const targetBlocks = target?.blocks.filter((block) => block.section === section) ?? [];
    const start = targetBlocks[0]?.position?.start;
    // A stale translation is expected to differ until it is updated: the source may have gained a paragraph.
    const stale = units.sectionStatus.get(section) === 'stale';
    return {
      check: 'structure',
      severity: stale ? 'warning' : 'error',
      lang,
      document: units.document.id,
      unit: section,
      file: target?.file.path ?? units.document.targetPath,
      ...(start ? { line: start.line, column: start.column } : {}),
      source: describe(sourceBlocks),
      target: describe(targetBlocks),
      message: stale
        ? `Section \`${section}\` no longer has the source's structure (the source changed since it was translated): the source has ${describe(sourceBlocks)}; the translation has ${describe(targetBlocks)}. Update the translation; until then its blocks cannot be matched for review.`
        : `Section \`${section}\` does not have the source's structure: the source has ${describe(sourceBlocks)}; the translation has ${describe(targetBlocks)}. Translate every heading, paragraph and list item, and keep them in the same order.`,
    };
  });
}

/** The UI namespaces' documents in a language, by name. */
function namespaceDocuments(input: CollectUnitsInput, lang: string): UnitDocument[] {
  const sourceUi = input.ui.get(input.sourceLanguage) ?? new Map<string, UiNamespace>();
  return [...sourceUi]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, source]) => {
      const target = input.ui.get(lang)?.get(name);
      return namespaceUnits({
        namespace: name,
        sourceLanguage: input.sourceLanguage,
        lang,
        source,
        ...(target ? { target } : {}),
        hashes: input.stringHashes.get(lang)?.get(name) ?? new Map(),
        glossary: input.glossary,
      });
    });
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
