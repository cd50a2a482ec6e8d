/**
 * The incremental and parallel build: a result from the cache or from a
 * worker is the result of rendering in this thread, byte for byte; a change
 * to anything a page's rendering reads (its text, a glossary term it checks,
 * a setting of a rule) renders it again, and nothing else does.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherLanguageDetector } from '../../src/text-analysis/other-language.ts';
import { writeCorpus } from '../../src/bench/synthetic-corpus.ts';
import { buildSite, compileSite, type CompileOptions, type CompileResult } from '../../src/build/build-site.ts';
import { ContentCache } from '../../src/cache/content-cache.ts';
import { createRenderPool } from '../../src/build/render-pages.ts';
import type { RenderTask } from '../../src/build/render-task.ts';
import { readSiteConfig } from '../../src/content/site-config.ts';
import { VFile } from 'vfile';
import { editFile, projectRoot, scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();

/** Everything a build hands on: its output, and every message on every file. */
function outcome(result: CompileResult): { output: [string, string | Uint8Array][]; messages: string[] } {
  return {
    output: [...(result.output ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : 1)),
    messages: result.files.flatMap((file) =>
      file.messages.map(
        (message) =>
          `${file.path}:${message.line ?? 0}:${message.column ?? 0} ${String(message.fatal)} ${message.ruleId ?? ''} ${message.source ?? ''} ${message.reason}`,
      ),
    ),
  };
}

/** The project's English Mexico page as a render task. */
async function mexicoTask(): Promise<RenderTask> {
  const config = readSiteConfig(
    new VFile({
      path: 'content/site.yaml',
      value: await readFile(path.join(projectRoot, 'content/site.yaml'), 'utf8'),
    }),
  );
  if (!config) throw new Error('site.yaml did not read');
  const value = await readFile(path.join(projectRoot, 'content/en/mexico.md'), 'utf8');
  return { path: 'content/en/mexico.md', value, config, glossary: [], page: 'mexico', lang: 'en' };
}

const compile = (root: string, options: CompileOptions = {}): Promise<CompileResult> => compileSite(root, options);

describe('the content cache', () => {
  it('gives the same output and messages as rendering, cold and warm, and reuses every page when nothing changed', async () => {
    const root = await scratch.project();
    const cache = new ContentCache(await scratch.folder('cache'));
    const uncached = outcome(await compile(root));
    expect(uncached.output.length).toBeGreaterThan(10);
    expect(outcome(await compile(root, { cache }))).toEqual(uncached);
    expect(cache.stats.page).toEqual({ hits: 0, misses: 2, writes: 2 });
    expect(outcome(await compile(root, { cache }))).toEqual(uncached);
    expect(cache.stats.page).toEqual({ hits: 2, misses: 2, writes: 2 });
  });

  it('renders again the page a glossary term affects, and only it; a translator’s note changes nothing', async () => {
    const root = await scratch.project();
    const cache = new ContentCache(await scratch.folder('cache'));
    await compile(root, { cache });
    // The Spanish name of INL, which the acronym rule asks for at its first use in Spanish, changes.
    await editFile(root, 'content/glossary.yaml', (text) =>
      text.replace(
        '    es: Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley\n',
        '    es: Oficina Internacional de Asuntos Antinarcóticos\n',
      ),
    );
    const before = { ...cache.stats.page };
    const changed = outcome(await compile(root, { cache }));
    expect(cache.stats.page.misses - before.misses).toBe(1);
    expect(cache.stats.page.hits - before.hits).toBe(1);
    expect(changed).toEqual(outcome(await compile(root)));
    expect(
      changed.messages.some(
        (message) =>
          message.startsWith('content/es/mexico.md') &&
          message.includes('acronym-expansion') &&
          message.includes('Oficina Internacional de Asuntos Antinarcóticos'),
      ),
    ).toBe(true);

    await editFile(root, 'content/glossary.yaml', (text) =>
      text.replace(
        'Official Spanish name used by the State Department.',
        'The Spanish name the State Department uses.',
      ),
    );
    const again = { ...cache.stats.page };
    await compile(root, { cache });
    expect(cache.stats.page.hits - again.hits).toBe(2);
    expect(cache.stats.page.misses - again.misses).toBe(0);
  });

  it('renders every page again when a rule’s option changes, with that option’s result', async () => {
    const root = await scratch.project();
    const cache = new ContentCache(await scratch.folder('cache'));
    const longSentences = (result: ReturnType<typeof outcome>): number =>
      result.messages.filter((message) => message.includes(' long-sentence ')).length;
    const before = longSentences(outcome(await compile(root, { cache })));
    await editFile(root, 'content/site.yaml', (text) => `${text}\naccessibility:\n  maxSentenceWords: 45\n`);
    const misses = cache.stats.page.misses;
    const after = outcome(await compile(root, { cache }));
    expect(cache.stats.page.misses - misses).toBe(2);
    expect(longSentences(after)).toBeLessThan(before);
    expect(after).toEqual(outcome(await compile(root)));
  });

  it('treats an unreadable entry as absent and replaces it; deleting the cache only costs time', async () => {
    const root = await scratch.project();
    const cacheFolder = await scratch.folder('cache');
    const cache = new ContentCache(cacheFolder);
    const first = outcome(await compile(root, { cache }));
    const entries = (await readdir(cacheFolder, { recursive: true })).filter(
      (name) => name.startsWith(`page${path.sep}`) && name.endsWith('.json'),
    );
    expect(entries).toHaveLength(2);
    // One entry cut short, one valid JSON of another shape.
    await writeFile(path.join(cacheFolder, entries[0] ?? ''), '{"messages": [trunc', 'utf8');
    await writeFile(path.join(cacheFolder, entries[1] ?? ''), '{}', 'utf8');
    const damaged = new ContentCache(cacheFolder);
    expect(outcome(await compile(root, { cache: damaged }))).toEqual(first);
    expect(damaged.stats.page).toEqual({ hits: 0, misses: 2, writes: 2 });
    await rm(cacheFolder, { recursive: true });
    expect(outcome(await compile(root, { cache: new ContentCache(cacheFolder) }))).toEqual(first);
  });
});

describe('the worker pool', () => {
  it('builds a site byte-identical to the one-thread build, messages included', async () => {
    const root = await scratch.folder('corpus');
    await writeCorpus({ from: projectRoot, to: root, pages: 6 });
    // A seeded problem, so that messages with positions travel back from the workers too.
    await editFile(root, 'content/es/page-2.md', (text) => text.replace('## Desafíos {#challenges}', '## Desafíos'));
    const one = outcome(await compile(root, { workers: 1 }));
    expect(one.messages.some((message) => message.startsWith('content/es/page-2.md') && message.includes('true'))).toBe(
      true,
    );
    expect(outcome(await compile(root, { workers: 2 }))).toEqual(one);
  });

  it('stops a page that runs past the time limit, terminating its worker, and reports it', async () => {
    const task = await mexicoTask();
    const pool = createRenderPool();
    try {
      // 1 ms: shorter than any render, so each task is stopped while it runs.
      const outcomes = await pool.run([task, { ...task, path: 'content/en/other.md', page: 'other' }], {
        workers: 2,
        timeout: 1,
        detector: otherLanguageDetector,
      });
      expect(outcomes.map((outcome) => outcome.kind)).toEqual(['timeout', 'timeout']);
      // The pool goes on with fresh workers.
      const [rendered] = await pool.run([task, { ...task, path: 'content/en/other.md', page: 'other' }], {
        workers: 2,
        detector: otherLanguageDetector,
      });
      expect(rendered?.kind).toBe('rendered');
    } finally {
      await pool.close();
    }
  });
});

describe('the time limit', () => {
  it('counts a page’s own time, not its wait in the queue: a page is handed to a worker only when one is free', async () => {
    const task = await mexicoTask();
    const tasks = Array.from({ length: 40 }, (_, index) => ({
      ...task,
      path: `content/en/p${index}.md`,
      page: `p${index}`,
    }));
    const pool = createRenderPool();
    try {
      // A page's limit starts when it is handed to the pool: none may wait in the pool's queue behind others with its
      // limit running (a queue of 4,000 pages once timed most of them out).
      const outcomes = await pool.run(tasks, { workers: 2, timeout: 60_000, detector: otherLanguageDetector });
      expect(outcomes.filter((outcome) => outcome.kind !== 'rendered')).toEqual([]);
      expect(pool.peakQueued).toBe(0);
    } finally {
      await pool.close();
    }
  });
});

describe('shards', () => {
  it('build their pages into the cache, and --merge assembles the site the unsharded build makes', async () => {
    const root = await scratch.folder('corpus');
    await writeCorpus({ from: projectRoot, to: root, pages: 8 });
    const cache = await scratch.folder('cache');
    const whole = outcome(await compile(root));
    const shards = [];
    for (const index of [1, 2, 3])
      shards.push(await compile(root, { cache: new ContentCache(cache), shard: { index, count: 3 } }));
    const pagesOf = (result: CompileResult) => (result.manifest?.pages ?? []).map((page) => page.id);
    // Each page is in exactly one shard.
    expect(shards.flatMap(pagesOf).sort()).toEqual(Array.from({ length: 8 }, (_, index) => `page-${index + 1}`).sort());
    expect(shards.every((shard) => shard.ok && pagesOf(shard).length < 8)).toBe(true);
    const mergeCache = new ContentCache(cache);
    const merged = await compile(root, { cache: mergeCache, merge: true });
    expect(outcome(merged)).toEqual(whole);
    expect(mergeCache.stats.page).toMatchObject({ hits: 16, misses: 0 });
  });

  it('--merge fails, naming each page, when a shard did not run', async () => {
    const root = await scratch.folder('corpus');
    await writeCorpus({ from: projectRoot, to: root, pages: 4 });
    const cache = await scratch.folder('cache');
    await compile(root, { cache: new ContentCache(cache), shard: { index: 1, count: 2 } });
    const merged = await compile(root, { cache: new ContentCache(cache), merge: true });
    expect(merged.ok).toBe(false);
    const missing = merged.files
      .filter((file) => file.messages.some((message) => message.ruleId === 'merge' && message.fatal === true))
      .map((file) => file.path);
    const built =
      (await compile(root, { cache: new ContentCache(cache), shard: { index: 1, count: 2 } })).manifest?.pages.map(
        (page) => page.id,
      ) ?? [];
    expect(missing.length).toBe((4 - built.length) * 2);
    expect(missing.every((file) => !built.some((page) => file.endsWith(`/${page}.md`)))).toBe(true);
  });
});

describe('the whole-build shortcut', () => {
  it('leaves an up-to-date output alone and reports what the build reported; an edit or a changed output rebuilds', async () => {
    const root = await scratch.project();
    const outDir = path.join(root, 'dist');
    const cache = new ContentCache(await scratch.folder('cache'));
    const first = await buildSite({ root, outDir, browserChecks: false, cache });
    expect(first.ok).toBe(true);
    expect(first.upToDate).toBeUndefined();
    const second = await buildSite({ root, outDir, browserChecks: false, cache });
    expect(second.upToDate).toBe(true);
    expect(second.manifest).toEqual(first.manifest);
    expect(second.types).toBe(first.types);
    const messages = (files: readonly VFile[]) =>
      files.map((file) => [
        file.path,
        file.messages.map((message) => [
          message.reason,
          message.line,
          message.column,
          message.fatal,
          message.ruleId,
          message.source,
        ]),
      ]);
    expect(messages(second.files)).toEqual(messages(first.files));

    // The output was changed by hand, or lost a file: it is written again.
    await writeFile(
      path.join(outDir, 'manifest.json'),
      `${await readFile(path.join(outDir, 'manifest.json'), 'utf8')} `,
    );
    expect((await buildSite({ root, outDir, browserChecks: false, cache })).upToDate).toBeUndefined();
    expect((await buildSite({ root, outDir, browserChecks: false, cache })).upToDate).toBe(true);
    await rm(path.join(outDir, 'fragments/es/mexico/intro.html'));
    expect((await buildSite({ root, outDir, browserChecks: false, cache })).upToDate).toBeUndefined();

    // An edit, built, then undone: the output is the edit's, so the undo is built too (the manifest alone would not tell).
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace('trabaja para mantener', 'se esfuerza por mantener'),
    );
    expect((await buildSite({ root, outDir, browserChecks: false, cache })).upToDate).toBeUndefined();
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace('se esfuerza por mantener', 'trabaja para mantener'),
    );
    expect((await buildSite({ root, outDir, browserChecks: false, cache })).upToDate).toBeUndefined();
    expect(await readFile(path.join(outDir, 'fragments/es/mexico/intro.html'), 'utf8')).toContain(
      'trabaja para mantener',
    );

    // An empty folder is an input too: an unknown language folder fails the build.
    await mkdir(path.join(root, 'content/fr'));
    expect((await buildSite({ root, outDir, browserChecks: false, cache })).ok).toBe(false);
    await rm(path.join(root, 'content/fr'), { recursive: true });

    await editFile(root, 'locales/es/ui.json', (text) => text.replace('"Español"', '"Español (México)"'));
    const edited = await buildSite({ root, outDir, browserChecks: false, cache });
    expect(edited.upToDate).toBeUndefined();
    expect(edited.manifest?.languages.find((language) => language.code === 'es')?.name).toBe('Español (México)');
  });
});
