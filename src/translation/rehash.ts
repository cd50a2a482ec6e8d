/**
 * Record in a translation's front matter the hashes of the current source
 * text of its title and of each section it has, marking them current. Run it
 * after updating a stale translation (or finishing a new one).
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { isMap, isScalar, parseDocument } from 'yaml';
import { sectionHashes, sourceHash } from '../pipeline/source-hash.ts';
import { renderPage } from '../pipeline/processor.ts';
import { reportError } from '../content/report.ts';

export interface RehashOptions {
  readonly page: string;
  readonly sourceLanguage: string;
  /** Language of the translation. */
  readonly lang: string;
  /** The source page file. */
  readonly source: VFile;
  /** The translation file; its front matter is rewritten in `value`. */
  readonly translation: VFile;
  /** Only these ids: `title` and section ids (default: the title and every section the translation has). */
  readonly only?: readonly string[];
}

/**
 * Update the translation's `source` hashes in `translation.value`. Returns
 * the ids whose hash changed; problems are messages on the files.
 */
export async function rehash(options: RehashOptions): Promise<string[]> {
  const { translation } = options;
  const source = await sectionsOf(options.source, options.page, options.sourceLanguage, options.sourceLanguage);
  // Read on a copy: the translation's own messages (say, the stale hashes being replaced) are not rehash's.
  const translated = await sectionsOf(
    new VFile({ path: translation.path, value: translation.value }),
    options.page,
    options.lang,
    options.sourceLanguage,
  );
  const text = String(translation.value);
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);
  const yamlNode = tree.children.find((child) => child.type === 'yaml');
  if (!source.title || !yamlNode?.position) {
    reportError(
      translation,
      `Cannot rehash: ${source.title ? 'this file' : `the source page (${options.source.path})`} has no readable front matter.`,
      { line: 1, column: 1 },
      'rehash',
    );
    return [];
  }
  const document = parseDocument(yamlNode.value);
  if (document.errors.length > 0) {
    reportError(translation, 'Cannot rehash: fix the front matter YAML first.', yamlNode, 'rehash');
    return [];
  }
  const wanted = (id: string): boolean => options.only === undefined || options.only.includes(id);
  const changed: string[] = [];
  const record = (keyPath: string[], id: string, hash: string): void => {
    if (document.getIn(keyPath) !== hash) changed.push(id);
    document.setIn(keyPath, hash);
  };
  // A translation without a title yet has none to mark current.
  if (wanted('title') && translated.title !== undefined) record(['source', 'title'], 'title', sourceHash(source.title));
  for (const [id, hash] of source.hashes) {
    if (translated.hashes.has(id) && wanted(id)) record(['source', 'sections', id], id, hash);
  }
  changed.push(...confirmMemory(document, (unit) => wanted(unit === 'title' ? unit : unit.replace(/\.\d+$/, ''))));
  const start = yamlNode.position.start.offset ?? 0;
  const end = yamlNode.position.end.offset ?? 0;
  translation.value = `${text.slice(0, start)}---\n${document.toString({ lineWidth: 0 })}---${text.slice(end)}`;
  return changed;
}

/**
 * Rehashing confirms what a translator went over: the units filled from
 * memory in the title and sections rehashed lose their mark. Returns the
 * ids unmarked, as `intro.1 (from memory)`.
 */
function confirmMemory(document: ReturnType<typeof parseDocument>, rehashed: (unit: string) => boolean): string[] {
  const marks: unknown = document.get('memory');
  if (!isMap(marks)) return [];
  const confirmed = marks.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)).filter(rehashed);
  for (const unit of confirmed) marks.delete(unit);
  if (marks.items.length === 0) document.delete('memory');
  return confirmed.map((unit) => `${unit} (from memory)`);
}

/** A page's title and the source hash of each of its sections, in order. */
async function sectionsOf(
  file: VFile,
  page: string,
  lang: string,
  sourceLanguage: string,
): Promise<{ title?: string; hashes: Map<string, string> }> {
  await renderPage(file, { page, lang, sourceLanguage });
  const hashes = sectionHashes(file);
  const title = file.data.page?.title;
  return title === undefined ? { hashes } : { title, hashes };
}
