/**
 * Writing the output: all of one build or none, two writers take turns, a
 * killed writer's lock is taken over and its leftovers recovered, and
 * nothing is written outside the output folder or over a person's files.
 * Builds killed with SIGKILL: atomic-build.e2e.test.ts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, processStart } from '../../src/build/output-lock.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { recordName } from '../../src/build/output-record.ts';
import { recoverOutput, writeOutput } from '../../src/build/write-output.ts';
import { folderSnapshot as snapshot, scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();

/** The files the build wrote into a folder, without its list of them. */
async function built(dist: string): Promise<Map<string, string>> {
  const files = await snapshot(dist);
  files.delete(recordName);
  return files;
}

const output = (letter: string, count = 300): Map<string, string> =>
  new Map(Array.from({ length: count }, (_, index) => [`part-${index % 7}/file-${index}.txt`, letter.repeat(1000)]));

describe('writing the output', () => {
  it.each(['record', 'compare'] as const)(
    'links the files whose bytes are unchanged from the current output, and writes the others (by %s)',
    async (reuse) => {
      const dist = path.join(await scratch.folder('atomic'), 'dist');
      await writeOutput(
        dist,
        new Map([
          ['same.txt', 'kept'],
          ['sub/changed.txt', 'before'],
        ]),
        { reuse },
      );
      const before = {
        same: (await stat(path.join(dist, 'same.txt'))).ino,
        changed: (await stat(path.join(dist, 'sub/changed.txt'))).ino,
      };
      await writeOutput(
        dist,
        new Map([
          ['same.txt', 'kept'],
          ['sub/changed.txt', 'after'],
          ['new.txt', 'new'],
        ]),
        { reuse },
      );
      expect(await built(dist)).toEqual(
        new Map([
          ['same.txt', 'kept'],
          [path.join('sub', 'changed.txt'), 'after'],
          ['new.txt', 'new'],
        ]),
      );
      expect((await stat(path.join(dist, 'same.txt'))).ino).toBe(before.same);
      expect((await stat(path.join(dist, 'sub/changed.txt'))).ino).not.toBe(before.changed);
      // The previous output's names are gone: the linked file has one name again.
      expect((await stat(path.join(dist, 'same.txt'))).nlink).toBe(1);
    },
  );

  it('writes again a file someone changed after the build wrote it, though the record has its old digest and its size is the same', async () => {
    const dist = path.join(await scratch.folder('atomic'), 'dist');
    const files = new Map([['page.html', '<p>built</p>']]);
    await writeOutput(dist, files);
    // Changed later than the record, as any edit is.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(path.join(dist, 'page.html'), '<p>BUILT</p>');
    await writeOutput(dist, files);
    expect(await built(dist)).toEqual(files);
  });

  it('writes every file again over an output whose record has no digests (an earlier version’s), and records them', async () => {
    const dist = path.join(await scratch.folder('atomic'), 'dist');
    await mkdir(dist, { recursive: true });
    await writeFile(path.join(dist, 'page.html'), '<p>old</p>');
    await writeFile(path.join(dist, recordName), JSON.stringify({ files: ['page.html'] }));
    const before = (await stat(path.join(dist, 'page.html'))).ino;
    await writeOutput(dist, new Map([['page.html', '<p>old</p>']]));
    expect((await stat(path.join(dist, 'page.html'))).ino).not.toBe(before);
    expect(JSON.parse(await readFile(path.join(dist, recordName), 'utf8'))).toMatchObject({
      files: { 'page.html': createHash('sha256').update('<p>old</p>').digest('base64url') },
    });
  });

  it('lets two writers of one folder take turns: the result is all of one, never a mix, with nothing left over', async () => {
    const parent = await scratch.folder('atomic');
    const dist = path.join(parent, 'dist');
    await Promise.all([writeOutput(dist, output('a')), writeOutput(dist, output('b')), writeOutput(dist, output('c'))]);
    const files = await built(dist);
    expect(files.size).toBe(300);
    expect(new Set([...files.values()].map((text) => text[0])).size).toBe(1);
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it("makes a writer that starts while another is writing wait, so that neither touches the other's files", async () => {
    const parent = await scratch.folder('atomic');
    const dist = path.join(parent, 'dist');
    const first = writeOutput(dist, output('a', 3000));
    // Start the second once the first is staging its files.
    while (!(await readdir(parent)).some((name) => name.startsWith('dist.tmp-')))
      await new Promise((resolve) => setTimeout(resolve, 1));
    const second = writeOutput(dist, output('b', 10));
    await Promise.all([first, second]);
    // The second waited, so it wrote last, and whole.
    expect(await built(dist)).toEqual(output('b', 10));
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('keeps a file someone writes into the output while a build replaces it', async () => {
    const parent = await scratch.folder('atomic');
    const dist = path.join(parent, 'dist');
    await writeOutput(dist, output('a', 10));
    const writing = writeOutput(dist, output('b', 3000));
    // Once the build is staging its files, it has listed the current output: this file comes after.
    while (!(await readdir(parent)).some((name) => name.startsWith('dist.tmp-')))
      await new Promise((resolve) => setTimeout(resolve, 1));
    await writeFile(path.join(dist, 'late.txt'), 'mine');
    await writing;
    expect(await readFile(path.join(dist, 'late.txt'), 'utf8')).toBe('mine');
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('takes over the lock of a build that was killed, and waits for, then names, one that is running', async () => {
    const parent = await scratch.folder('atomic');
    const dist = path.join(parent, 'dist');
    // A build that was killed: no process has its pid (above the highest pid Linux or macOS gives out).
    const deadPid = 2 ** 22 + 1;
    expect(() => process.kill(deadPid, 0)).toThrow();
    const stale = JSON.stringify({
      pid: deadPid,
      host: hostname(),
      since: '2026-01-01T00:00:00Z',
      token: 'dead0000dead0000',
    });
    await writeFile(`${dist}.lock`, stale);
    await writeOutput(dist, output('a', 3));
    expect(await readdir(parent)).toEqual(['dist']);

    // Several builds waiting on that stale lock at once: one takes it over, the others wait their turn.
    for (let trial = 0; trial < 20; trial += 1) {
      await writeFile(`${dist}.lock`, stale);
      let holding = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          const release = await acquireLock(`${dist}.lock`, { timeout: 10_000 });
          holding += 1;
          most = Math.max(most, holding);
          await new Promise((resolve) => setTimeout(resolve, 5));
          holding -= 1;
          await release();
        }),
      );
      expect(most).toBe(1);
    }

    const release = await acquireLock(`${dist}.lock`);
    const waited: unknown[] = [];
    await expect(
      writeOutput(dist, output('b', 3), { lock: { timeout: 300, onWait: (holder) => waited.push(holder) } }),
    ).rejects.toThrow(`${dist}.lock is held by build process ${process.pid} on`);
    expect(waited).toEqual([expect.objectContaining({ pid: process.pid })]);
    await release();
    expect([...(await built(dist)).values()][0]).toBe('a'.repeat(1000));
  });

  it('takes an empty or unreadable lock over at once: a build links its lock into place whole, so no build wrote it', async () => {
    const parent = await scratch.folder('atomic');
    const lock = path.join(parent, 'dist.lock');
    for (const text of ['', '{"pid":', 'not a lock']) {
      await writeFile(lock, text);
      const waited: unknown[] = [];
      const release = await acquireLock(lock, { timeout: 5_000, onWait: (holder) => waited.push(holder) });
      expect(waited).toEqual([]);
      expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
      await release();
    }
    expect(await readdir(parent)).toEqual([]);
  });

  it.runIf(process.platform === 'linux')(
    'takes over at once a lock whose pid now belongs to another process, which started at another time',
    async () => {
      const parent = await scratch.folder('atomic');
      const lock = path.join(parent, 'dist.lock');
      // A live process that is no build: the pid a killed build's lock names, given out again.
      const other = spawn('sleep', ['30'], { stdio: 'ignore' });
      try {
        const pid = other.pid ?? 0;
        expect(processStart(pid)).toBeDefined();
        const holder = { pid, host: hostname(), since: '2026-01-01T00:00:00Z', token: 'feed0000feed0000' };
        await writeFile(lock, JSON.stringify({ ...holder, started: '1' }));
        const waited: unknown[] = [];
        const release = await acquireLock(lock, { timeout: 5_000, onWait: (found) => waited.push(found) });
        expect(waited).toEqual([]);
        await release();

        // The same pid, with the start it has: that process holds the lock, and the build waits, then names it.
        await writeFile(lock, JSON.stringify({ ...holder, started: processStart(pid) }));
        await expect(acquireLock(lock, { timeout: 200 })).rejects.toThrow(`is held by build process ${pid}`);
      } finally {
        other.kill();
      }
    },
  );

  it('puts back the previous output that a build killed between its two renames left aside, and removes half-written folders', async () => {
    const parent = await scratch.folder('atomic');
    const dist = path.join(parent, 'dist');
    // Builds that are gone: no process has these pids (above the highest Linux or macOS gives out), whatever else runs.
    const [first, second, third] = [1, 2, 3].map((offset) => 2 ** 22 + offset);
    await mkdir(path.join(parent, `dist.old-${first}-abcd`), { recursive: true });
    await writeFile(path.join(parent, `dist.old-${first}-abcd/manifest.json`), '{"previous":true}\n');
    await mkdir(path.join(parent, `dist.tmp-${second}-ef01/fragments`), { recursive: true });
    // A lock written whole, not yet linked into place, by a build killed then.
    await writeFile(path.join(parent, `dist.lock-${third}-0123abcd`), '{}');
    await recoverOutput(dist);
    expect(await readdir(parent)).toEqual(['dist']);
    expect(await readFile(path.join(dist, 'manifest.json'), 'utf8')).toBe('{"previous":true}\n');
  });
});

/** A small file system of its own (tmpfs), where this machine lets the tests mount one (Linux, as root). */
async function smallDisk(folder: string): Promise<(() => void) | undefined> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  await mkdir(folder, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', folder], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return () => execFileSync('umount', [folder], { stdio: 'ignore' });
}

describe('a full disk', () => {
  it('stops the write with the file it could not write and what to do, leaving the previous output as it was', async (context) => {
    const disk = path.join(await scratch.folder('atomic'), 'disk');
    const unmount = await smallDisk(disk);
    if (!unmount) return context.skip();
    try {
      const dist = path.join(disk, 'dist');
      await writeOutput(dist, new Map([['small.txt', 'before']]));
      const large = new Map(Array.from({ length: 40 }, (_, index) => [`part/file-${index}.txt`, 'x'.repeat(10_000)]));
      await expect(writeOutput(dist, large)).rejects.toThrow(
        new RegExp(
          `^Could not write part/file-\\d+\\.txt of ${dist} \\(ENOSPC\\)\\. The disk is full: free some space, then build again\\. The previous output is as it was\\.$`,
        ),
      );
      expect(await built(dist)).toEqual(new Map([['small.txt', 'before']]));
      expect(await readdir(disk)).toEqual(['dist']);
    } finally {
      unmount();
    }
  });
});

describe('where the output may go', () => {
  it('writes nothing outside the output folder, whatever a file name says, and leaves no staging folder', async () => {
    const parent = await scratch.folder('atomic');
    const dist = path.join(parent, 'dist');
    await expect(
      writeOutput(
        dist,
        new Map([
          ['a.txt', 'a'],
          ['../escaped.txt', 'x'],
        ]),
      ),
    ).rejects.toThrow('Refusing to write ../escaped.txt: it is outside the output folder.');
    expect(await readdir(parent)).toEqual([]);
  });

  it('refuses the project folder, a folder holding it, a folder in its sources, and a folder of other files', async () => {
    const root = await scratch.project();
    await writeFile(path.join(root, 'NOTES.txt'), 'mine');
    for (const [outDir, expected] of [
      [root, 'is the project folder or holds it'],
      [path.dirname(root), 'is the project folder or holds it'],
      [path.join(root, 'content'), 'is inside content/'],
      [path.join(root, 'locales/es'), 'is inside locales/'],
    ] as const) {
      const result = await buildSite({ root, outDir, browserChecks: false });
      expect(result.ok).toBe(false);
      expect(result.files.flatMap((file) => file.messages.map((message) => message.reason))).toEqual([
        expect.stringContaining(expected),
      ]);
    }
    expect(await readFile(path.join(root, 'NOTES.txt'), 'utf8')).toBe('mine');
    expect((await readdir(path.join(root, 'content'))).sort()).toEqual([
      'CHANGELOG.md',
      'en',
      'es',
      'glossary.yaml',
      'site.yaml',
      'words.txt',
    ]);
    const other = path.join(root, 'docs');
    await mkdir(other);
    await writeFile(path.join(other, 'plan.md'), 'mine');
    const result = await buildSite({ root, outDir: other, browserChecks: false });
    expect(result.files.flatMap((file) => file.messages.map((message) => message.reason))).toEqual([
      expect.stringContaining('is not empty and has no manifest.json'),
    ]);
    expect(await readFile(path.join(other, 'plan.md'), 'utf8')).toBe('mine');
  });
});
