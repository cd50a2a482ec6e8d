/**
 * Where `npm run translations` writes what translators take away: a folder
 * of its own in the project, git-ignored, that no build touches. The build's
 * output folder (dist/) is the build's: earlier versions exported into it,
 * and the next build removed the exports.
 */

/** The translators' folder, relative to the project. */
export const translationFilesFolder = 'translation-files';

/** `translations export`'s default: `<folder>/<version>/<lang>/<id>.xlf`. */
export const defaultXliffFolder = `${translationFilesFolder}/xliff`;

/** `translations review`'s default. */
export const defaultReviewPage = `${translationFilesFolder}/review.html`;

/** Where earlier versions exported, in the output folder; the build never writes there. */
const earlierXliffFolder = 'xliff/';

/** Where earlier versions wrote `translations review`'s page, in the output folder; the build writes its own there. */
const earlierReviewPage = 'reports/review.html';

/** Whether a file of the output folder is where earlier versions of `translations export` wrote. */
export function isEarlierExport(outputPath: string): boolean {
  return outputPath.startsWith(earlierXliffFolder);
}

/**
 * Where a file that earlier versions of these commands wrote into the output
 * folder goes now, relative to the project, with the command that writes
 * there; undefined for any other file.
 */
export function translationFileHome(
  outputPath: string,
): { readonly path: string; readonly command: string } | undefined {
  if (isEarlierExport(outputPath))
    return { path: `${defaultXliffFolder}/${outputPath.slice(earlierXliffFolder.length)}`, command: 'export' };
  if (outputPath === earlierReviewPage) return { path: defaultReviewPage, command: 'review' };
  return undefined;
}
