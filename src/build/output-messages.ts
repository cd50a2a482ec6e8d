/**
 * What the build says about files in its output folder that it did not
 * write: an error on one in its way (nothing is written), a warning on a
 * translator's file that it kept where translator files no longer go.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { reportError, reportWarning } from '../content/report.ts';
import { translationFilesFolder, translationFileHome } from '../translation/translation-files.ts';
import type { Conflict } from './kept-files.ts';

interface Where {
  /** The project folder. */
  readonly root: string;
  readonly outDir: string;
}

/** A message's file: one in the output folder, by its path from the project. */
function outputFile(where: Where, file: string): VFile {
  return new VFile({ cwd: where.root, path: path.relative(where.root, path.join(path.resolve(where.outDir), file)) });
}

/** The output folder as the messages name it. */
function shownFolder(where: Where): string {
  return `${path.relative(where.root, path.resolve(where.outDir)) || '.'}/`;
}

export function conflictMessages(where: Where, conflicts: readonly Conflict[]): VFile[] {
  return conflicts.map((conflict) => {
    const file = outputFile(where, conflict.file);
    const home = translationFileHome(conflict.file);
    const reason =
      conflict.builds !== conflict.file
        ? `The build writes ${shownFolder(where)}${conflict.builds}, and this file, which the last build did not write, is in its way. Move it out of ${shownFolder(where)}, or delete it, then build again.`
        : home
          ? `The build writes this file, and the last build did not write the one here: the build would overwrite it. If \`npm run translations -- ${home.command}\` wrote it, move it to ${home.path}, where that command writes now; else move it out of ${shownFolder(where)}, or delete it. Then build again.`
          : `The build writes this file, and the last build did not write the one here (it is someone's own, or another command's): the build would overwrite it. Move it out of ${shownFolder(where)} (translators' files go in ${translationFilesFolder}/), or delete it, then build again.`;
    reportError(file, reason, undefined, 'output');
    return file;
  });
}

/** Warnings on the kept files that belong in the translators' folder. */
export function keptMessages(where: Where, kept: readonly string[]): VFile[] {
  return kept.flatMap((keptFile) => {
    const home = translationFileHome(keptFile);
    if (!home) return [];
    const file = outputFile(where, keptFile);
    reportWarning(
      file,
      `Translation files no longer go in ${shownFolder(where)}: the build kept this one, as it keeps every file it did not write. Move it to ${home.path}, where \`npm run translations -- ${home.command}\` writes now.`,
      undefined,
      'output',
    );
    return [file];
  });
}
