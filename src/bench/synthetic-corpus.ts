/**
 * A synthetic site shaped like the real one, for the benchmark: N pages in
 * English with their Spanish translations, each a variant of the Mexico page
 * (intro, headed sections, a numbered list with bold labels, a bulleted
 * list, numbers, a link), with the site's own settings, glossary and UI
 * strings. Each page differs from the others (numbers, list order, title,
 * link), so no two inputs are the same, and every translation is current:
 * the corpus builds without errors, as a real site would.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { stringify } from 'yaml';
import { sectionSource, sourceHash } from '../pipeline/source-hash.ts';
import remarkHeadingId from '../pipeline/remark-heading-id.ts';
import remarkSections from '../pipeline/remark-sections.ts';

export interface CorpusOptions {
  /** The project whose settings, glossary, UI strings and Mexico page are copied. */
  readonly from: string;
  /** Folder to write (created; its content/ and locales/ are replaced). */
  readonly to: string;
  /** Pages per language. */
  readonly pages: number;
}

/** Page ids of a corpus of `count` pages, in order. */
export function corpusPageIds(count: number): string[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, index) => `page-${String(index + 1).padStart(width, '0')}`);
}

/** Write the corpus; returns the Markdown files written, relative to `to`. */
export async function writeCorpus(options: CorpusOptions): Promise<string[]> {
  const { from, to } = options;
  await mkdir(path.join(to, 'content'), { recursive: true });
  for (const file of ['content/site.yaml', 'content/glossary.yaml', 'content/words.txt']) {
    await cp(path.join(from, file), path.join(to, file));
  }
  await cp(path.join(from, 'locales'), path.join(to, 'locales'), { recursive: true });
  const english = await readFile(path.join(from, 'content/en/mexico.md'), 'utf8');
  const spanish = await readFile(path.join(from, 'content/es/mexico.md'), 'utf8');
  await mkdir(path.join(to, 'content/en'), { recursive: true });
  await mkdir(path.join(to, 'content/es'), { recursive: true });
  const written: string[] = [];
  for (const [index, page] of corpusPageIds(options.pages).entries()) {
    const en = variant(english, page, index, 'en');
    const es = withSourceHashes(variant(spanish, page, index, 'es'), en, page);
    await writeFile(path.join(to, `content/en/${page}.md`), en);
    await writeFile(path.join(to, `content/es/${page}.md`), es);
    written.push(`content/en/${page}.md`, `content/es/${page}.md`);
  }
  return written;
}

/** The Mexico page made into page number `index`: same shape, other numbers, order, title and link. */
export function variant(text: string, page: string, index: number, lang: 'en' | 'es'): string {
  const number = index + 1;
  const deaths = `${10 + ((index * 7) % 90)},000`;
  const year = String(2000 + (index % 24));
  // Numbers first: the page id and title then hold numbers of their own (page-2019) that must stay.
  let result = text
    .replaceAll('71,000', deaths)
    .replaceAll('2019', year)
    .replace(/^id: mexico$/m, `id: ${page}`)
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title} ${number}`);
  result = rotateOrderedList(result, index);
  const link =
    lang === 'en'
      ? `Read [the INL program report for region ${number}](https://www.state.gov/inl/reports/region-${number}/) for details.`
      : `Consulte [el informe de programas de la INL para la región ${number}](https://www.state.gov/inl/reports/region-${number}/) para más detalles.`;
  return `${result.trimEnd()}\n\n${link}\n`;
}

/** Rotate the items of the page's numbered list (keeping their numbers) by `index`. */
function rotateOrderedList(text: string, index: number): string {
  const lines = text.split('\n');
  const items = lines.flatMap((line, at) => (/^\d+\. /.test(line) ? [at] : []));
  if (items.length === 0) return text;
  const bodies = items.map((at) => (lines[at] ?? '').replace(/^\d+\. /, ''));
  const shift = index % bodies.length;
  items.forEach((at, position) => {
    lines[at] = `${position + 1}. ${bodies[(position + shift) % bodies.length] ?? ''}`;
  });
  return lines.join('\n');
}

/** Record in the translation's front matter the hashes of its source's title and sections (it is current). */
function withSourceHashes(translation: string, source: string, page: string): string {
  const file = new VFile({ value: source });
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkHeadingId)
    .use(remarkSections, { page });
  processor.runSync(processor.parse(file), file);
  const title = /^title: (.*)$/m.exec(source)?.[1] ?? '';
  const sections = (file.data.sections ?? []).map(
    (span) => `    ${span.id}: ${scalar(sourceHash(sectionSource(file, span)))}`,
  );
  const block = `source:\n  title: ${scalar(sourceHash(title))}\n  sections:\n${sections.join('\n')}\n`;
  return translation.replace(/^source:\n(?: {2}.*\n)+/m, block);
}

/** A YAML scalar for a hash: quoted when it would otherwise read as a number (`1234e567`). */
function scalar(value: string): string {
  return stringify(value).trimEnd();
}
