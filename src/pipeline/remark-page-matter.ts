/**
 * remark plugin: read and check a page's YAML front matter (parsed by
 * remark-frontmatter) into `file.data.page`.
 *
 *     ---
 *     id: mexico          # the file name without .md
 *     lang: es            # the folder the file is in
 *     title: México
 *     source:             # translations only: hashes of the English they translate
 *       title: 0123456789abcdef
 *       sections:
 *         intro: 0123456789abcdef
 *     ---
 */
import type { Root, Yaml } from 'mdast';
import type { Node as YamlNode } from 'yaml';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { mappingEntries, parseYaml, stringValue, type YamlSource } from '../content/yaml.ts';
import { reportError, reportWarning } from '../content/report.ts';
import { plainTextProblem } from '../sanitize/sanitize-string.ts';

export interface PageMatter {
  readonly id: string;
  readonly lang: string;
  readonly title: string;
  /** For a translation: the hashes of the source text it translates (see `sourceHash`). */
  readonly source?: SourceHashes;
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
const knownKeys = new Set(['id', 'lang', 'title', 'source']);

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
  const title = required('title');
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
  const isTranslation = options.sourceLanguage !== undefined && lang !== undefined && lang !== options.sourceLanguage;
  const sourceEntry = byKey.get('source');
  let source: SourceHashes | undefined;
  if (sourceEntry && !isTranslation) {
    reportWarning(
      file,
      '`source` hashes belong in translations only; remove them from a source-language page.',
      yaml.positionOf(sourceEntry.keyNode),
      ruleId,
    );
  } else if (sourceEntry) {
    source = readSourceHashes(yaml, file, sourceEntry.value);
  }
  if (id === undefined || lang === undefined || title === undefined) return undefined;
  return source ? { id, lang, title, source } : { id, lang, title };
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
