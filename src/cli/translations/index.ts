/**
 * `npm run translations -- <command>`: the translator's tools.
 *
 *   status [--lang es] [--format text|json]
 *       what is translated, stale, missing or identical to the source:
 *       per section, per block and per UI string
 *   check [--lang es] [--format text|json]
 *       quality checks on every translation, spelling included; exits 1 on errors
 *   review [--lang es] [--out FILE]
 *       translation-files/review.html: source and translation side by side
 *   export [--lang es] [--xliff 1.2|2.0] [--page ID | --namespace NS] [--out DIR]
 *       XLIFF for translation tools: DIR/<version>/<lang>/<id>.xlf (default translation-files/xliff)
 *   import FILE.xlf… [--overwrite]
 *       write translations back into content/ and locales/ (all files or none);
 *       a translation changed there since the export is a conflict, left as it
 *       is unless --overwrite
 *   rehash [--lang es] [--page ID | --namespace NS] [--only title,SECTION,KEY]
 *       mark translations current after updating them
 *   pretranslate [--lang es] [--page ID]
 *       fill missing units from the site's translation memory (exact matches),
 *       marked as from memory until a translator confirms them
 *   memory export FILE.tmx [--lang es] | memory import FILE.tmx
 *       the memory as TMX 1.4b for CAT tools; another memory added to it (memory/)
 *   glossary export FILE.tbx
 *       the glossary as TBX-Basic
 *
 * Every command takes --root DIR to work on another project folder. What
 * review and export write goes in translation-files/, which no build touches
 * (dist/ is the build's).
 */
import { finishInterruptedWrite } from '../../content/write-together.ts';
import { fail, parseCommandLine, println, projectFolder, type Command, type CommandIo } from '../io.ts';
import { check } from './check.ts';
import type { TranslationsContext } from './context.ts';
import { exportXliff } from './export.ts';
import { importXliff } from './import.ts';
import { glossary } from './glossary.ts';
import { memory } from './memory.ts';
import { pretranslateAll } from './pretranslate.ts';
import { rehashAll } from './rehash.ts';
import { review } from './review.ts';
import { status } from './status.ts';

const usage = `Usage: npm run translations -- <status|check|review|export|import|rehash|pretranslate|memory|glossary> [options]
  status  [--lang es] [--format text|json]
  check   [--lang es] [--format text|json]
  review  [--lang es] [--out translation-files/review.html]
  export  [--lang es] [--xliff 1.2|2.0] [--page ID | --namespace NS] [--out translation-files/xliff]
  import  FILE.xlf… [--overwrite]
  rehash  [--lang es] [--page ID | --namespace NS] [--only title,SECTION,KEY]
  pretranslate [--lang es] [--page ID]
  memory  export FILE.tmx [--lang es] | import FILE.tmx
  glossary export FILE.tbx
All take --root DIR (default: this project).`;

const options = {
  lang: { type: 'string' },
  page: { type: 'string' },
  namespace: { type: 'string' },
  only: { type: 'string' },
  format: { type: 'string', default: 'text' },
  xliff: { type: 'string', default: '1.2' },
  out: { type: 'string' },
  root: { type: 'string' },
  overwrite: { type: 'boolean', default: false },
} as const;

export const translations: Command = async (argv, io) => {
  // Asked for, the usage is an answer, not an error.
  if (argv.includes('--help') || argv.includes('-h')) {
    println(io.stdout, usage);
    return 0;
  }
  const { values, positionals } = parseCommandLine({ args: [...argv], allowPositionals: true, options }, usage);
  const { format } = values;
  if (format !== 'text' && format !== 'json') fail(`--format is text or json, not \`${format}\`.`);
  // --root works on another project folder (content/ and locales/).
  const root = projectFolder(values.root, io);
  const context: TranslationsContext = { root, io, options: { ...values, format } };
  const [command, ...files] = positionals;
  if (command) await finishEarlierWrite(root, io);
  if (command === 'status') return status(context);
  if (command === 'check') return check(context);
  if (command === 'review') return review(context);
  if (command === 'export') return exportXliff(context);
  if (command === 'import') return importXliff(context, files);
  if (command === 'rehash') return rehashAll(context);
  if (command === 'pretranslate') return pretranslateAll(context);
  if (command === 'memory') return memory(context, files);
  if (command === 'glossary') return glossary(context, files);
  return fail(command ? `Unknown command \`${command}\`.\n${usage}` : usage);
};

/** Complete or undo what an import or rehash that was killed left (write-together.ts), and say which. */
async function finishEarlierWrite(root: string, io: CommandIo): Promise<void> {
  const finished = await finishInterruptedWrite(root).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  if (finished === 'completed')
    println(
      io.stderr,
      'An earlier import or rehash was interrupted after it had written its files: it is now complete.',
    );
  if (finished === 'undone')
    println(
      io.stderr,
      'An earlier import or rehash was interrupted before it had written its files: nothing of it was kept.',
    );
}
