/**
 * One measurement of the benchmark, in a process of its own (so that each
 * starts cold and its peak memory is its own):
 *
 *   node src/bench/step.ts '{"step":"build","root":…,"outDir":…,"workers":1,"cache":…}'
 *
 * Prints one JSON line: the time the work took (after the modules are
 * loaded, the same for every step), the process's peak RSS, and counts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { buildSite } from '../build/build-site.ts';
import { ContentCache } from '../cache/content-cache.ts';

export interface StepInput {
  readonly step: 'bare' | 'build';
  readonly root: string;
  readonly outDir?: string;
  readonly workers?: number;
  /** Cache folder; none for a build without cache. */
  readonly cache?: string;
}

export interface StepResult {
  readonly milliseconds: number;
  /** Peak resident set size of the process, in MiB. */
  readonly peakRssMiB: number;
  readonly files: number;
  readonly ok: boolean;
  readonly upToDate?: boolean;
  readonly pageRenders?: { readonly reused: number; readonly done: number };
  /** Milliseconds per phase of the build. */
  readonly phases?: Readonly<Record<string, number>>;
}

/** The floor: remark-parse, remark-gfm, remark-rehype and rehype-stringify over every Markdown file, nothing else. */
async function bare(root: string): Promise<{ files: number }> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
  let files = 0;
  for (const lang of (await readdir(path.join(root, 'content'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    for (const name of (await readdir(path.join(root, 'content', lang)))
      .filter((entry) => entry.endsWith('.md'))
      .sort()) {
      await processor.process(await readFile(path.join(root, 'content', lang, name), 'utf8'));
      files += 1;
    }
  }
  return { files };
}

async function run(input: StepInput): Promise<StepResult> {
  const started = performance.now();
  if (input.step === 'bare') {
    const { files } = await bare(input.root);
    return { milliseconds: performance.now() - started, peakRssMiB: peakRss(), files, ok: true };
  }
  const cache = input.cache ? new ContentCache(input.cache) : undefined;
  const result = await buildSite({
    root: input.root,
    outDir: input.outDir ?? path.join(input.root, 'dist'),
    browserChecks: false,
    workers: input.workers ?? 1,
    cache,
  });
  const milliseconds = performance.now() - started;
  const errors = result.files.flatMap((file) =>
    file.messages
      .filter((message) => message.fatal === true)
      .map((message) => `${file.path}:${message.line ?? 0}: ${message.reason}`),
  );
  if (errors.length > 0) process.stderr.write(`${errors.slice(0, 5).join('\n')}\n`);
  return {
    milliseconds,
    peakRssMiB: peakRss(),
    files: result.files.filter((file) => file.path.endsWith('.md')).length,
    ok: result.ok,
    ...(result.upToDate ? { upToDate: true } : {}),
    ...(result.timings
      ? { phases: Object.fromEntries(Object.entries(result.timings).map(([phase, time]) => [phase, Math.round(time)])) }
      : {}),
    ...(cache ? { pageRenders: { reused: cache.stats.page.hits, done: cache.stats.page.misses } } : {}),
  };
}

function peakRss(): number {
  // maxRSS is in KiB; it covers the worker threads, which share the process.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

if (import.meta.main) {
  const result = await run(JSON.parse(process.argv[2] ?? '{}') as StepInput);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
