/**
 * `npm run build`: build content/ and locales/ into dist/ (fragments, i18next
 * bundles, manifest, accessibility report) and refresh the run-time layer's
 * key types.
 *
 *   npm run build [-- --out DIR] [--root DIR] [--skip-browser-checks]
 *                    [--workers N] [--cache DIR | --no-cache]
 *                    [--shard I/N] [--merge]
 *
 * --skip-browser-checks leaves out the checks in Chromium (pa11y, the
 * accessibility tree), for quick edits; the manifest records them as skipped.
 *
 * --workers renders pages in N worker threads (default: one per core, when
 * there are at least 50 pages to render per worker; 1 renders in the main thread).
 * --cache keeps results between builds in DIR (default:
 * node_modules/.cache/embassy-content), so that only what changed is done
 * again; --no-cache does everything. Deleting the folder is always safe.
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
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorsAndWarnings } from '../src/pipeline/report.ts';
import { reporter } from 'vfile-reporter';
import { buildSite } from '../src/build/build-site.ts';
import { ContentCache, defaultCacheFolder } from '../src/build/content-cache.ts';
import { parseShard } from '../src/build/shard.ts';

const packageRoot = path.resolve(import.meta.dirname, '..');
const typesFile = path.join(packageRoot, 'src/runtime/resources.generated.ts');

const { values } = parseArgs({
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
});
const root = values.root === undefined ? packageRoot : path.resolve(values.root);
const outDir = path.resolve(root, values.out);
const usage = (problem: string): never => {
  console.error(
    `${problem}\nUsage: npm run build -- [--out DIR] [--root DIR] [--skip-browser-checks] [--workers N] [--cache DIR | --no-cache] [--shard I/N] [--merge]`,
  );
  process.exit(2);
};
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
const cache = values['no-cache']
  ? undefined
  : new ContentCache(values.cache === undefined ? defaultCacheFolder : path.resolve(values.cache));

const onWait = (holder: { pid: number } | undefined): void => {
  console.log(
    `Waiting for ${holder ? `build process ${holder.pid}` : 'another build'} to finish writing ${path.relative(process.cwd(), outDir) || '.'}…`,
  );
};
let result;
try {
  result = await buildSite({
    root,
    outDir,
    lock: { onWait },
    cache,
    workers,
    shard: typeof shard === 'object' ? shard : undefined,
    merge: values.merge,
    ...(values['skip-browser-checks'] ? { browserChecks: false as const } : {}),
  });
} catch (error) {
  // The output folder could not be written (held by another build, no permission, disk full): one line, no stack.
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const report = reporter(errorsAndWarnings(result.files), { quiet: true });
if (report) console.error(report);
if (!result.ok || !result.manifest || result.types === undefined) {
  console.error('Build failed: fix the errors above; the previous output was left as it was.');
  process.exit(1);
}

// Rewrite the generated types only when they change, so that an unchanged build touches no source file.
const previousTypes = await readFile(typesFile, 'utf8').catch(() => '');
// A shard knows only its own pages: the key types are the whole site's, written by a full build or --merge.
const ownTypes = root === packageRoot && typeof shard !== 'object';
if (ownTypes && previousTypes !== result.types) {
  await writeFile(typesFile, result.types, 'utf8');
  console.log(`Updated ${path.relative(root, typesFile)} (page, section or UI key changed).`);
}

if (result.upToDate)
  console.log(
    `Up to date: nothing in content/ or locales/ changed since the build that wrote ${path.relative(process.cwd(), outDir) || '.'}/, which was left as it is.`,
  );

if (ownTypes) {
  const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript7/package.json')), 'bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], { cwd: packageRoot, stdio: 'inherit' });
}

const fragments = result.manifest.pages.flatMap((page) =>
  page.sections.flatMap((section) => Object.values(section.languages).filter((language) => language.html)),
);
const statuses = result.manifest.languages
  .filter((language) => language.code !== result.manifest?.sourceLanguage)
  .map(
    (language) =>
      `${language.code}: ${result.manifest?.pages.map((page) => `${page.id} ${page.languages[language.code]?.status ?? 'missing'}`).join(', ')}`,
  );
const shardNote = typeof shard === 'object' ? `Shard ${shard.index}/${shard.count}: ` : '';
const statusNote = result.manifest.pages.length > 0 ? ` (${statuses.join('; ')})` : '';
console.log(
  `${shardNote}Built ${fragments.length} fragments of ${result.manifest.pages.length} page(s) in ${result.manifest.languages.length} languages into ${path.relative(process.cwd(), outDir) || '.'}/${statusNote}.`,
);

const accessibility = result.manifest.accessibility;
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
      ? `; ${run.length} harness pages checked in Chromium${average}${reused > 0 ? `, ${reused} unchanged ones reused` : ''}`
      : ' (browser checks skipped)';
  console.log(
    `Accessibility: ${accessibility.errors} errors, ${accessibility.warnings} warnings${timing}. See ${path.relative(process.cwd(), path.join(outDir, accessibility.summary))}.`,
  );
}

if (cache && !result.upToDate) {
  const { page, 'browser-check': checks } = cache.stats;
  console.log(
    `Cache (${path.relative(process.cwd(), cache.folder) || '.'}): ${page.hits} of ${page.hits + page.misses} page renders and ${checks.hits} of ${checks.hits + checks.misses} browser checks reused.`,
  );
}
