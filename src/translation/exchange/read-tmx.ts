/**
 * A TMX file from outside (another site, a CAT tool) as memory entries: for
 * each `<tu>`, its `<tuv>` in the source language and one in each of the
 * site's other languages. The file is untrusted input: bounded in size by
 * the caller, parsed without entities (untrusted-xml.ts), and every problem
 * is a message at its line and column; a unit that cannot be read is
 * skipped with a warning, a file that is not TMX is refused.
 *
 * Codes: `<bpt>`/`<ept>` (paired by `i`) and `<ph>`, `<it>`; `<hi>` is read
 * as its text.
 */
import type { VFile } from 'vfile';
import type { Element, ElementContent } from 'xast';
import type { Point } from 'unist';
import { reportError, reportWarning } from '../../content/report.ts';
import type { CodeType, Inline, InlineCode } from '../../pipeline/inline-runs.ts';
import type { MemoryEntry } from '../memory/translation-memory.ts';
import { codeType } from './tmx-codes.ts';
import { parseUntrustedXml } from './untrusted-xml.ts';

const ruleId = 'tmx';

export interface ReadTmxOptions {
  readonly sourceLanguage: string;
  /** The site's other languages: a `<tuv>` in another is not read. */
  readonly languages: readonly string[];
  /** How the file is named in origins: `memory/partner.tmx`. */
  readonly name: string;
}

const elements = (parent: Element, name?: string): Element[] =>
  parent.children.filter(
    (child): child is Element => child.type === 'element' && (name === undefined || child.name === name),
  );

const placeOf = (element: Element): Point | undefined => element.position?.start;

/** The primary language of a tag, lowercased: `es-MX` → `es`, as the site's languages are matched. */
const primary = (tag: string | null | undefined): string => (tag ?? '').toLowerCase().split('-')[0] ?? '';

export function readTmx(file: VFile, options: ReadTmxOptions): MemoryEntry[] | undefined {
  const tree = parseUntrustedXml(file, 'TMX', ruleId);
  const root = tree?.children.find((child): child is Element => child.type === 'element');
  if (!tree) return undefined;
  if (root?.name !== 'tmx') {
    reportError(
      file,
      `This is not a TMX file: its root element is \`<${root?.name ?? ''}>\`, not \`<tmx>\`. Export the memory from your tool as TMX 1.4.`,
      root ? placeOf(root) : undefined,
      ruleId,
    );
    return undefined;
  }
  const header = elements(root, 'header')[0];
  const body = elements(root, 'body')[0];
  const declared = header?.attributes.srclang;
  if (!header || !body || primary(declared) !== primary(options.sourceLanguage)) {
    const found =
      !header || !body ? 'has no `<header>` or no `<body>`' : `has its sources in \`${declared ?? 'no language'}\``;
    reportError(
      file,
      `This TMX file ${found}; the site's source language is \`${options.sourceLanguage}\`. Export a memory whose source language is it.`,
      placeOf(header ?? root),
      ruleId,
    );
    return undefined;
  }
  const entries: MemoryEntry[] = [];
  elements(body, 'tu').forEach((tu, index) => entries.push(...readUnit(tu, index, file, options)));
  return entries;
}

function readUnit(tu: Element, index: number, file: VFile, options: ReadTmxOptions): MemoryEntry[] {
  const id = tu.attributes.tuid ?? String(index + 1);
  const variants = elements(tu, 'tuv').map((tuv) => ({
    lang: primary(tuv.attributes['xml:lang'] ?? tuv.attributes.lang),
    seg: elements(tuv, 'seg')[0],
    tuv,
  }));
  const source = variants.find((variant) => variant.lang === primary(options.sourceLanguage));
  const sourceContent = source?.seg ? segContent(source.seg, undefined) : undefined;
  if (!sourceContent) {
    reportWarning(
      file,
      `Unit ${id} has no readable text in the source language (${options.sourceLanguage}): skipped.`,
      placeOf(tu),
      ruleId,
    );
    return [];
  }
  const found: MemoryEntry[] = [];
  for (const variant of variants) {
    if (variant === source || !variant.seg || !options.languages.map(primary).includes(variant.lang)) continue;
    const target = segContent(variant.seg, sourceContent);
    if (target) found.push({ lang: variant.lang, source: sourceContent, target, origin: `${options.name}#${id}` });
    else
      reportWarning(
        file,
        `Unit ${id}: a code of the ${variant.lang} translation is closed without being opened, or opened and never closed (\`<bpt>\` and \`<ept>\` with the same \`i\`): skipped.`,
        placeOf(variant.tuv),
        ruleId,
      );
  }
  return found;
}

/**
 * A `<seg>`'s text and codes, numbered in order. In a translation (`source`
 * given), a code that stands for the same thing as one of the source's
 * takes its id, so that the entry's codes are the site's; one of its own
 * (a language mark the source has not) gets a new id. Undefined when a
 * close has no open (`<ept>` without its `<bpt>`).
 */
function segContent(seg: Element, source: readonly Inline[] | undefined): Inline[] | undefined {
  const content: Inline[] = [];
  const pairs = new Map<string, { id: string; type: CodeType }>();
  const unused = source?.filter((run): run is InlineCode => typeof run !== 'string' && run.kind !== 'close') ?? [];
  let next = (source?.filter((run) => typeof run !== 'string').length ?? 0) + 1;
  const idFor = (kind: 'open' | 'standalone', original: string): string => {
    const at = unused.findIndex((code) => code.kind === kind && code.original === original);
    const [code] = at === -1 ? [] : unused.splice(at, 1);
    return code?.id ?? String(next++);
  };
  const walk = (children: readonly ElementContent[]): boolean => {
    for (const child of children) {
      if (child.type === 'text') content.push(child.value);
      if (child.type !== 'element') continue;
      if (child.name === 'hi' || child.name === 'sub') {
        if (!walk(child.children)) return false;
        continue;
      }
      const original = child.children.map((node) => (node.type === 'text' ? node.value : '')).join('');
      const type = codeType(child.attributes.type);
      const pairKey = child.attributes.i ?? '';
      if (child.name === 'bpt') {
        const id = idFor('open', original);
        pairs.set(pairKey, { id, type });
        content.push({ kind: 'open', id, type, original });
      } else if (child.name === 'ept') {
        // A close is what its open is.
        const open = pairs.get(pairKey);
        if (open === undefined) return false;
        pairs.delete(pairKey);
        content.push({ kind: 'close', id: open.id, type: open.type, original });
      } else if (child.name === 'ph' || child.name === 'it' || child.name === 'ut') {
        content.push({ kind: 'standalone', id: idFor('standalone', original), type, original });
      }
    }
    return true;
  };
  // Every open code must be closed.
  return walk(seg.children) && pairs.size === 0 ? content : undefined;
}
