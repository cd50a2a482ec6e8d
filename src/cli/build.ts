/**
 * `npm run build`: build content/ and locales/ into dist/ (fragments, i18next
 * bundles, manifest, accessibility report) and refresh the run-time layer's
 * key types.
 *
 *   npm run build [-- --out DIR] [--root DIR] [--skip-browser-checks]
 *                    [--workers N] [--cache DIR | --no-cache]
 *                    [--shard I/N] [--merge]
 *
 * --skip-browser-checks leaves out the checks in Chromium (axe, HTML_CodeSniffer, the
 * accessibility tree), for quick edits; the manifest records them as skipped.
 *
 * --workers renders pages in N worker threads (default: one per core, when
 * there are at least 50 pages to render per worker; 1 renders in the main thread).
 * --cache keeps results between builds in DIR (default: EMBASSY_CONTENT_CACHE,
 * else the project's node_modules/.cache/embassy-content), so that only what changed is
 * done again; --no-cache does everything. Deleting the folder is always safe.
 *
 * --shard I/N builds the I-th of N shares of the pages, filling the cache,
 * for a CI matrix; --merge then builds the whole site from the shards'
 * caches (copied into one folder), failing if a page is not there.
 *
 * For this package's own content it then compiles the run-time layer into
 * lib/ (tsc -p tsconfig.lib.json), whose key types the build just refreshed.
 *
 * --root builds another project folder (content/ and locales/); the key types
 * are then left alone, as they describe this package's own content.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { reporter } from 'vfile-reporter';
import { buildSite, type BuildResult } from '../build/build-site.ts';
import { cacheFolderOf, ContentCache } from '../cache/content-cache.ts';
import { parseShard, type Shard } from '../build/shard.ts';
import { errorsAndWarnings } from '../content/report.ts';
import { compileLibrary } from './compile-library.ts';
import {
  CommandExit,
  packageRoot,
  parseCommandLine,
  println,
  projectFolder,
  type Command,
  type CommandIo,
} from './io.ts';

const typesFile = path.join(packageRoot, 'src/runtime/resources.generated.ts');
const usageLine =
  'Usage: npm run build -- [--out DIR] [--root DIR] [--skip-browser-checks] [--workers N] [--cache DIR | --no-cache] [--shard I/N] [--merge]';

export interface BuildCommandOptions {
  /** A browser already running, for the checks; without it the build launches one. */
  readonly browser?: Browser;
}

/** What the arguments ask for. */
interface BuildRequest {
  readonly root: string;
  readonly outDir: string;
  readonly browserChecks: boolean;
  readonly workers: number | undefined;
  readonly cache: ContentCache | undefined;
  readonly shard: Shard | undefined;
  readonly merge: boolean;
}

function usage(problem: string): never {
  throw new CommandExit(2, `${problem}\n${usageLine}`);
}

function parseRequest(argv: readonly string[], io: CommandIo): BuildRequest {
  const { values } = parseCommandLine(
    {
      args: [...argv],
      options: {
        out: { type: 'string', default: 'dist' },
        root: { type: 'string' },
        'skip-browser-checks': { type: 'boolean', default: false },
        workers: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        shard: { type: 'string' },
        merge: { type: 'boolean', default: false },
      },
    },
    usageLine,
    2,
  );
  const root = projectFolder(values.root, io);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    usage(`--workers takes a whole number of at least 1, not "${values.workers ?? ''}".`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === 'string') usage(shard);
  if (values['no-cache'] && (values.cache !== undefined || values.merge || shard))
    usage(
      '--no-cache cannot go with --cache, --shard or --merge: shards hand their results to --merge through the cache.',
    );
  if (values.merge && shard) usage('--merge assembles every shard: give it no --shard.');
  const cacheFolder =
    values.cache === undefined
      ? (process.env.EMBASSY_CONTENT_CACHE ?? cacheFolderOf(root))
      : path.resolve(io.cwd, values.cache);
  return {
    root,
    outDir: path.resolve(root, values.out),
    browserChecks: !values['skip-browser-checks'],
    workers,
    cache: values['no-cache'] ? undefined : new ContentCache(cacheFolder),
    shard,
    merge: values.merge,
  };
}

/** Rewrite the generated key types only when they change, so that an unchanged build touches no source file. */
async function writeKeyTypes(types: string, io: CommandIo): Promise<void> {
  const previousTypes = await readFile(typesFile, 'utf8').catch(() => '');
  if (previousTypes === types) return;
  await writeFile(typesFile, types, 'utf8');
  println(io.stdout, `Updated ${path.relative(packageRoot, typesFile)} (page, section or UI key changed).`);
}

function summary(request: BuildRequest, result: BuildResult, io: CommandIo): string[] {
  const manifest = result.manifest;
  if (!manifest) return [];
  const shown = (folder: string) => path.relative(io.cwd, folder) || '.';
  const fragments = manifest.pages.flatMap((page) =>
    page.sections.flatMap((section) => Object.values(section.languages).filter((language) => language.html)),
  );
  const statuses = manifest.languages
    .filter((language) => language.code !== manifest.sourceLanguage)
    .map(
      (language) =>
        `${language.code}: ${manifest.pages.map((page) => `${page.id} ${page.languages[language.code]?.status ?? 'missing'}`).join(', ')}`,
    );
  const shardNote = request.shard ? `Shard ${request.shard.index}/${request.shard.count}: ` : '';
  const statusNote = manifest.pages.length > 0 ? ` (${statuses.join('; ')})` : '';
  const lines = [
    `${shardNote}Built ${fragments.length} fragments of ${manifest.pages.length} page(s) in ${manifest.languages.length} languages into ${shown(request.outDir)}/${statusNote}.`,
  ];
  const kept = result.kept ?? [];
  if (kept.length > 0) {
    const named = kept.slice(0, 5).map((file) => path.join(shown(request.outDir), file));
    const more = kept.length > named.length ? `, and ${kept.length - named.length} more` : '';
    lines.push(
      `Kept ${kept.length === 1 ? '1 file' : `${kept.length} files`} the build did not write: ${named.join(', ')}${more}.`,
    );
  }
  const accessibility = manifest.accessibility;
  if (accessibility) {
    const checks = result.browserChecks ?? [];
    const run = checks.filter((check) => check.cached !== true);
    const reused = checks.length - run.length;
    const average =
      run.length > 0
        ? `, ${Math.round(run.reduce((sum, check) => sum + check.milliseconds, 0) / run.length)} ms each on average`
        : '';
    const timing =
      checks.length > 0
        ? `; ${run.length} pages checked in Chromium${average}${reused > 0 ? `, ${reused} unchanged ones reused` : ''}`
        : ' (browser checks skipped)';
    lines.push(
      `Accessibility: ${accessibility.errors} errors, ${accessibility.warnings} warnings${timing}. See ${path.relative(io.cwd, path.join(request.outDir, accessibility.summary))}.`,
    );
  }
  const cache = request.cache;
  if (cache && !result.upToDate) {
    const { page, 'browser-check': checks } = cache.stats;
    lines.push(
      `Cache (${shown(cache.folder)}): ${page.hits} of ${page.hits + page.misses} page renders and ${checks.hits} of ${checks.hits + checks.misses} browser checks reused.`,
    );
  }
  for (const warning of cache?.warnings ?? []) lines.push(`Cache warning: ${warning}`);
  return lines;
}

async function runBuild(request: BuildRequest, io: CommandIo, browser: Browser | undefined): Promise<BuildResult> {
  const onWait = (holder: { pid: number } | undefined): void => {
    const who = holder ? `build process ${holder.pid}` : 'another build';
    println(io.stdout, `Waiting for ${who} to finish writing ${path.relative(io.cwd, request.outDir) || '.'}…`);
  };
  try {
    return await buildSite({
      root: request.root,
      outDir: request.outDir,
      lock: { onWait },
      cache: request.cache,
      workers: request.workers,
      shard: request.shard,
      merge: request.merge,
      ...(request.browserChecks ? (browser ? { browserChecks: { browser } } : {}) : { browserChecks: false as const }),
    });
  } catch (error) {
    // The output folder could not be written (held by another build, no permission, disk full): one line, no stack.
    throw new CommandExit(1, `Build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The build command; a test passes the browser of its run. */
export function buildCommand(options: BuildCommandOptions = {}): Command {
  return async (argv, io) => {
    const request = parseRequest(argv, io);
    const result = await runBuild(request, io, options.browser);
    const report = reporter(errorsAndWarnings(result.files), { quiet: true });
    if (report) println(io.stderr, report);
    if (!result.ok || !result.manifest || result.types === undefined)
      throw new CommandExit(1, 'Build failed: fix the errors above; the previous output was left as it was.');
    // A shard knows only its own pages: the key types are the whole site's, written by a full build or --merge.
    const ownTypes = request.root === packageRoot && !request.shard;
    if (ownTypes) await writeKeyTypes(result.types, io);
    if (result.upToDate)
      println(
        io.stdout,
        `Up to date: nothing in content/ or locales/ changed since the build that wrote ${path.relative(io.cwd, request.outDir) || '.'}/, which was left as it is.`,
      );
    if (ownTypes) compileLibrary();
    for (const line of summary(request, result, io)) println(io.stdout, line);
    return 0;
  };
}
