/** `translations export`: one XLIFF file per page or UI namespace and language, for translation tools, in the translators' folder by default. */
import path from 'node:path';
import { defaultXliffFolder } from '../../translation/translation-files.ts';
import type { UnitDocument } from '../../translation/unit.ts';
import { documentMatches } from '../../translation/memory/translation-memory.ts';
import { toXliff12 } from '../../translation/xliff/write-xliff-12.ts';
import { toXliff20 } from '../../translation/xliff/write-xliff-20.ts';
import { fail, println } from '../io.ts';
import { writeAtomically } from '../write-files.ts';
import { compile, languagesOf, outPath, shown, unitStatuses, type TranslationsContext, siteMemory } from './context.ts';
import { refuseBuildFiles } from './destination.ts';
import { editedExports, recordExports } from './export-record.ts';

function selected(context: TranslationsContext, document: UnitDocument): boolean {
  const { page, namespace } = context.options;
  if (page && (document.kind !== 'page' || document.id !== page)) return false;
  return !namespace || (document.kind === 'namespace' && document.id === namespace);
}

function summary(document: UnitDocument): string {
  const counts = unitStatuses
    .map((name) => [name, document.units.filter((unit) => unit.status === name).length] as const)
    .filter(([, count]) => count > 0);
  return `${document.units.length} units (${counts.map(([name, count]) => `${count} ${name}`).join(', ')})`;
}

export async function exportXliff(context: TranslationsContext): Promise<number> {
  const version = context.options.xliff;
  if (version !== '1.2' && version !== '2.0') fail(`--xliff is 1.2 or 2.0, not \`${version}\`.`);
  const result = await compile(context);
  const outDir = outPath(context, defaultXliffFolder);
  const exports = languagesOf(context, result.translations.documents)
    .flatMap((lang) => (result.translations.documents.get(lang) ?? []).filter((doc) => selected(context, doc)))
    .map((document) => ({ document, file: path.join(outDir, version, document.lang, `${document.id}.xlf`) }));
  await refuseBuildFiles(
    context,
    exports.map(({ file }) => file),
    defaultXliffFolder,
  );
  // Fuzzy matches from the site's memory, for the units to translate.
  const memory = await siteMemory(context, result);
  const writes = exports.map(({ document, file }) => {
    const matches = documentMatches(document, memory);
    return { document, file, text: version === '1.2' ? toXliff12(document, matches) : toXliff20(document, matches) };
  });
  const edited = await editedExports(outDir, writes);
  if (edited.length > 0) {
    const [them, have] = edited.length === 1 ? ['it', 'has'] : ['them', 'have'];
    fail(
      `Not exported: ${edited.map((file) => shown(context, file)).join(', ')} ${have} changed since an export wrote ${them} (a translator's work, it may be). Import ${them} first (npm run translations -- import FILE), or move ${them} elsewhere, then export again.`,
    );
  }
  for (const { document, file, text } of writes) {
    await writeAtomically(file, text);
    println(context.io.stdout, `${shown(context, file)}: ${summary(document)}`);
  }
  await recordExports(outDir, writes);
  const { page, namespace } = context.options;
  if (exports.length === 0)
    fail(`Nothing to export${page ? ` for page \`${page}\`` : namespace ? ` for namespace \`${namespace}\`` : ''}.`);
  return 0;
}
