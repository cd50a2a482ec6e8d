/**
 * `npm run bench`: how fast the build is at scale, against the floor of its
 * own toolchain, measured in one run on this machine and reported as ratios.
 *
 *   npm run bench -- [--pages N] [--json FILE] [--workers N] [--scale K]
 *                    [--browser-pages P]
 *
 * On a synthetic site of N pages in English and Spanish (default 1000; see
 * src/bench/synthetic-corpus.ts), each step in a fresh process:
 *   (a) bare      the bare unified pipeline (remark-parse, remark-gfm,
 *                 remark-rehype, rehype-stringify) over the same files
 *   (b) cold      the full build, all static checks, empty cache, 1 worker
 *   (c) pool      the same with the worker pool (default: one per core)
 *   (d) no change a rebuild with nothing changed
 *   (e) one edit  a rebuild after editing one English page
 *   (f) memory    each step's peak RSS; with --scale K, also the cold build
 *                 of K × N pages, for the ratio of their peaks
 and also:
 *   (g) threads   the machine's own scaling: the same pure computation on
 *                 1 thread and on N (src/bench/thread-scaling.ts); the
 *                 pool's speed-up (b/c) over it is `poolEfficiency`
 *   (h) cache     what trusting no cache entry costs: checking every stored
 *                 render (the build's way), and an HMAC of each for
 *                 comparison (src/bench/cache-check.ts), over (b)
 *   (i) gate      the browser gate on the site pages of P pages (default 3;
 *                 each page in each language), one browser, a bounded pool
 *                 of tabs: seconds per page and language, amortized; with
 *                 pa11y-ci installed, pa11y-ci on the same pages, same
 *                 runners, standard and browser (src/bench/measure-gate.ts)
 *   (j) write     rewriting the cold build's output three ways: every file,
 *                 reuse after reading and comparing, reuse by the record's
 *                 digests (src/bench/write-strategies.ts), over (b)
 *   (k) devEdit   the live preview (npm run dev) on the site: from writing
 *                 one page's Markdown to the open page in Chromium showing
 *                 the new text, the median of 5 edits, each after the one
 *                 before was checked (src/bench/measure-dev-edit.ts);
 *                 its target is a time (1 s), also given over (b)
 *   (l) pretranslate  a new page of 300 units against a synthetic memory of
 *                 100,000: making the memory and filling the exact matches
 *                 (target 2 s), then the fuzzy matches of every unit
 *                 (src/bench/measure-pretranslate.ts)
 *   (m) editor    the translation editor on this package's Mexico page:
 *                 from a pause in typing to the unit's findings, the page's
 *                 150 ms wait plus the check (target 300 ms; src/bench/measure-editor-check.ts)
 * With Eleventy 3 installed (@11ty/eleventy), Eleventy on the same Markdown.
 *
 * Prints each figure, the ratios against their targets, and writes them all
 * to FILE as JSON. Times are never compared
 * with fixed numbers: machines differ, ratios measured in one run do not.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { measureCacheCheck } from '../src/bench/cache-check.ts';
import { measureDevEdit } from '../src/bench/measure-dev-edit.ts';
import { measureEditorCheck } from '../src/bench/measure-editor-check.ts';
import { measurePretranslate } from '../src/bench/measure-pretranslate.ts';
import { measureGate, measurePa11yCi } from '../src/bench/measure-gate.ts';
import { corpusPageIds, writeCorpus } from '../src/bench/synthetic-corpus.ts';
import type { StepInput, StepResult } from '../src/bench/step.ts';
import { measureThreadScaling } from '../src/bench/thread-scaling.ts';
import { measureWriteStrategies } from '../src/bench/write-strategies.ts';

const run = promisify(execFile);
const packageRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    json: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    scale: { type: 'string' },
    'browser-pages': { type: 'string', default: '3' },
  },
});
const pages = Number(values.pages);
const workers = Number(values.workers);
const scale = values.scale === undefined ? undefined : Number(values.scale);
const browserPages = Number(values['browser-pages']);
for (const [name, value] of [
  ['--pages', pages],
  ['--workers', workers],
  ['--scale', scale ?? 1],
  ['--browser-pages', browserPages + 1],
] as const) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} takes a whole number of at least ${name === '--browser-pages' ? 0 : 1}.`);
    process.exit(2);
  }
}

const work = await mkdtemp(path.join(tmpdir(), 'embassy-bench-'));
const step = async (input: StepInput): Promise<StepResult> => {
  const { stdout, stderr } = await run(
    process.execPath,
    [path.join(packageRoot, 'src/bench/step.ts'), JSON.stringify(input)],
    { maxBuffer: 1 << 26 },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as StepResult;
  if (!result.ok) throw new Error(`The ${input.step} step failed on ${input.root}:\n${stderr.trim()}`);
  return result;
};
const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(2)} s`;

try {
  const root = path.join(work, 'site');
  const generated = performance.now();
  const files = await writeCorpus({ from: packageRoot, to: root, pages });
  console.log(
    `Synthetic site: ${pages} pages × 2 languages = ${files.length} Markdown files (generated in ${seconds(performance.now() - generated)}), on ${cpus().length} cores, Node.js ${process.versions.node}.`,
  );

  const bare = await step({ step: 'bare', root });
  const cache = path.join(work, 'cache');
  const cold = await step({ step: 'build', root, outDir: path.join(work, 'dist'), workers: 1, cache });
  const cacheCheck = await measureCacheCheck(cache);
  const writes = await measureWriteStrategies(path.join(work, 'dist'), path.join(work, 'write-strategies'));
  const pool = await step({
    step: 'build',
    root,
    outDir: path.join(work, 'dist-pool'),
    workers,
    cache: path.join(work, 'cache-pool'),
  });
  const noChange = await step({ step: 'build', root, outDir: path.join(work, 'dist'), workers: 1, cache });
  // One edit: a sentence added to an English page (its translation becomes stale, as it would).
  const editedId = corpusPageIds(pages)[Math.floor(pages / 2)] ?? '';
  const edited = path.join(root, 'content/en', `${editedId}.md`);
  await writeFile(
    edited,
    `${(await readFile(edited, 'utf8')).trimEnd()}\n\nThis paragraph was added by the benchmark.\n`,
  );
  const oneEdit = await step({ step: 'build', root, outDir: path.join(work, 'dist'), workers: 1, cache });
  const devEdit = await measureDevEdit({ root, cache, file: edited, url: `/en/${editedId}/` });
  const pretranslate = measurePretranslate();
  const editorCheck = await measureEditorCheck(packageRoot);
  const editorShown = editorCheck.pauseMilliseconds + editorCheck.slowestMilliseconds;
  if (noChange.upToDate !== true)
    throw new Error('The rebuild with nothing changed did not find the output up to date.');

  let scaled: { pages: number; cold: StepResult } | undefined;
  if (scale !== undefined && scale > 1) {
    const scaledRoot = path.join(work, `site-${scale}x`);
    await writeCorpus({ from: packageRoot, to: scaledRoot, pages: pages * scale });
    scaled = {
      pages: pages * scale,
      cold: await step({ step: 'build', root: scaledRoot, outDir: path.join(work, 'dist-scaled'), workers: 1 }),
    };
  }

  const threads = await measureThreadScaling(workers);
  let gate: Awaited<ReturnType<typeof measureGate>> | undefined;
  if (browserPages > 0) {
    const gateRoot = path.join(work, 'site-browser');
    await writeCorpus({ from: packageRoot, to: gateRoot, pages: browserPages });
    gate = await measureGate(gateRoot, path.join(work, 'dist-browser'));
  }
  const pa11yCi = gate ? await measurePa11yCi(gate, path.join(work, 'pa11y-ci')) : undefined;
  const eleventy = await measureEleventy(root, path.join(work, 'eleventy'));

  const fileCost = cold.milliseconds / files.length;
  const ratios = {
    coldOverBare: cold.milliseconds / bare.milliseconds,
    coldOverPool: cold.milliseconds / pool.milliseconds,
    noChangeOverCold: noChange.milliseconds / cold.milliseconds,
    oneEditOverCold: oneEdit.milliseconds / cold.milliseconds,
    poolEfficiency: cold.milliseconds / pool.milliseconds / threads.scaling,
    cacheCheckOverCold: cacheCheck.checkMilliseconds / cold.milliseconds,
    cacheHmacOverCold: cacheCheck.hmacMilliseconds / cold.milliseconds,
    writeAllOverCold: writes.milliseconds.none / cold.milliseconds,
    writeCompareOverCold: writes.milliseconds.compare / cold.milliseconds,
    writeRecordOverCold: writes.milliseconds.record / cold.milliseconds,
    devEditOverCold: devEdit.milliseconds / cold.milliseconds,
    pretranslateOverCold: pretranslate.milliseconds / cold.milliseconds,
    ...(scaled ? { peakRssScaledOverCold: scaled.cold.peakRssMiB / cold.peakRssMiB } : {}),
  };
  const targets = {
    coldOverBare: { at: 'most', value: 1.3 },
    coldOverPool: { at: 'least', value: 1.6 },
    noChangeOverCold: { at: 'most', value: 0.05 },
    oneEditOverCold: { at: 'most', value: 0.05 + fileCost / cold.milliseconds },
    poolEfficiency: { at: 'least', value: 0.9 },
    ...(scaled ? { peakRssScaledOverCold: { at: 'most', value: 2 } } : {}),
    ...(gate ? { browserSecondsPerHarnessPage: { at: 'most', value: 0.5 } } : {}),
    ...(gate ? { gateSecondsPerPageLanguage: { at: 'most', value: 0.15 } } : {}),
    ...(pa11yCi ? { pa11yCiOverGate: { at: 'least', value: 10 } } : {}),
  } as const;

  const row = (label: string, result: StepResult, note = ''): string =>
    `  ${label.padEnd(34)} ${seconds(result.milliseconds).padStart(10)}  peak RSS ${String(result.peakRssMiB).padStart(5)} MiB${note}`;
  console.log(row('(a) bare unified pipeline', bare));
  console.log(row('(b) full build, cold, 1 worker', cold));
  console.log(row(`(c) full build, cold, ${workers} workers`, pool));
  console.log(row('(d) rebuild, nothing changed', noChange, noChange.upToDate ? '  (output up to date)' : ''));
  console.log(
    row(
      '(e) rebuild, one page edited',
      oneEdit,
      oneEdit.pageRenders
        ? `  (${oneEdit.pageRenders.done} of ${oneEdit.pageRenders.done + oneEdit.pageRenders.reused} files rendered)`
        : '',
    ),
  );
  if (scaled) console.log(row(`(f) full build, cold, ${scaled.pages} pages`, scaled.cold));
  const phases = (result: StepResult): string =>
    Object.entries(result.phases ?? {})
      .map(([phase, time]) => `${phase} ${seconds(time)}`)
      .join(', ');
  console.log(
    `  where the time goes: (b) ${phases(cold)}\n                      (c) ${phases(pool)}\n                      (e) ${phases(oneEdit)}`,
  );
  console.log(
    `  (g) threads: ${threads.threads} units of pure computation on 1 thread ${seconds(threads.oneThreadMilliseconds)}, on ${threads.threads} threads ${seconds(threads.nThreadsMilliseconds)}: scaling ${threads.scaling.toFixed(2)}`,
  );
  console.log(
    `  (h) cache: ${cacheCheck.entries} stored renders checked in ${seconds(cacheCheck.checkMilliseconds)} (${cacheCheck.refused} refused); an HMAC of each would take ${seconds(cacheCheck.hmacMilliseconds)}`,
  );
  console.log(
    `  (j) write: the ${writes.files} files of (b) again, unchanged: every file written ${seconds(writes.milliseconds.none)}, reused after reading and comparing ${seconds(writes.milliseconds.compare)}, reused by the record's digests ${seconds(writes.milliseconds.record)}`,
  );
  console.log(
    `  (k) preview: one page edited and shown in Chromium in ${seconds(devEdit.milliseconds)} (median of ${devEdit.edits}; the preview compiled it in ${seconds(devEdit.compileMilliseconds)}, after a first compile of ${seconds(devEdit.startMilliseconds)}): target 1 s, ${devEdit.milliseconds <= 1000 ? 'met' : 'not met'}`,
  );
  console.log(
    `  (l) pretranslate: a page of ${pretranslate.pageUnits} units against a memory of ${pretranslate.memoryUnits}: ${seconds(pretranslate.milliseconds)} to make the memory and fill ${pretranslate.filled} exact matches (target 2 s, ${pretranslate.milliseconds <= 2000 ? 'met' : 'not met'}); fuzzy matches for ${pretranslate.offered} units in ${seconds(pretranslate.fuzzyMilliseconds)} more`,
  );
  console.log(
    `  (m) editor: the findings of a unit of the Mexico page ${editorShown.toFixed(0)} ms after a pause at the slowest (the page's 150 ms wait, then a check of ${editorCheck.medianMilliseconds.toFixed(0)} ms median, ${editorCheck.slowestMilliseconds.toFixed(0)} ms slowest, over ${editorCheck.units} units): target 300 ms, ${editorShown <= 300 ? 'met' : 'not met'}`,
  );
  if (gate)
    console.log(
      `  (i) gate: ${gate.pageLanguages} site pages (${browserPages} page(s) × languages) in ${seconds(gate.milliseconds)}, ${(gate.milliseconds / 1000 / gate.pageLanguages).toFixed(3)} s per page and language (${gate.tabs} tabs, one browser)`,
    );
  if (gate)
    console.log(
      pa11yCi
        ? `      pa11y-ci ${pa11yCi.version} on the same ${pa11yCi.urls} URLs: ${seconds(pa11yCi.milliseconds)} (process included)`
        : '      pa11y-ci: not installed (npm install --no-save pa11y-ci@4 to compare with it)',
    );
  console.log(
    eleventy
      ? `  Eleventy ${eleventy.version} on the same Markdown: ${seconds(eleventy.milliseconds)} (process included)`
      : '  Eleventy 3: not installed (npm install --no-save @11ty/eleventy@3 to compare with it)',
  );

  const perPageLanguage = gate ? gate.milliseconds / 1000 / gate.pageLanguages : undefined;
  const measured: Record<string, number> = {
    ...ratios,
    ...(perPageLanguage === undefined
      ? {}
      : { browserSecondsPerHarnessPage: perPageLanguage, gateSecondsPerPageLanguage: perPageLanguage }),
    ...(pa11yCi && gate ? { pa11yCiOverGate: pa11yCi.milliseconds / gate.milliseconds } : {}),
  };
  console.log('Ratios (target):');
  for (const [name, target] of Object.entries(targets)) {
    const value = measured[name] ?? Number.NaN;
    const met = target.at === 'most' ? value <= target.value : value >= target.value;
    console.log(
      `  ${name.padEnd(30)} ${value.toFixed(3).padStart(8)}   (at ${target.at} ${target.value.toFixed(3)}: ${met ? 'met' : 'not met'})`,
    );
  }

  for (const [name, value] of Object.entries(measured).filter(([name]) => !(name in targets)))
    console.log(`  ${name.padEnd(30)} ${value.toFixed(3).padStart(8)}   (no target: for comparison)`);

  if (values.json) {
    const report = {
      pages,
      files: files.length,
      cores: cpus().length,
      workers,
      node: process.versions.node,
      steps: { bare, cold, pool, noChange, oneEdit, ...(scaled ? { scaled } : {}) },
      threads,
      cacheCheck,
      writeStrategies: writes,
      devEdit,
      pretranslate,
      editorCheck,
      ...(gate
        ? {
            browserChecks: {
              harnessPages: gate.pageLanguages,
              pageLanguages: gate.pageLanguages,
              milliseconds: gate.milliseconds,
              tabs: gate.tabs,
            },
          }
        : {}),
      ...(pa11yCi ? { pa11yCi } : {}),
      ...(eleventy ? { eleventy } : {}),
      fileCostMilliseconds: fileCost,
      ratios: measured,
      targets,
    };
    await writeFile(path.resolve(values.json), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Written to ${values.json}.`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

/** Eleventy on the site's Markdown, when it is installed; its own process, start-up included. */
async function measureEleventy(
  root: string,
  output: string,
): Promise<{ version: string; milliseconds: number } | undefined> {
  let cli: string;
  try {
    // The package's entry is src/Eleventy.js; its command line is cmd.cjs beside src/.
    cli = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.resolve('@11ty/eleventy')))), 'cmd.cjs');
  } catch {
    return undefined;
  }
  const version = (
    JSON.parse(await readFile(path.join(path.dirname(cli), 'package.json'), 'utf8')) as { version: string }
  ).version;
  if (!version.startsWith('3.')) return undefined;
  const input = path.join(path.dirname(output), 'eleventy-input');
  await cp(path.join(root, 'content'), input, {
    recursive: true,
    filter: (file) => !file.endsWith('.yaml') && !file.endsWith('.txt'),
  });
  const started = performance.now();
  await run(process.execPath, [cli, `--input=${input}`, `--output=${output}`, '--quiet'], { maxBuffer: 1 << 24 });
  return { version, milliseconds: performance.now() - started };
}
