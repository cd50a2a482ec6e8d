/**
 * `embassy-content <command>` (bin/embassy-content.js): the package's
 * commands on a site's folder, the current one unless `--root` names another.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCommand } from './build.ts';
import { devCommand } from './dev.ts';
import { init } from './init.ts';
import { fail, processIo, projectFolder, runCommand, type Command } from './io.ts';
import { render } from './render.ts';
import { serve } from './serve.ts';
import { translations } from './translations/index.ts';

const usage = `Usage: embassy-content <command> [options]
  init [FOLDER]              write a new bilingual site (English and Spanish) in FOLDER (default: here)
  build [options]            content/ and locales/ → dist/: the site, its package and the reports
  start [options]            build, then serve dist/ on http://localhost:4173 (PORT and HOST change it)
  dev                        the live preview: serve the site, and show each save and its problems in the open pages
  translations <command>     status, check, review, export, import, rehash (embassy-content translations --help)
  render FILE.md [--lang xx] one file's fragments, as the build renders them
Every command works on the site in the current folder, or in --root DIR.`;

/** Build, then serve the output until Ctrl+C (or `until`). */
export const startCommand =
  (until?: Promise<void>): Command =>
  async (argv, io) => {
    // --editor is start's own; the rest are the build's.
    const editor = argv.includes('--editor');
    const buildArgs = argv.filter((arg) => arg !== '--editor');
    await buildCommand()(buildArgs, io);
    // The build has checked the options; only where it wrote is needed here.
    const { values } = parseArgs({
      args: buildArgs,
      options: { root: { type: 'string' }, out: { type: 'string', default: 'dist' } },
      strict: false,
    });
    const out = typeof values.out === 'string' ? values.out : 'dist';
    const root = projectFolder(typeof values.root === 'string' ? values.root : undefined, io);
    return serve(path.resolve(root, out), io, { ...(until ? { until } : {}), ...(editor ? { editor: { root } } : {}) });
  };

const commands: ReadonlyMap<string, Command> = new Map([
  ['init', init],
  ['build', buildCommand()],
  ['start', startCommand()],
  ['dev', devCommand()],
  ['translations', translations],
  ['render', render],
]);

export const main: Command = async ([name, ...argv], io) => {
  const command = name === undefined ? undefined : commands.get(name);
  if (!command) return fail(name === undefined || name === '--help' ? usage : `Unknown command \`${name}\`.\n${usage}`);
  return command(argv, io);
};

/**
 * The bin's whole body: the command on the process's arguments, on the
 * folder it runs in (npx keeps the folder it was typed in; a package.json
 * script runs in the site's own folder).
 */
export async function runMain(argv: readonly string[]): Promise<void> {
  const cwd = process.cwd();
  process.exitCode = await runCommand(main, argv, { ...processIo(), cwd, defaultRoot: cwd });
}
