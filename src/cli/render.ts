/**
 * `npm run render -- FILE.md [--lang xx] [--root DIR]`: print the sanitized
 * fragment HTML of one Markdown file to stdout, exactly as the build renders
 * it, with the checks' messages on stderr. Messages are reported, not
 * failing: the exit code is 0 whenever the file was rendered, and 1 when it
 * could not be (unreadable file, broken site settings, unknown language).
 *
 * The language is `--lang`, else the file's folder in content/, else the
 * source language; the project (its settings, glossary, UI strings) is
 * `--root`, else this package.
 */
import { reporter } from 'vfile-reporter';
import { renderFile } from '../build/render-file.ts';
import { errorsAndWarnings } from '../content/report.ts';
import { fail, parseCommandLine, println, projectFolder, type Command } from './io.ts';

const usage = 'Usage: npm run render -- FILE.md [--lang xx] [--root DIR]';

export const render: Command = async (argv, io) => {
  const { values, positionals } = parseCommandLine(
    { args: [...argv], allowPositionals: true, options: { lang: { type: 'string' }, root: { type: 'string' } } },
    usage,
  );
  if (positionals.length !== 1) fail(usage);
  const root = projectFolder(values.root, io);
  const result = await renderFile({ root, file: positionals[0] ?? '', lang: values.lang, cwd: io.cwd });
  const report = reporter(errorsAndWarnings(result.files), { quiet: true });
  if (report) println(io.stderr, report);
  if (!result.sections) return 1;
  io.stdout(result.sections.map((section) => `${section.html}\n`).join(''));
  return 0;
};
