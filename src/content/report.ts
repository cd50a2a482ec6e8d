/**
 * Problems found in content are vfile messages: they carry the file, the
 * line:column of the source, a rule id and a fix, and vfile-reporter prints
 * them. A fatal message is an error (the build fails); others are warnings.
 */
import type { Node, Point, Position } from 'unist';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** The `source` of every message this package reports. */
export const messageSource = 'embassy-content';

export type Place = Node | Point | Position | null | undefined;

/** The point or span of a place: a node's position, or the point or span itself. */
export function placeOf(place: Place): Point | Position | undefined {
  if (!place) return undefined;
  if ('line' in place) return place;
  if ('start' in place && 'end' in place) return place;
  return place.position;
}

/** Report an error: the build fails, but processing goes on so every error is seen at once. */
export function reportError(file: VFile, reason: string, place: Place, ruleId: string): VFileMessage {
  const message = file.message(reason, { place: placeOf(place), ruleId, source: messageSource });
  message.fatal = true;
  return message;
}

/** Report a warning: shown to the author, the build goes on. */
export function reportWarning(file: VFile, reason: string, place: Place, ruleId: string): VFileMessage {
  return file.message(reason, { place: placeOf(place), ruleId, source: messageSource });
}

/** Whether any message on these files is an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

/**
 * Copies of the files with their errors and warnings only, for the console:
 * the notes (reading level, long sentences) belong to the accessibility report.
 */
export function errorsAndWarnings(files: readonly VFile[]): VFile[] {
  return files.map((file) => {
    const copy = new VFile({ path: file.path, cwd: file.cwd });
    copy.messages = file.messages.filter((message) => message.fatal !== undefined);
    return copy;
  });
}
