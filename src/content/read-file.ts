/**
 * Reading a project file into a VFile whose path is relative to the project
 * root, as messages print it. The text is checked and normalized first, so
 * that every later step sees one form:
 * - larger than `maxFileBytes`: refused before it is read (bounded time and memory);
 * - not valid UTF-8: refused, naming the line and column of the first bad byte
 *   (a file saved as Latin-1 would otherwise show "M�xico" on the site);
 * - a byte order mark is dropped, and CRLF or CR line ends become LF (as
 *   Windows editors save them), so hashes and output do not depend on the editor.
 */
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import { reportError } from './report.ts';

/**
 * The largest file the build reads: 1 MiB, about a hundred times a long page.
 * The pipeline takes about 3 s per MiB of Markdown; a larger page belongs in
 * several files.
 */
export const maxFileBytes = 1024 * 1024;

/** A file the build cannot use as it is; `place` is where the problem is, when known. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  readonly place: Point | undefined;
  constructor(reason: string, place?: Point) {
    super(reason);
    this.place = place;
  }
}

export interface ReadOptions {
  /** Size limit in bytes (default: `maxFileBytes`). */
  readonly maxBytes?: number;
  /** Texts read before (the live preview's): a file whose identity, size and times are unchanged is not read again. */
  readonly remembered?: RememberedTexts | undefined;
}

/** Where texts read are kept, by a key naming the file as it was (content-cache.ts `recall`). */
export interface RememberedTexts {
  recall(kind: 'text', key: string, make: () => string): string;
}

/**
 * How long a file's times must be in the past for its text to be kept: a
 * file changed within the file system's clock tick after it was read could
 * keep its times and size (git's "racily clean" entries), so a text read so
 * soon after a change is read again next time.
 */
const settledMilliseconds = 100;

/** A key that changes when the file is replaced, resized or written; undefined while a write could still hide in its times. */
function fileIdentity(absolute: string, stats: BigIntStats): string | undefined {
  const changed = Number((stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs) / 1_000_000n);
  if (Date.now() - changed < settledMilliseconds) return undefined;
  return [absolute, stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join('\0');
}

/**
 * Read a file of the project. Throws an `UnreadableFileError` whose message
 * names the fix for a file that is too large or not UTF-8, and the
 * file system's error for one that cannot be read (`code` ENOENT when it
 * does not exist).
 */
export async function readProjectFile(root: string, relativePath: string, options: ReadOptions = {}): Promise<VFile> {
  // Read synchronously: a project's files are many and small, and awaiting each read costs four times as much (the README's "Live preview").
  const absolute = path.resolve(root, relativePath);
  const limit = options.maxBytes ?? maxFileBytes;
  const stats = statSync(absolute, { bigint: true });
  if (stats.size > BigInt(limit)) {
    throw new UnreadableFileError(`The file is ${formatBytes(Number(stats.size))}; the limit is ${formatBytes(limit)}. Split it into several files (a page per topic).`, { line: 1, column: 1 });
  }
  const read = (): string => decodeText(readFileSync(absolute));
  const { remembered } = options;
  const identity = remembered ? fileIdentity(absolute, stats) : undefined;
  const value = remembered && identity ? remembered.recall('text', identity, read) : read();
  return new VFile({ cwd: root, path: relativePath, value });
}

/** UTF-8 bytes to normalized text (no BOM, LF line ends), or an `UnreadableFileError`. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const { offset, place } = firstInvalidByte(bytes);
    const byte = bytes[offset] ?? 0;
    // A lone byte from 0xA0 to 0xFF is a Latin-1 or Windows-1252 letter (é is 0xE9): the usual cause.
    const hint = byte >= 0xa0 ? ` It looks like Latin-1 or Windows-1252 text (0x${hex(byte)} is “${String.fromCharCode(byte)}” there).` : '';
    throw new UnreadableFileError(`Not valid UTF-8: byte 0x${hex(byte)} at ${place.line}:${place.column}.${hint} Save the file with the UTF-8 encoding.`, place);
  }
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Where the first invalid sequence starts: decoding with replacement gives
 * U+FFFD there, while an encoded U+FFFD in the file is the bytes EF BF BD.
 */
function firstInvalidByte(bytes: Uint8Array): { offset: number; place: Point } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let line = 1;
  let column = 1;
  let previous = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
    offset += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    // Lines and columns as the normalized text has them: CRLF and CR end a line, and a leading BOM is dropped.
    if (character === '\n' && previous === '\r') {
      // The second half of a CRLF: the line was counted at the CR.
    } else if (character === '\n' || character === '\r') {
      line += 1;
      column = 1;
    } else if (!(offset === 3 && codePoint === 0xfeff)) {
      column += 1;
    }
    previous = character;
  }
  return { offset, place: { line, column } };
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** A file that could not be read, as one error on it: missing, too large, not UTF-8, unreadable. */
export function reportUnreadable(file: VFile, error: unknown): void {
  if (error instanceof UnreadableFileError) {
    reportError(file, error.message, error.place, 'read');
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    reportError(file, 'File not found.', undefined, 'read');
  } else {
    reportError(file, `Cannot read the file: ${error instanceof Error ? error.message : String(error)}.`, undefined, 'read');
  }
}

/**
 * Read a file into `files`, as the build and `npm run render` do: a file
 * that cannot be read is added too, with its one error, and gives undefined.
 */
export async function readInto(
  files: VFile[],
  base: string,
  relativePath: string,
  options: ReadOptions = {},
): Promise<VFile | undefined> {
  try {
    const file = await readProjectFile(base, relativePath, options);
    files.push(file);
    return file;
  } catch (error) {
    const file = new VFile({ cwd: base, path: relativePath });
    reportUnreadable(file, error);
    files.push(file);
    return undefined;
  }
}
