/**
 * A page's translation units in one language: its title, then each block of
 * each section (heading, paragraph, list item, table cell), the source's and
 * the translation's matched by their place in the section. A section whose
 * translation does not have the source's structure cannot be matched block by
 * block: its units have no translation, and the section is listed as
 * misaligned (the structure check reports it).
 */
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../content/glossary.ts';
import { sourceHash } from '../pipeline/source-hash.ts';
import type { PageMatter } from '../pipeline/remark-page-matter.ts';
import type { Block } from '../pipeline/remark-blocks.ts';
import { alignCodes } from './align-codes.ts';
import { containsTerm } from './glossary-terms.ts';
import type { TranslationUnit, UnitDocument, UnitStatus, UnitText } from './unit.ts';
import type { Position } from 'unist';

/** A page file in one language, as the pipeline read it. */
export interface PageSide {
  readonly file: VFile;
  readonly matter: PageMatter;
  readonly blocks: readonly Block[];
  /** Section ids present, in order. */
  readonly sections: readonly string[];
  /** Source hash of each section's text (source side), by section id. */
  readonly hashes: ReadonlyMap<string, string>;
  /** A key naming everything this side was read from (its render's, in the cache), when known. */
  readonly key?: string | undefined;
}

export interface PageUnitsOptions {
  readonly page: string;
  readonly sourceLanguage: string;
  readonly lang: string;
  readonly source: PageSide;
  readonly target?: PageSide;
  readonly glossary: readonly GlossaryTerm[];
}

export interface PageUnits {
  readonly document: UnitDocument;
  /** Sections whose blocks could not be matched with the source's. */
  readonly misaligned: readonly string[];
  /** Status of each section, by id, and of the title. */
  readonly sectionStatus: ReadonlyMap<string, UnitStatus>;
}

export function pageUnits(options: PageUnitsOptions): PageUnits {
  const { page, source, target, sourceLanguage, lang } = options;
  const units: TranslationUnit[] = [];
  const sectionStatus = new Map<string, UnitStatus>();
  const misaligned: string[] = [];
  const notesFor = (text: string) => glossaryNotes(text, options.glossary, sourceLanguage, lang);

  // A source page always has a title (remark-page-matter); a translation may not have one yet.
  const title = source.matter.title ?? '';
  const ownTitle = target?.matter.title;
  const titleStatus: UnitStatus =
    ownTitle === undefined ? 'missing' : target?.matter.source?.title === sourceHash(title) ? 'translated' : 'stale';
  const titleTarget = target && ownTitle !== undefined ? titleText(target, ownTitle) : undefined;
  const fromMemory = (id: string, translated: boolean) => {
    const origin = translated ? target?.matter.memory?.[id] : undefined;
    return origin === undefined ? {} : { memory: origin };
  };
  units.push({
    id: 'title',
    kind: 'title',
    source: titleText(source, title),
    ...(titleTarget ? { target: titleTarget } : {}),
    status: identical(titleStatus, titleText(source, title), titleTarget),
    notes: ['The page title: the <h1> of the page and the <title> of the browser tab.', ...notesFor(title)],
    ...fromMemory('title', titleTarget !== undefined),
  });
  sectionStatus.set('title', titleStatus);

  for (const section of source.sections) {
    const sourceBlocks = source.blocks.filter((block) => block.section === section && block.kind !== 'code');
    const targetBlocks = target?.blocks.filter((block) => block.section === section && block.kind !== 'code') ?? [];
    const present = target?.sections.includes(section) === true;
    const status: UnitStatus = !present
      ? 'missing'
      : target?.matter.source?.sections[section] === source.hashes.get(section)
        ? 'translated'
        : 'stale';
    sectionStatus.set(section, status);
    const aligned =
      present &&
      sameShape(
        source.blocks.filter((block) => block.section === section),
        target?.blocks.filter((block) => block.section === section) ?? [],
      );
    if (present && !aligned) misaligned.push(section);
    sourceBlocks.forEach((block, index) => {
      const sourceText = blockText(block, source.file);
      const targetBlock = aligned ? targetBlocks[index] : undefined;
      const own = targetBlock && target ? blockText(targetBlock, target.file) : undefined;
      const targetText = own ? { ...own, content: alignCodes(sourceText.content, own.content) } : undefined;
      units.push({
        id: `${section}.${index + 1}`,
        kind: block.kind,
        section,
        source: sourceText,
        ...(targetText ? { target: targetText } : {}),
        status: targetText ? identical(status, sourceText, targetText) : 'missing',
        notes: notesFor(block.text),
        ...fromMemory(`${section}.${index + 1}`, targetText !== undefined),
      });
    });
  }
  return {
    document: {
      kind: 'page',
      id: page,
      sourceLanguage,
      lang,
      sourcePath: source.file.path,
      targetPath: target?.file.path ?? `content/${lang}/${page}.md`,
      units,
    },
    misaligned,
    sectionStatus,
  };
}

/** Same kinds and shapes of blocks, in the same order. */
export function sameShape(source: readonly Block[], target: readonly Block[]): boolean {
  return (
    source.length === target.length &&
    source.every((block, index) => block.kind === target[index]?.kind && block.shape === target[index]?.shape)
  );
}

function blockText(block: Block, file: VFile): UnitText {
  return {
    text: block.text,
    content: block.content,
    file: file.path,
    ...(block.position ? { position: block.position } : {}),
  };
}

function titleText(side: PageSide, title: string): UnitText {
  const position = titlePosition(String(side.file.value));
  return {
    text: title,
    content: [title],
    file: side.file.path,
    ...(position ? { position } : {}),
  };
}

/** The `title:` line of the front matter. */
function titlePosition(text: string): Position | undefined {
  const match = /^title:[ \t]*(.*)$/m.exec(text);
  if (!match) return undefined;
  const line = text.slice(0, match.index).split('\n').length;
  return { start: { line, column: 1 }, end: { line, column: match[0].length + 1 } };
}

/**
 * `identical` when a translation that counts as current is the source text
 * unchanged and has words to translate (a number or an acronym alone is
 * the same in every language).
 */
export function identical(status: UnitStatus, source: UnitText, target: UnitText | undefined): UnitStatus {
  if (status !== 'translated' || !target) return status;
  return target.text === source.text && /\p{Ll}{2}/u.test(source.text) ? 'identical' : status;
}

/** Glossary entries whose source term occurs in a text, as notes for the translator. */
export function glossaryNotes(
  text: string,
  glossary: readonly GlossaryTerm[],
  sourceLanguage: string,
  lang: string,
): string[] {
  const notes: string[] = [];
  for (const term of glossary) {
    const sourceTerm = term.terms[sourceLanguage];
    const targetTerm = term.doNotTranslate ? sourceTerm : term.terms[lang];
    if (sourceTerm === undefined || targetTerm === undefined || !containsTerm(text, sourceTerm)) continue;
    const rule = term.doNotTranslate ? `“${sourceTerm}” is not translated` : `“${sourceTerm}” → “${targetTerm}”`;
    notes.push(`Glossary: ${rule}${term.note ? `. ${term.note}` : ''}`);
  }
  return notes;
}
