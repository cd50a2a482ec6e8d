import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, readProjectFile, UnreadableFileError } from '../../src/content/read-file.ts';

describe('reading a project file', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'embassy-content-read-'));
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('drops a byte order mark and turns CRLF and CR line ends into LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\nb\rc\n')]);
    expect(decodeText(bytes)).toBe('a\nb\nc\n');
  });

  it('refuses text that is not UTF-8, naming the byte, its line and column, and the likely cause', () => {
    // "México" saved as Latin-1, on line 2.
    const bytes = new Uint8Array([...new TextEncoder().encode('title: x\nM'), 0xe9, ...new TextEncoder().encode('xico\n')]);
    const error = (() => {
      try {
        decodeText(bytes);
        return undefined;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).message).toBe('Not valid UTF-8: byte 0xE9 at 2:2. It looks like Latin-1 or Windows-1252 text (0xE9 is “é” there). Save the file with the UTF-8 encoding.');
    expect((error as UnreadableFileError).place).toEqual({ line: 2, column: 2 });
  });

  it('places the bad byte as the normalized text has it: after CR or CRLF line ends, and not counting a BOM', () => {
    const encoder = new TextEncoder();
    expect(() => decodeText(new Uint8Array([...encoder.encode('a\rb\rcd'), 0xe9]))).toThrow('byte 0xE9 at 3:3.');
    expect(() => decodeText(new Uint8Array([...encoder.encode('a\r\nb\r\ncd'), 0xe9]))).toThrow('byte 0xE9 at 3:3.');
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('ab'), 0xe9]))).toThrow('byte 0xE9 at 1:3.');
  });

  it('counts an encoded U+FFFD as text, and a truncated sequence as the error', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a\uFFFDb\n'), 0xe2, 0x82]);
    expect(() => decodeText(bytes)).toThrow('Not valid UTF-8: byte 0xE2 at 2:1.');
  });

  it('refuses a file over the size limit before reading it', async () => {
    await writeFile(path.join(root, 'big.md'), 'x'.repeat(3000));
    await expect(readProjectFile(root, 'big.md', { maxBytes: 2048 })).rejects.toThrow('The file is 3 KiB; the limit is 2 KiB. Split it into several files (a page per topic).');
    expect(String((await readProjectFile(root, 'big.md', { maxBytes: 4096 })).value)).toHaveLength(3000);
  });
});
