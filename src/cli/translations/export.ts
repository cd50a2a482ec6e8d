/** `translations export`: one XLIFF file per page or UI namespace and language, for translation tools. */
import path from 'node:path';
import type { UnitDocument } from '../../translation/unit.ts';
import { toXliff12 } from '../../translation/xliff/write-xliff-12.ts';
import { toXliff20 } from '../../translation/xliff/write-xliff-20.ts';
import { fail, println } from '../io.ts';
import { writeAtomically } from '../write-files.ts';
import { compile, languagesOf, shown, unitStatuses, type TranslationsContext } from './context.ts';

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
  const outDir = path.resolve(context.root, context.options.out ?? 'dist/xliff');
  let written = 0;
  for (const lang of languagesOf(context, result.translations.documents)) {
    for (const document of (result.translations.documents.get(lang) ?? []).filter((candidate) =>
      selected(context, candidate),
    )) {
      const file = path.join(outDir, version, lang, `${document.id}.xlf`);
      await writeAtomically(file, version === '1.2' ? toXliff12(document) : toXliff20(document));
      println(context.io.stdout, `${shown(context, file)}: ${summary(document)}`);
      written += 1;
    }
  }
  const { page, namespace } = context.options;
  if (written === 0)
    fail(`Nothing to export${page ? ` for page \`${page}\`` : namespace ? ` for namespace \`${namespace}\`` : ''}.`);
  return 0;
}
