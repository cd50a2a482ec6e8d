/**
 * Fixtures for the translation checks: unit texts written in a small subset
 * of the content's Markdown (`**bold**`, `*italic*`, `` `code` ``,
 * `[link](url)`, `:lang[phrase]{lang=en}`, `{{placeholder}}`), and the
 * shipped page and UI strings read as units.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  CheckContext,
  Issue,
  PairCheck,
  TextCheck,
  TranslatedUnit,
} from '../../../src/translation/checks/check.ts';
import type { CodeType, Inline, InlineCode } from '../../../src/pipeline/inline-runs.ts';
import {
  plainText,
  type Severity,
  type TranslationUnit,
  type UnitKind,
  type UnitText,
} from '../../../src/translation/unit.ts';
import { projectRoot } from '../../helpers.ts';

/** Opening and closing syntax, and what each stands for. */
const syntax = /\*\*|\*|`[^`]*`|:lang\[|\]\{lang=[^}]*\}|\[|\]\([^)]*\)|\{\{[^}]*\}\}/g;

/** Runs of text and codes of a line of fixture Markdown. */
export function inline(markdown: string): Inline[] {
  const runs: Inline[] = [];
  const open: { type: CodeType; id: string }[] = [];
  let nextId = 1;
  let last = 0;
  const code = (kind: InlineCode['kind'], type: CodeType, original: string, id = String(nextId++)): InlineCode => ({
    kind,
    id,
    type,
    original,
  });
  for (const match of markdown.matchAll(syntax)) {
    const token = match[0];
    if (match.index > last) runs.push(markdown.slice(last, match.index));
    last = match.index + token.length;
    if (token.startsWith('`')) runs.push(code('standalone', 'code', token));
    else if (token.startsWith('{{')) runs.push(code('standalone', 'placeholder', token));
    else if (token === ':lang[' || token === '[') {
      const opened = code('open', token === '[' ? 'link' : 'lang', token);
      open.push({ type: opened.type, id: opened.id });
      runs.push(opened);
    } else if (token.startsWith(']')) {
      const opened = open.pop();
      if (!opened) throw new Error(`Unbalanced “${token}” in fixture: ${markdown}`);
      runs.push(code('close', opened.type, token, opened.id));
    } else {
      // `**` and `*` open or close, whichever is due.
      const type: CodeType = token === '**' ? 'bold' : 'italic';
      const top = open.at(-1);
      if (top?.type === type) {
        open.pop();
        runs.push(code('close', type, token, top.id));
      } else {
        const opened = code('open', type, token);
        open.push({ type, id: opened.id });
        runs.push(opened);
      }
    }
  }
  if (last < markdown.length) runs.push(markdown.slice(last));
  if (open.length > 0) throw new Error(`Unclosed code in fixture: ${markdown}`);
  return runs;
}

/** A unit text from fixture Markdown or from runs. */
export function unitText(content: string | readonly Inline[], file = 'content/es/mexico.md'): UnitText {
  const runs = typeof content === 'string' ? inline(content) : content;
  return { text: plainText(runs), content: runs, file };
}

/** A translated unit from fixture Markdown (source in English, translation in Spanish). */
export function translated(
  source: string | readonly Inline[],
  target: string | readonly Inline[],
  options: { id?: string; kind?: UnitKind } = {},
): TranslatedUnit {
  return {
    id: options.id ?? 'intro.1',
    kind: options.kind ?? 'paragraph',
    source: unitText(source, 'content/en/mexico.md'),
    target: unitText(target),
    status: 'translated',
  };
}

export function context(lang = 'es'): CheckContext {
  return { sourceLanguage: 'en', lang, numberLocales: { es: 'es-MX' }, glossary: [] };
}

/** A block of a shipped page: the title, a heading, a paragraph or a list item. */
export interface ShippedBlock {
  readonly id: string;
  readonly kind: UnitKind;
  readonly markdown: string;
}

/** The blocks of content/<lang>/<page>.md, in order, in the units' id scheme. */
export function shippedBlocks(lang: string, page = 'mexico'): ShippedBlock[] {
  const file = readFileSync(path.join(projectRoot, 'content', lang, `${page}.md`), 'utf8');
  const [, matter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file) ?? [];
  const title = /^title: (.*)$/m.exec(matter)?.[1] ?? '';
  const blocks: ShippedBlock[] = [{ id: 'title', kind: 'title', markdown: title }];
  let section = 'intro';
  let count = 0;
  for (const line of body.split('\n')) {
    if (line.trim() === '') continue;
    const heading = /^#+ (.*?)(?: \{#([\w-]+)\})?$/.exec(line);
    if (heading) section = heading[2] ?? section;
    if (heading) count = 0;
    const item = /^(?:\d+\.|-) (.*)$/.exec(line);
    const kind: UnitKind = heading ? 'heading' : item ? 'listItem' : 'paragraph';
    blocks.push({ id: `${section}.${++count}`, kind, markdown: heading?.[1] ?? item?.[1] ?? line });
  }
  return blocks;
}

/** The shipped page's units, English source paired with the Spanish translation block by block. */
export function shippedPageUnits(page = 'mexico'): TranslatedUnit[] {
  const source = shippedBlocks('en', page);
  const target = shippedBlocks('es', page);
  if (source.length !== target.length)
    throw new Error(`content/en/${page}.md and content/es/${page}.md have different structures`);
  return source.map((block, index) => ({
    id: block.id,
    kind: block.kind,
    source: unitText(block.markdown, `content/en/${page}.md`),
    target: unitText(target[index]?.markdown ?? '', `content/es/${page}.md`),
    status: 'translated',
  }));
}

/** The shipped UI strings, English paired with Spanish by key. */
export function shippedStringUnits(namespace = 'ui'): TranslatedUnit[] {
  const read = (lang: string): Map<string, string> =>
    flatten(JSON.parse(readFileSync(path.join(projectRoot, 'locales', lang, `${namespace}.json`), 'utf8')));
  const source = read('en');
  const target = read('es');
  return [...source].flatMap(([key, value]) => {
    const translation = target.get(key);
    if (translation === undefined) return [];
    return [
      {
        id: key,
        kind: 'string' as const,
        source: unitText(value, `locales/en/${namespace}.json`),
        target: unitText(translation, `locales/es/${namespace}.json`),
        status: 'translated' as const,
      },
    ];
  });
}

function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix === '' ? key : `${prefix}.${key}`, into);
  }
  return into;
}

/** What a test needs of an issue: the check's id, the severity in force, the message. */
export interface Reported {
  readonly check: string;
  readonly severity: Severity;
  readonly message: string;
}

/** Run a text check on fixture Markdown (Spanish unless told), as the runner would. */
export function runText(check: TextCheck, content: string | readonly Inline[], lang = 'es'): Reported[] {
  const text = unitText(content, lang === 'en' ? 'content/en/mexico.md' : 'content/es/mexico.md');
  const unit: TranslationUnit = { id: 'intro.1', kind: 'paragraph', source: text, target: text, status: 'translated' };
  return check.check(text, lang, unit).map((issue) => reported(check, issue));
}

/** Run a pair check on a unit (translated into Spanish unless told), as the runner would. */
export function runPair(check: PairCheck, unit: TranslatedUnit, lang = 'es'): Reported[] {
  return check.check(unit, context(lang)).map((issue) => reported(check, issue));
}

/** Every finding of a check on the shipped page and UI strings, on the sides it reads. */
export function shippedFindings(check: TextCheck | PairCheck): (Reported & { unit: string })[] {
  const units = [...shippedPageUnits(), ...shippedStringUnits()];
  return units.flatMap((unit) => {
    if (check.kind === 'pair') return runPairOn(check, unit);
    const sides =
      check.sides === 'both'
        ? [[unit.source, 'en'] as const, [unit.target, 'es'] as const]
        : [[unit.target, 'es'] as const];
    return sides.flatMap(([text, lang]) =>
      check.check(text, lang, unit).map((issue) => ({ ...reported(check, issue), unit: `${text.file} ${unit.id}` })),
    );
  });
}

function runPairOn(check: PairCheck, unit: TranslatedUnit): (Reported & { unit: string })[] {
  return check
    .check(unit, context('es'))
    .map((issue) => ({ ...reported(check, issue), unit: `${unit.target.file} ${unit.id}` }));
}

function reported(check: TextCheck | PairCheck, issue: Issue): Reported {
  return { check: check.id, severity: issue.severity ?? check.severity, message: issue.message };
}
