/**
 * Translation units for the check tests, built the way the content is read:
 * page blocks parsed from Markdown (GFM and directives, as the pipeline
 * parses them), UI strings read from JSON files, and the project's glossary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Nodes, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { readGlossary, type GlossaryTerm } from '../../../src/content/glossary.ts';
import { sourceHash } from '../../../src/pipeline/source-hash.ts';
import { keyPaths, readUiNamespace, stringAt, type UiNamespace, type UiTree } from '../../../src/content/ui-strings.ts';
import type { CheckContext, TranslatedUnit } from '../../../src/translation/checks/check.ts';
import { inlineSource } from '../../../src/pipeline/inline-markdown.ts';
import { namespaceUnits, targetKeys } from '../../../src/translation/namespace-units.ts';
import { identical } from '../../../src/translation/page-units.ts';
import type { TranslationUnit, UnitDocument, UnitKind, UnitStatus, UnitText } from '../../../src/translation/unit.ts';
import { projectRoot } from '../../helpers.ts';

/** The project's glossary, content/glossary.yaml. */
export const glossary: readonly GlossaryTerm[] = readProjectGlossary();

function readProjectGlossary(): GlossaryTerm[] {
  const file = new VFile({
    path: 'content/glossary.yaml',
    value: readFileSync(path.join(projectRoot, 'content/glossary.yaml'), 'utf8'),
  });
  const terms = readGlossary(file, ['en', 'es'], 'en');
  if (file.messages.length > 0) throw new Error(`content/glossary.yaml: ${file.messages.map(String).join('; ')}`);
  return terms;
}

/** English source, Spanish target, numbers read the Mexican way, the project's glossary. */
export function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return { sourceLanguage: 'en', lang: 'es', numberLocales: { es: 'es-MX' }, glossary, ...overrides };
}

// Pages.

const headingId = /[ \t]*\{#([^}]*)\}[ \t]*$/;

interface MarkdownBlock {
  readonly kind: UnitKind;
  /** Section id given by the heading's `{#id}`, for a heading that has one. */
  readonly section?: string;
  readonly text: UnitText;
}

/** Headings, paragraphs and list items of a Markdown text, each as a unit text. */
export function markdownBlocks(markdown: string, file: string): MarkdownBlock[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown);
  const blocks: MarkdownBlock[] = [];
  /** `parts`: the block itself, or a list item's own blocks (whose texts are joined with a space). */
  const add = (
    node: Nodes,
    kind: UnitKind,
    parts: readonly Nodes[],
    containers: readonly (Heading | Paragraph)[],
    section?: string,
  ): void => {
    const content = inlineSource(containers, markdown)?.content ?? [];
    let text = parts
      .map((part) => toString(part))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (kind === 'heading') text = text.replace(headingId, '');
    blocks.push({
      kind,
      ...(section ? { section } : {}),
      text: { text, content, file, ...(node.position ? { position: node.position } : {}) },
    });
  };
  const visit = (node: RootContent): void => {
    if (node.type === 'heading') {
      const last = node.children.at(-1);
      const id = last?.type === 'text' ? headingId.exec(last.value)?.[1] : undefined;
      add(node, 'heading', [node], [node], id);
    } else if (node.type === 'paragraph') {
      add(node, 'paragraph', [node], [node]);
    } else if (node.type === 'list') {
      for (const item of node.children) {
        const own = item.children.filter((child) => child.type !== 'list');
        add(
          item,
          'listItem',
          own,
          own.filter((child) => child.type === 'paragraph'),
        );
        for (const child of item.children) if (child.type === 'list') visit(child);
      }
    }
  };
  tree.children.forEach(visit);
  return blocks;
}

export interface PageOptions {
  /** Page id (default `mexico`). */
  readonly page?: string;
  /** Status before the identical-translation test (default `translated`). */
  readonly status?: UnitStatus;
}

/**
 * A page's units from its English and Spanish Markdown, matched block by
 * block: `intro.1`, `intro.2`, …, and a heading with `{#goals}` starts
 * `goals.1`. A translation that is the source unchanged is `identical`.
 */
export function pageDocument(en: string, es: string, options: PageOptions = {}): UnitDocument {
  const page = options.page ?? 'mexico';
  const sourcePath = `content/en/${page}.md`;
  const targetPath = `content/es/${page}.md`;
  const source = markdownBlocks(en, sourcePath);
  const target = markdownBlocks(es, targetPath);
  if (source.length !== target.length)
    throw new Error(`The English has ${source.length} blocks, the Spanish ${target.length}.`);
  let section = 'intro';
  let count = 0;
  const units = source.map((block, index): TranslationUnit => {
    if (block.section) {
      section = block.section;
      count = 0;
    }
    const targetText = target[index]?.text;
    return {
      id: `${section}.${++count}`,
      kind: block.kind,
      section,
      source: block.text,
      ...(targetText ? { target: targetText } : {}),
      status: identical(options.status ?? 'translated', block.text, targetText),
    };
  });
  return { kind: 'page', id: page, sourceLanguage: 'en', lang: 'es', sourcePath, targetPath, units };
}

/** One block of a page (a paragraph, a heading or a list item), English and Spanish. */
export function pageUnit(en: string, es: string, status: UnitStatus = 'translated'): TranslatedUnit {
  const units = pageDocument(en, es, { status }).units;
  if (units.length !== 1) throw new Error(`Expected one block, found ${units.length}.`);
  return withTarget(units[0]);
}

/** A page document of units built apart (for checks that read a whole language). */
export function pageOf(units: readonly TranslationUnit[], page = 'mexico'): UnitDocument {
  return {
    kind: 'page',
    id: page,
    sourceLanguage: 'en',
    lang: 'es',
    sourcePath: `content/en/${page}.md`,
    targetPath: `content/es/${page}.md`,
    units,
  };
}

// UI strings.

/** A namespace file from its JSON. */
export function uiNamespace(lang: string, strings: UiTree, namespace = 'ui'): UiNamespace {
  const file = new VFile({ path: `locales/${lang}/${namespace}.json`, value: `${JSON.stringify(strings, null, 2)}\n` });
  const read = readUiNamespace(file);
  if (!read || file.messages.length > 0) throw new Error(`${file.path}: ${file.messages.map(String).join('; ')}`);
  return read;
}

/**
 * A namespace's units from its English and Spanish JSON, every Spanish
 * string recording the current English (so none is stale).
 */
export function namespaceDocument(en: UiTree, es: UiTree, namespace = 'ui'): UnitDocument {
  const source = uiNamespace('en', en, namespace);
  const target = uiNamespace('es', es, namespace);
  const sourceKeys = new Map(targetKeys(keyPaths(source.strings), 'es').map(({ key, sourceKey }) => [key, sourceKey]));
  const hashes = new Map(
    keyPaths(target.strings).map((key) => [
      key,
      sourceHash(stringAt(source.strings, sourceKeys.get(key) ?? key) ?? ''),
    ]),
  );
  return namespaceUnits({ namespace, sourceLanguage: 'en', lang: 'es', source, target, hashes, glossary });
}

/** One UI string (a dotted key is nested in the JSON), English and Spanish. */
export function stringUnit(key: string, en: string, es: string): TranslatedUnit {
  return withTarget(
    namespaceDocument(nested(key, en), nested(key, es)).units.find((candidate) => candidate.id === key),
  );
}

function nested(key: string, value: string): UiTree {
  const [first = key, ...rest] = key.split('.');
  return { [first]: rest.length === 0 ? value : nested(rest.join('.'), value) };
}

/** A unit that has a translation, as the pair checks receive it. */
export function withTarget(unit: TranslationUnit | undefined): TranslatedUnit {
  if (!unit?.target) throw new Error(`Unit ${unit?.id ?? '(none)'} has no translation.`);
  return { ...unit, target: unit.target };
}
