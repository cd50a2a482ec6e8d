/** `translations status`: what is translated, stale, missing or identical, per section, block and UI string. */
import { contentToString } from '../../translation/inline-string.ts';
import {
  documentMatches,
  type FuzzyMatch,
  type TranslationMemory,
} from '../../translation/memory/translation-memory.ts';
import { println } from '../io.ts';
import {
  compile,
  languagesOf,
  unitStatuses,
  type CompiledSite,
  type TranslationsContext,
  siteMemory,
} from './context.ts';

interface Item {
  readonly status: string;
}

function count(items: readonly Item[], kinds: readonly string[]): Record<string, number> {
  return Object.fromEntries(kinds.map((kind) => [kind, items.filter((item) => item.status === kind).length]));
}

/** A fuzzy match as status lists it: its score, where it is, its translation, the numbers that differ. */
const matchItem = (match: FuzzyMatch) => ({
  score: match.score,
  origin: match.origin,
  target: contentToString(match.target),
  ...(match.numbers ? { numbers: match.numbers } : {}),
});

function languageReport(result: CompiledSite, lang: string, memory: TranslationMemory) {
  const documents = result.translations.documents.get(lang) ?? [];
  const sections = (result.manifest?.pages ?? []).flatMap((page) => [
    { page: page.id, id: 'title', status: page.languages[lang]?.titleStatus ?? 'missing' },
    ...page.sections.map((section) => ({
      page: page.id,
      id: section.id,
      status: section.languages[lang]?.status ?? 'missing',
    })),
  ]);
  const units = documents.flatMap((document) => {
    const matches = documentMatches(document, memory);
    return document.units.map((unit) => ({
      kind: document.kind,
      document: document.id,
      file: document.targetPath,
      id: unit.id,
      status: unit.status,
      ...(unit.memory === undefined ? {} : { memory: unit.memory }),
      ...(matches.has(unit.id) ? { matches: (matches.get(unit.id) ?? []).map(matchItem) } : {}),
    }));
  });
  const blocks = units.filter((unit) => unit.kind === 'page');
  const strings = units.filter((unit) => unit.kind === 'namespace');
  return {
    lang,
    sections: { counts: count(sections, ['translated', 'stale', 'missing']), items: sections },
    blocks: { counts: count(blocks, unitStatuses), fromMemory: fromMemory(blocks), items: blocks },
    strings: { counts: count(strings, unitStatuses), items: strings },
  };
}

/** How many units were filled from memory and are not confirmed yet. */
const fromMemory = (items: readonly { memory?: string }[]): number =>
  items.filter((item) => item.memory !== undefined).length;

/** A unit's line: its status, and where its translation came from when from memory. */
const unitLine = (item: { status: string; memory?: string }): string =>
  item.memory === undefined ? item.status : `${item.status}, from memory (${item.memory}), not confirmed`;

const counted = (values: Record<string, number>): string =>
  Object.entries(values)
    .map(([name, number]) => `${number} ${name}`)
    .join(', ');

export async function status(context: TranslationsContext): Promise<number> {
  const result = await compile(context, { findingsShown: true });
  const memory = await siteMemory(context, result);
  const report = languagesOf(context, result.translations.documents).map((lang) =>
    languageReport(result, lang, memory),
  );
  const out = (line: string) => println(context.io.stdout, line);
  if (context.options.format === 'json') {
    out(JSON.stringify({ languages: report }, null, 2));
  } else {
    for (const language of report) {
      out(`${language.lang}: ${counted(language.sections.counts)} (sections and titles)`);
      const memory = language.blocks.fromMemory > 0 ? `; ${language.blocks.fromMemory} from memory, not confirmed` : '';
      out(`${language.lang}: ${counted(language.blocks.counts)} (blocks${memory})`);
      out(`${language.lang}: ${counted(language.strings.counts)} (UI strings)`);
      for (const item of language.sections.items) out(`  ${item.page}/${item.id}: ${item.status}`);
      for (const item of language.blocks.items) out(`  ${item.document}/${item.id}: ${unitLine(item)}`);
      for (const item of language.strings.items) out(`  ${item.document}:${item.id}: ${item.status}`);
    }
  }
  return result.ok ? 0 : 1;
}
