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
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorsAndWarnings } from '../src/pipeline/report.ts';
import { reporter } from 'vfile-reporter';
import { renderFile } from '../src/build/render-file.ts';

const usage = 'Usage: npm run render -- FILE.md [--lang xx] [--root DIR]';
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, root: { type: 'string' } } });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(1);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(usage);
  process.exit(1);
}

// npm run moves the working folder to the package; INIT_CWD is where the command was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
const root = values.root === undefined ? path.resolve(import.meta.dirname, '..') : path.resolve(cwd, values.root);
const result = await renderFile({ root, file: positionals[0] ?? '', lang: values.lang, cwd });

const report = reporter(errorsAndWarnings(result.files), { quiet: true });
if (report) console.error(report);
if (!result.sections) process.exit(1);
process.stdout.write(result.sections.map((section) => `${section.html}\n`).join(''));
