/**
 * Compare a translation with its source, block by block: the same structure
 * (headings, list items, table cells), the same numbers by value, the same
 * links and images, the same bold/italic/code spans, and the glossary's terms.
 * Findings are messages on the translation file, at the translated block.
 */
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../content/glossary.ts';
import { reportError, reportWarning } from '../pipeline/report.ts';
import type { Block } from '../pipeline/remark-blocks.ts';
import { extractNumbers } from './numbers.ts';

export interface CompareOptions {
  readonly sourceLanguage: string;
  readonly lang: string;
  /** Number conventions of each language (es → es-MX). */
  readonly numberLocales: Readonly<Record<string, string>>;
  readonly glossary: readonly GlossaryTerm[];
  /** Only these sections (default: all); a stale section is expected to differ. */
  readonly sections?: ReadonlySet<string>;
}

export function compareBlocks(source: readonly Block[], target: readonly Block[], file: VFile, options: CompareOptions): void {
  const sections = [...new Set(source.map((block) => block.section))].filter((section) => options.sections?.has(section) ?? true);
  for (const section of sections) {
    const sourceBlocks = source.filter((block) => block.section === section);
    const targetBlocks = target.filter((block) => block.section === section);
    if (targetBlocks.length === 0) continue; // a missing section is a status, not a mistake
    if (!sameStructure(sourceBlocks, targetBlocks)) {
      reportError(file, `Section \`${section}\` does not have the source's structure: the source has ${describe(sourceBlocks)}; the translation has ${describe(targetBlocks)}. Translate every heading, paragraph and list item, and keep them in the same order.`, targetBlocks[0]?.position, 'structure');
      continue;
    }
    sourceBlocks.forEach((sourceBlock, index) => {
      const targetBlock = targetBlocks[index];
      if (targetBlock) compareBlock(sourceBlock, targetBlock, file, options);
    });
  }
}

function compareBlock(source: Block, target: Block, file: VFile, options: CompareOptions): void {
  const place = target.position;
  const excerpt = `(source: “${clip(source.text)}”)`;
  const sourceNumbers = extractNumbers(source.text, options.numberLocales[options.sourceLanguage] ?? options.sourceLanguage);
  const targetNumbers = extractNumbers(target.text, options.numberLocales[options.lang] ?? options.lang);
  const missing = difference(sourceNumbers, targetNumbers);
  const extra = difference(targetNumbers, sourceNumbers);
  if (missing.length > 0 || extra.length > 0) {
    const locale = options.numberLocales[options.lang] ?? options.lang;
    const parts = [
      missing.length > 0 ? `missing ${missing.map((value) => format(value, locale)).join(', ')}` : '',
      extra.length > 0 ? `not in the source: ${extra.map((value) => format(value, locale)).join(', ')}` : '',
    ].filter(Boolean);
    reportError(file, `Numbers differ from the source (${parts.join('; ')}). Numbers are read with ${locale} conventions, where 71000 is written ${format(71000, locale)} ${excerpt}.`, place, 'numbers');
  }
  if (source.links.join('\n') !== target.links.join('\n')) {
    reportError(file, `Links differ from the source: expected ${list(source.links)}, found ${list(target.links)}. Keep every link, with the same address ${excerpt}.`, place, 'links');
  }
  if (source.images.join('\n') !== target.images.join('\n')) {
    reportError(file, `Images differ from the source: expected ${list(source.images)}, found ${list(target.images)} ${excerpt}.`, place, 'images');
  }
  for (const kind of ['strong', 'emphasis', 'code'] as const) {
    if (source.inline[kind] !== target.inline[kind]) {
      const name = { strong: 'bold', emphasis: 'italic', code: 'code' }[kind];
      reportWarning(file, `The source has ${source.inline[kind]} ${name} span(s), the translation ${target.inline[kind]}. Keep the same ${name} formatting ${excerpt}.`, place, 'inline-formatting');
    }
  }
  for (const term of options.glossary) {
    const sourceTerm = term.terms[options.sourceLanguage];
    const targetTerm = term.doNotTranslate ? sourceTerm : term.terms[options.lang];
    if (sourceTerm === undefined || targetTerm === undefined) continue;
    if (containsTerm(source.text, sourceTerm) && !containsTerm(target.text, targetTerm)) {
      const why = term.doNotTranslate ? 'it is not translated' : `the glossary's term is “${targetTerm}”`;
      reportWarning(file, `The source uses “${sourceTerm}”; ${why}, and this block does not have it${term.note ? ` (${term.note})` : ''} ${excerpt}.`, place, 'glossary');
    }
  }
}

/**
 * Whether `text` has `term` as a whole word or phrase, ignoring case, with a
 * plural ending allowed (“organization” matches “organizations”). A term of
 * symbols only (`$`, `%`) matches anywhere.
 */
export function containsTerm(text: string, term: string): boolean {
  const normalized = text.replace(/\s+/gu, ' ');
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  if (!/[\p{L}\p{N}]/u.test(term)) return new RegExp(escaped, 'u').test(normalized);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu').test(normalized);
}

function sameStructure(source: readonly Block[], target: readonly Block[]): boolean {
  return source.length === target.length && source.every((block, index) => block.kind === target[index]?.kind && block.shape === target[index]?.shape);
}

function describe(blocks: readonly Block[]): string {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const name = block.kind === 'listItem' ? `${block.shape} list item` : block.kind === 'heading' ? `${block.shape} heading` : block.kind === 'tableCell' ? 'table cell' : block.kind;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => `${count} ${name}${count === 1 ? '' : 's'}`).join(', ');
}

/** Values in `a` that `b` lacks, counting repeats. */
function difference(a: readonly number[], b: readonly number[]): number[] {
  const rest = [...b];
  return a.filter((value) => {
    const index = rest.indexOf(value);
    if (index === -1) return true;
    rest.splice(index, 1);
    return false;
  });
}

function format(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}

function list(urls: readonly string[]): string {
  return urls.length === 0 ? 'none' : urls.map((url) => `<${url}>`).join(', ');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
