/**
 * A build killed with SIGKILL while it writes leaves the previous output
 * whole, and the next build completes and cleans up; two build processes
 * into one folder take turns.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFile, folderSnapshot as snapshot, projectRoot, scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();

describe('a build killed with SIGKILL while writing', () => {
  const script = path.join(projectRoot, 'scripts/build.ts');

  /** Start a build of `root` into `out`; resolves with its exit code or signal. */
  function build(root: string, out: string, onStaging?: (child: ReturnType<typeof spawn>) => void) {
    const child = spawn(process.execPath, [script, '--root', root, '--out', out, '--skip-browser-checks'], {
      stdio: 'ignore',
    });
    const watcher = onStaging
      ? watch(path.dirname(out), (_event, name) => {
          if (String(name).startsWith(`${path.basename(out)}.tmp-`)) onStaging(child);
        })
      : undefined;
    return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.once('exit', (code, signal) => {
        watcher?.close();
        resolve({ code, signal });
      });
    });
  }

  it('leaves the previous dist/ intact, and the next build completes and cleans up', async () => {
    const root = await scratch.project();
    const out = path.join(root, 'dist');
    expect((await build(root, out)).code).toBe(0);
    const before = await snapshot(out);
    await editFile(root, 'content/en/mexico.md', (text) => text.replace('title: Mexico', 'title: Mexico and the INL'));

    // Kill the moment the staging folder appears, while files are still being written; retry if the build was quicker.
    let killedMidway = false;
    for (let attempt = 0; attempt < 5 && !killedMidway; attempt += 1) {
      const result = await build(root, out, (child) => child.kill('SIGKILL'));
      const leftovers = (await readdir(root)).filter((name) => name.startsWith('dist.tmp-'));
      if (result.signal === 'SIGKILL' && leftovers.length > 0) {
        killedMidway = true;
        expect(await snapshot(out)).toEqual(before);
      } else {
        // The build finished first: start again from the previous output.
        await rm(out, { recursive: true, force: true });
        await editFile(root, 'content/en/mexico.md', (text) =>
          text.replace('title: Mexico and the INL', 'title: Mexico'),
        );
        expect((await build(root, out)).code).toBe(0);
        await editFile(root, 'content/en/mexico.md', (text) =>
          text.replace('title: Mexico', 'title: Mexico and the INL'),
        );
      }
    }
    expect(killedMidway).toBe(true);

    expect((await build(root, out)).code).toBe(0);
    const after = await snapshot(out);
    expect(after.get('locales/en/mexico.json')).toContain('"title": "Mexico and the INL"');
    expect((await readdir(root)).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });

  it('two builds started at once into one folder each complete; dist/ is one of them whole', async () => {
    const first = await scratch.project();
    const second = await scratch.project();
    await editFile(second, 'content/en/mexico.md', (text) =>
      text.replace('title: Mexico', 'title: Mexico (second build)'),
    );
    const parent = await scratch.folder('atomic');
    const out = path.join(parent, 'dist');
    const [a, b] = await Promise.all([build(first, out), build(second, out)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const result = await snapshot(out);
    const title = (JSON.parse(result.get('locales/en/mexico.json') ?? '{}') as { title?: string }).title;
    expect(['Mexico', 'Mexico (second build)']).toContain(title);
    // Whole: the manifest and the site page agree with the bundle.
    expect(result.get('en/mexico/index.html')).toContain(`<h1 data-title="mexico">${title}</h1>`);
    expect(await readdir(parent)).toEqual(['dist']);
  });
});
