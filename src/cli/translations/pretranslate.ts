/**
 * `translations pretranslate [--lang xx] [--page id]`: fill each page's
 * missing units from the site's translation memory, where it holds the same
 * source exactly (translation/memory/). A section is written once all its
 * units are filled (a page missing in the language is made from the
 * source's structure, as import makes it); each unit written is marked in
 * the front matter as coming from memory, with where from, until a
 * translator confirms it. The pages change together (write-together.ts).
 */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { hasErrors } from '../../content/report.ts';
import { writeTogether } from '../../content/write-together.ts';
import type { Inline } from '../../pipeline/inline-runs.ts';
import { importPageChecked } from '../../translation/import-translation.ts';
import { pretranslate, type Pretranslation } from '../../translation/memory/pretranslate.ts';
import type { ImportedUnit } from '../../translation/xliff/read-xliff.ts';
import { contentToString } from '../../translation/inline-string.ts';
import { fail, println } from '../io.ts';
import { compile, languagesOf, type CompiledSite, type TranslationsContext, siteMemory } from './context.ts';

/** The filled units as an import reads them: translated, with their runs. */
function asImported(filled: Pretranslation['filled']): Map<string, { target: Inline[]; unit: ImportedUnit }> {
  return new Map(
    [...filled].map(([id, { target }]) => [id, { target: [...target], unit: { id, source: [], state: 'translated' } }]),
  );
}

async function pageWrite(result: CompiledSite, plan: Pretranslation, messages: VFile) {
  const { document } = plan;
  const source = result.files.find((file) => file.path === document.sourcePath);
  const target = result.files.find((file) => file.path === document.targetPath);
  if (!source || plan.filled.size === 0) return undefined;
  const matched = asImported(plan.filled);
  const origins = new Map([...plan.filled].map(([id, { origin }]) => [id, origin]));
  const page = await importPageChecked(document, matched, { source, ...(target ? { target } : {}) }, messages, origins);
  const written = page?.writes[0]?.value;
  return page && written !== undefined ? { path: document.targetPath, value: written, units: page.updated } : undefined;
}

/** What was not filled, and why: sections the memory has only part of, units it has two translations of. */
function unfilledLines(plan: Pretranslation): string[] {
  const partial = plan.partial.map(
    ({ section, unmatched, units }) =>
      `${plan.document.targetPath} ${section}: not filled, ${unmatched} of its ${units} units have no exact match in memory.`,
  );
  return [...partial, ...conflictLines(plan)];
}

function conflictLines(plan: Pretranslation): string[] {
  return plan.conflicts.map(
    ({ unit, candidates }) =>
      `${plan.document.targetPath} ${unit}: not filled, the memory has ${candidates.length} translations of it:\n${candidates
        .map((entry) => `    “${contentToString(entry.target)}” (${entry.origin})`)
        .join('\n')}`,
  );
}

export async function pretranslateAll(context: TranslationsContext): Promise<number> {
  const result = await compile(context);
  const memory = await siteMemory(context, result);
  const messages = new VFile({ path: 'pretranslate' });
  const writes: { path: string; value: string; units: readonly string[] }[] = [];
  const unfilled: string[] = [];
  for (const lang of languagesOf(context, result.translations.documents)) {
    const documents = (result.translations.documents.get(lang) ?? []).filter(
      (document) => document.kind === 'page' && (!context.options.page || document.id === context.options.page),
    );
    for (const document of documents) {
      const plan = pretranslate(document, memory);
      unfilled.push(...unfilledLines(plan));
      const write = await pageWrite(result, plan, messages);
      if (write) writes.push(write);
    }
  }
  if (hasErrors([messages])) fail(`${reporter([messages], { quiet: true })}\nNothing was written.`);
  if (messages.messages.length > 0) println(context.io.stderr, reporter([messages], { quiet: true }));
  await writeTogether(
    context.root,
    writes.map(({ path, value }) => ({ path, value })),
  );
  for (const write of writes)
    println(context.io.stdout, `${write.path}: filled ${write.units.join(', ')} from memory.`);
  for (const line of unfilled) println(context.io.stdout, line);
  if (writes.length === 0)
    println(
      context.io.stdout,
      `Nothing to fill: the memory (${memory.size} units) has no exact match for a missing unit.`,
    );
  return 0;
}
