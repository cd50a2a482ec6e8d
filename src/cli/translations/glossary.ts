/** `translations glossary export FILE.tbx`: the site's glossary as TBX, for term bases and CAT tools. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { glossaryPath, readGlossary } from '../../content/glossary.ts';
import { readInto } from '../../content/read-file.ts';
import { hasErrors } from '../../content/report.ts';
import { toTbx } from '../../translation/exchange/write-tbx.ts';
import { fail, println } from '../io.ts';
import { writeAtomically } from '../write-files.ts';
import { compile, shown, type TranslationsContext } from './context.ts';

const usage = 'Usage: npm run translations -- glossary export FILE.tbx';

export async function glossary(context: TranslationsContext, args: readonly string[]): Promise<number> {
  const [action, name, ...rest] = args;
  if (action !== 'export' || !name || rest.length > 0) return fail(usage);
  const file = path.resolve(context.io.cwd, name);
  if (existsSync(file)) fail(`${shown(context, file)} exists: give another name, or move it away first.`);
  const result = await compile(context);
  const sourceLanguage = result.manifest?.sourceLanguage ?? 'en';
  const languages = result.manifest?.languages.map((language) => language.code) ?? [sourceLanguage];
  const files: VFile[] = [];
  const read = await readInto(files, context.root, glossaryPath);
  const terms = read ? readGlossary(read, languages, sourceLanguage) : [];
  if (!read || hasErrors(files)) fail(`${reporter(files, { quiet: true })}\nNothing was exported.`);
  await writeAtomically(file, toTbx(terms, { sourceLanguage, languages, glossaryPath }));
  println(context.io.stdout, `${shown(context, file)}: ${terms.length} terms (TBX-Basic).`);
  return 0;
}
