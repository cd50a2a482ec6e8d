/**
 * remark plugin: read and check a page's YAML front matter (parsed by
 * remark-frontmatter) into `file.data.page`.
 *
 *     ---
 *     id: mexico          # the file name without .md
 *     lang: es            # the folder the file is in
 *     title: México
 *     slug: mexico        # optional: the page's URL segment in this language (default: its id)
 *     summary: …          # optional: one line for the site's index of pages
 *     updated: 2026-12-06 # optional: when the text last changed (ISO date)
 *     order: 10           # optional: its place in the navigation (the source page's counts)
 *     source:             # translations only: hashes of the English they translate
 *       title: 0123456789abcdef
 *       sections:
 *         intro: 0123456789abcdef
 *     memory:             # translations only: units filled from the translation memory,
 *       intro.1: content/es/mexico.md#intro.1   # and where each came from, until confirmed
 *     ---
 *
 * A translation may have no title yet: the page then shows the source's,
 * marked as English, as it does an untranslated section.
 */
import type { Root, Yaml } from 'mdast';
import type { Node as YamlNode } from 'yaml';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { mappingEntries, numberValue, parseYaml, stringValue, type YamlSource } from '../content/yaml.ts';
import { reportError, reportWarning } from '../content/report.ts';
import { plainTextProblem } from '../sanitize/sanitize-string.ts';

export interface PageMatter {
  readonly id: string;
  readonly lang: string;
  /** Always present on a source page; a translation may not have one yet. */
  readonly title?: string;
  /** The page's URL segment in this language (`tramites-de-visa`); its id by default. */
  readonly slug?: string;
  /** One line of plain text that says what the page is for, listed in the site's index. */
  readonly summary?: string;
  /** When the text last changed: an ISO date, `2026-12-06`. */
  readonly updated?: string;
  /** Its place in the site's navigation, lowest first (pages without one follow, by title). */
  readonly order?: number;
  /** For a translation: the hashes of the source text it translates (see `sourceHash`). */
  readonly source?: SourceHashes;
  /** For a translation: the units filled from the translation memory and not confirmed since, with where each came from. */
  readonly memory?: Readonly<Record<string, string>>;
}

export interface SourceHashes {
  readonly title?: string;
  readonly sections: Readonly<Record<string, string>>;
}

export interface Options {
  /** Page id given by the file name: the front matter `id` must be the same. */
  readonly page?: string;
  /** Language given by the folder: the front matter `lang` must be the same. */
  readonly lang?: string;
  /** The source language; a page in any other language is a translation. */
  readonly sourceLanguage?: string;
}

declare module 'vfile' {
  interface DataMap {
    page: PageMatter;
  }
}

const ruleId = 'front-matter';
const idPattern = /^[a-z][a-z0-9-]*$/;
const hashPattern = /^[0-9a-f]{16}$/;
const knownKeys = new Set(['id', 'lang', 'title', 'slug', 'summary', 'updated', 'order', 'source', 'memory']);
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export default function remarkPageMatter(options: Options = {}): Transformer<Root, Root> {
  return function transform(tree, file) {
    const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
    if (String(file.value).trim() === '') {
      reportError(
        file,
        `The file is empty: a page starts with its front matter (\`---\`, \`id: ${options.page ?? 'page-id'}\`, \`lang: ${options.lang ?? 'en'}\`, \`title: …\`, \`---\`), then its text. Delete the file if the page is not wanted.`,
        { line: 1, column: 1 },
        ruleId,
      );
      return;
    }
    if (!node?.position) {
      const example = `---\nid: ${options.page ?? 'page-id'}\nlang: ${options.lang ?? 'en'}\ntitle: Page title\n---`;
      reportError(file, `Missing front matter: start the file with\n${example}`, { line: 1, column: 1 }, ruleId);
      return;
    }
    const yaml = parseYaml(file, node.value, { line: node.position.start.line + 1, column: 1 });
    if (!yaml) return;
    const matter = readMatter(yaml, file, node, options);
    if (matter) file.data.page = matter;
  };
}

function readMatter(yaml: YamlSource, file: VFile, node: Yaml, options: Options): PageMatter | undefined {
  const entries = mappingEntries(yaml.document.contents);
  if (!entries) {
    reportError(file, 'Front matter must be a list of `key: value` lines (id, lang, title).', node, ruleId);
    return undefined;
  }
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  for (const entry of entries) {
    if (!knownKeys.has(entry.key)) {
      reportWarning(
        file,
        `Unknown front matter key \`${entry.key}\` (known: ${[...knownKeys].join(', ')}); check its spelling.`,
        yaml.positionOf(entry.keyNode),
        ruleId,
      );
    }
  }
  const required = (key: string): string | undefined => {
    const entry = byKey.get(key);
    const value = entry ? stringValue(entry.value) : undefined;
    if (value === undefined) {
      reportError(
        file,
        `Front matter needs \`${key}\` with a text value.`,
        entry ? yaml.positionOf(entry.value ?? entry.keyNode) : node,
        ruleId,
      );
    }
    return value;
  };
  const id = required('id');
  const lang = required('lang');
  const isTranslation = options.sourceLanguage !== undefined && lang !== undefined && lang !== options.sourceLanguage;
  // A translation without a title yet is served with the source's.
  const title = isTranslation && !byKey.has('title') ? undefined : required('title');
  if (id !== undefined && !idPattern.test(id)) {
    reportError(
      file,
      `Page id \`${id}\` must be lowercase letters, digits and hyphens, starting with a letter.`,
      yaml.positionOf(byKey.get('id')?.value),
      ruleId,
    );
  } else if (id !== undefined && options.page !== undefined && id !== options.page) {
    reportError(
      file,
      `Page id \`${id}\` does not match the file name; set \`id: ${options.page}\` (every language's file of a page has the same name and id).`,
      yaml.positionOf(byKey.get('id')?.value),
      ruleId,
    );
  }
  if (title !== undefined) {
    // The title goes into bundles a site may insert as HTML, like the UI strings.
    const problem = plainTextProblem(title);
    if (problem) reportError(file, `The title ${problem}.`, yaml.positionOf(byKey.get('title')?.value), ruleId);
  }
  if (lang !== undefined && options.lang !== undefined && lang !== options.lang) {
    reportError(
      file,
      `Language \`${lang}\` does not match the folder \`${options.lang}\`; set \`lang: ${options.lang}\` or move the file.`,
      yaml.positionOf(byKey.get('lang')?.value),
      ruleId,
    );
  }
  const source = translationOnly(yaml, file, byKey, 'source', isTranslation, readSourceHashes);
  const memory = translationOnly(yaml, file, byKey, 'memory', isTranslation, readMemoryMarks);
  const extras = readExtras(yaml, file, byKey);
  if (id === undefined || lang === undefined || (title === undefined && !isTranslation)) return undefined;
  return {
    id,
    lang,
    ...(title === undefined ? {} : { title }),
    ...extras,
    ...(source ? { source } : {}),
    ...(memory ? { memory } : {}),
  };
}

type Entries = ReadonlyMap<string, { keyNode: YamlNode; value: YamlNode | null }>;

/** A key only a translation has: read when the page is one, a warning on a source page. */
function translationOnly<T>(
  yaml: YamlSource,
  file: VFile,
  byKey: Entries,
  key: string,
  isTranslation: boolean,
  read: (yaml: YamlSource, file: VFile, node: YamlNode | null) => T | undefined,
): T | undefined {
  const entry = byKey.get(key);
  if (!entry) return undefined;
  if (isTranslation) return read(yaml, file, entry.value);
  reportWarning(
    file,
    `\`${key}\` belongs in translations only; remove it from a source-language page.`,
    yaml.positionOf(entry.keyNode),
    ruleId,
  );
  return undefined;
}

/** `memory`: unit ids (`title`, `intro.1`) mapped to where their translation came from. */
function readMemoryMarks(yaml: YamlSource, file: VFile, node: YamlNode | null): Record<string, string> | undefined {
  const entries = mappingEntries(node);
  const marks: Record<string, string> = {};
  for (const entry of entries ?? []) {
    const origin = stringValue(entry.value);
    if (origin !== undefined && /^(?:title|[a-z][a-z0-9-]*\.\d+)$/.test(entry.key)) marks[entry.key] = origin;
    else
      reportError(
        file,
        `\`memory.${entry.key}\` must map a unit id (\`title\`, \`intro.1\`) to where its translation came from. Confirm the unit (\`npm run translations -- rehash\`) to remove it.`,
        yaml.positionOf(entry.value ?? entry.keyNode),
        ruleId,
      );
  }
  if (!entries)
    reportError(
      file,
      '`memory` must map unit ids to where their translation came from.',
      yaml.positionOf(node),
      ruleId,
    );
  return entries ? marks : undefined;
}

/** The optional keys: slug, summary, updated, order; each checked at its line. */
function readExtras(yaml: YamlSource, file: VFile, byKey: Entries): Partial<PageMatter> {
  const extras: { slug?: string; summary?: string; updated?: string; order?: number } = {};
  const text = (key: string): { value: string | undefined; node: YamlNode | null } | undefined => {
    const entry = byKey.get(key);
    return entry ? { value: stringValue(entry.value), node: entry.value } : undefined;
  };
  const refuse = (reason: string, node: YamlNode | null | undefined) =>
    reportError(file, reason, yaml.positionOf(node ?? null), ruleId);
  const slug = text('slug');
  if (slug?.value !== undefined && slugPattern.test(slug.value)) extras.slug = slug.value;
  else if (slug)
    refuse(
      `\`slug\` is the page's URL segment: lowercase letters without accents, digits and single hyphens, such as \`tramites-de-visa\`.`,
      slug.node,
    );
  const summary = text('summary');
  if (summary) {
    const { value } = summary;
    const problem =
      value === undefined ? 'is not text' : /[\r\n]/.test(value) ? 'has line breaks' : plainTextProblem(value);
    if (value !== undefined && problem === undefined) extras.summary = value;
    else refuse(`\`summary\` is one line of plain text, and this one ${problem ?? 'is not'}.`, summary.node);
  }
  const updated = text('updated');
  if (updated?.value !== undefined && isIsoDate(updated.value)) extras.updated = updated.value;
  else if (updated)
    refuse(`\`updated\` is a date written year-month-day, such as \`2026-12-06\`, and a real one.`, updated.node);
  const orderEntry = byKey.get('order');
  const order = orderEntry ? numberValue(orderEntry.value) : undefined;
  if (order !== undefined && Number.isInteger(order)) extras.order = order;
  else if (orderEntry) refuse('`order` is a whole number: pages are listed lowest first.', orderEntry.value);
  return extras;
}

/** `YYYY-MM-DD`, and a day the calendar has (not 2026-02-30). */
function isIsoDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function readSourceHashes(yaml: YamlSource, file: VFile, node: YamlNode | null): SourceHashes | undefined {
  const fix = 'Record them with `npm run translations -- rehash`.';
  const entries = mappingEntries(node);
  if (!entries) {
    reportError(
      file,
      `\`source\` must map \`title\` and \`sections\` to source hashes. ${fix}`,
      yaml.positionOf(node),
      ruleId,
    );
    return undefined;
  }
  let title: string | undefined;
  const sections: Record<string, string> = {};
  const hash = (value: YamlNode | null): string | undefined => {
    const text = stringValue(value);
    if (text !== undefined && hashPattern.test(text)) return text;
    reportError(file, `A source hash is 16 hexadecimal characters. ${fix}`, yaml.positionOf(value), ruleId);
    return undefined;
  };
  for (const entry of entries) {
    if (entry.key === 'title') {
      title = hash(entry.value);
    } else if (entry.key === 'sections') {
      const sectionEntries = mappingEntries(entry.value);
      if (!sectionEntries) {
        reportError(
          file,
          `\`source.sections\` must map section ids to source hashes. ${fix}`,
          yaml.positionOf(entry.value),
          ruleId,
        );
        continue;
      }
      for (const section of sectionEntries) {
        const value = hash(section.value);
        if (value !== undefined) sections[section.key] = value;
      }
    } else {
      reportWarning(
        file,
        `Unknown key \`source.${entry.key}\` (known: title, sections).`,
        yaml.positionOf(entry.keyNode),
        ruleId,
      );
    }
  }
  return title === undefined ? { sections } : { title, sections };
}
