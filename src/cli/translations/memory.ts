/**
 * `translations memory export FILE.tmx [--lang es]`: the site's memory (each
 * confirmed translation) as TMX 1.4b, for CAT tools.
 * `translations memory import FILE.tmx`: another memory, added to the one
 * pretranslate, export and status use; it is kept as it came in memory/,
 * once read whole without error, and changes no content by itself.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { hasErrors } from '../../content/report.ts';
import { readProjectFile, reportUnreadable } from '../../content/read-file.ts';
import { readTmx } from '../../translation/exchange/read-tmx.ts';
import { toTmx } from '../../translation/exchange/write-tmx.ts';
import { maxTmxBytes, memoryFolder } from '../../translation/memory/imported-memory.ts';
import { siteEntries } from '../../translation/memory/translation-memory.ts';
import { fail, packageRoot, println } from '../io.ts';
import { writeAtomically } from '../write-files.ts';
import { compile, languagesOf, shown, type TranslationsContext } from './context.ts';

const usage = 'Usage: npm run translations -- memory <export|import> FILE.tmx';

async function packageVersion(): Promise<string> {
  const text = await readFile(path.join(packageRoot, 'package.json'), 'utf8');
  return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
}

async function exportMemory(context: TranslationsContext, name: string): Promise<number> {
  const file = path.resolve(context.io.cwd, name);
  if (existsSync(file)) fail(`${shown(context, file)} exists: give another name, or move it away first.`);
  const result = await compile(context);
  const languages = new Set(languagesOf(context, result.translations.documents));
  const entries = siteEntries(result.translations.documents).filter((entry) => languages.has(entry.lang));
  const sourceLanguage = result.manifest?.sourceLanguage ?? 'en';
  const tool = { name: 'embassy-content', version: await packageVersion() };
  await writeAtomically(file, toTmx(entries, { sourceLanguage, tool }));
  println(context.io.stdout, `${shown(context, file)}: ${entries.length} translation units (TMX 1.4b).`);
  return 0;
}

async function importMemory(context: TranslationsContext, name: string): Promise<number> {
  const from = path.resolve(context.io.cwd, name);
  const kept = path.join(context.root, memoryFolder, path.basename(from));
  const relative = `${memoryFolder}/${path.basename(from)}`;
  const result = await compile(context);
  const file = await readProjectFile(path.dirname(from), path.basename(from), { maxBytes: maxTmxBytes }).catch(
    (error: unknown) => {
      const unreadable = new VFile({ path: shown(context, from) });
      reportUnreadable(unreadable, error);
      return unreadable;
    },
  );
  file.path = shown(context, from);
  const languages = [...result.translations.documents.keys()];
  const sourceLanguage = result.manifest?.sourceLanguage ?? 'en';
  const entries = hasErrors([file]) ? undefined : readTmx(file, { sourceLanguage, languages, name: relative });
  if (!entries || hasErrors([file])) fail(`${reporter([file], { quiet: true })}\nNothing was imported.`);
  if (file.messages.length > 0) println(context.io.stderr, reporter([file], { quiet: true }));
  if (existsSync(kept)) {
    const same = (await readFile(kept, 'utf8').catch(() => '')) === String(file.value);
    if (same) return done(context, `${relative} is already imported.`);
    fail(
      `${relative} exists: an earlier import of another file of that name. Rename this file to import it beside it, or remove ${relative} first.`,
    );
  }
  await mkdir(path.dirname(kept), { recursive: true });
  await copyFile(from, kept);
  const counts = Map.groupBy(entries, (entry) => entry.lang);
  const summary = [...counts].map(([lang, list]) => `${list.length} in ${lang}`).join(', ') || 'no units';
  return done(
    context,
    `${relative}: ${summary}. Pretranslate, export and status use it from now on; no content changed.`,
  );
}

function done(context: TranslationsContext, line: string): number {
  println(context.io.stdout, line);
  return 0;
}

export async function memory(context: TranslationsContext, args: readonly string[]): Promise<number> {
  const [action, name, ...rest] = args;
  if (!name || rest.length > 0) return fail(usage);
  if (action === 'export') return exportMemory(context, name);
  if (action === 'import') return importMemory(context, name);
  return fail(usage);
}
