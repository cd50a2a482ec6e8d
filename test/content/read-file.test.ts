import { mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeText,
  readProjectFile,
  UnreadableFileError,
  type RememberedTexts,
} from '../../src/content/read-file.ts';

/** Texts kept in a map, counting what was asked and what was read. */
function countingMemory(): RememberedTexts & { asked: number; read: number } {
  const texts = new Map<string, string>();
  return {
    asked: 0,
    read: 0,
    recall(_kind, key, make) {
      this.asked += 1;
      if (!texts.has(key)) {
        this.read += 1;
        texts.set(key, make());
      }
      return texts.get(key) ?? '';
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

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

  describe('with texts remembered (the live preview)', () => {
    it('does not read again a file unchanged since it was read', async () => {
      await writeFile(path.join(root, 'kept.md'), 'one\r\n');
      await settle();
      const memory = countingMemory();
      for (let time = 0; time < 3; time++) {
        expect(String((await readProjectFile(root, 'kept.md', { remembered: memory })).value)).toBe('one\n');
      }
      expect(memory).toMatchObject({ asked: 3, read: 1 });
    });

    it('reads again a file written since, even to the same size and modification time', async () => {
      const file = path.join(root, 'rewritten.md');
      // A whole second, which utimes sets exactly (to the nanosecond), as a file system with coarse times would have it.
      const time = new Date('2026-01-01T00:00:00Z');
      await writeFile(file, 'aaaa');
      await utimes(file, time, time);
      await settle();
      const memory = countingMemory();
      expect(String((await readProjectFile(root, 'rewritten.md', { remembered: memory })).value)).toBe('aaaa');
      await writeFile(file, 'bbbb');
      await utimes(file, time, time);
      expect((await stat(file, { bigint: true })).mtimeNs).toBe(BigInt(time.getTime()) * 1_000_000n);
      expect(String((await readProjectFile(root, 'rewritten.md', { remembered: memory })).value)).toBe('bbbb');
      await settle();
      expect(String((await readProjectFile(root, 'rewritten.md', { remembered: memory })).value)).toBe('bbbb');
    });

    it('keeps nothing of a file changed a moment ago: a write in the same clock tick could keep its times', async () => {
      await writeFile(path.join(root, 'fresh.md'), 'new');
      const memory = countingMemory();
      expect(String((await readProjectFile(root, 'fresh.md', { remembered: memory })).value)).toBe('new');
      expect(memory.asked).toBe(0);
    });
  });
});
