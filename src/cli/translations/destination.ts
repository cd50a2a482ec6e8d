/**
 * Where a translations command may write: anywhere but over the build's own
 * files in dist/, which the next build replaces (or, finding a file there
 * that it did not write, refuses to build over).
 */
import path from 'node:path';
import { reviewPath } from '../../build/build-site.ts';
import { readRecord, recordName } from '../../build/output-record.ts';
import { fail } from '../io.ts';
import { shown, type TranslationsContext } from './context.ts';

/** The build's output folder, as `npm run build` writes it by default. */
const buildOutput = 'dist';

/** Files every build writes, whatever its record says (there is none before the first build). */
const alwaysBuilt = new Set([reviewPath, recordName, 'manifest.json']);

/** Stop, naming `instead`, if any of `files` is one the build writes. */
export async function refuseBuildFiles(
  context: TranslationsContext,
  files: readonly string[],
  instead: string,
): Promise<void> {
  const outDir = path.join(context.root, buildOutput);
  // A record that cannot be read names no file: the build says what is wrong with it.
  const record = await readRecord(outDir).catch(() => undefined);
  for (const file of files) {
    const relative = path.relative(outDir, file).split(path.sep).join('/');
    if (relative.startsWith('../') || path.isAbsolute(relative)) continue;
    if (alwaysBuilt.has(relative) || record?.files.has(relative))
      fail(
        `${shown(context, file)} is the build's: \`npm run build\` writes it. Write to another place, such as ${instead} (the default).`,
      );
  }
}
