/**
 * `npm run test:mutation [-- --all | MODULE…]`: mutation testing with
 * StrykerJS. Each module is mutated with only its own tests running (the
 * module `src/a/b.ts` has `test/a/b.test.ts`), so that its score says what
 * those tests catch; then a table of the scores, each against its target.
 *
 *   npm run test:mutation               the modules changed since main (or in the working tree)
 *   npm run test:mutation -- --all      every module that has tests of its own
 *   npm run test:mutation -- src/runtime/negotiate.ts …
 *
 * It exits 1 when a module with a target scores below it, or a run gives no
 * score. It is not part of `npm test`: a module's run takes from seconds to
 * minutes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'reports/mutation');

/** At least 85 % on each translation check, the sanitizer, the URL rules and these modules. */
const target = 85;
const targeted = (module: string): boolean =>
  /^src\/translation\/checks\/(?!check|codes|index|own-language)[\w-]+\.ts$/.test(module) ||
  [
    'src/translation/numbers.ts',
    'src/runtime/negotiate.ts',
    'src/pipeline/remark-sections.ts',
    'src/sanitize/sanitize-string.ts',
    'src/sanitize/sanitize-schema.ts',
    'src/pipeline/remark-url-schemes.ts',
  ].includes(module);

const ownTests = (module: string): string => module.replace(/^src\//, 'test/').replace(/\.ts$/, '.test.ts');
const moduleOf = (test: string): string => test.replace(/^test\//, 'src/').replace(/\.test\.ts$/, '.ts');
const hasOwnTests = (module: string): boolean =>
  /^src\/.+\.ts$/.test(module) && existsSync(path.join(root, module)) && existsSync(path.join(root, ownTests(module)));

function git(...args: string[]): string[] {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Modules changed on this branch since main, or in the working tree, with their tests' changes counted too. */
function changedModules(): string[] {
  const base = git('merge-base', 'HEAD', 'main')[0];
  const files = [
    ...(base ? git('diff', '--name-only', base) : []),
    ...git('diff', '--name-only', 'HEAD'),
    ...git('ls-files', '--others', '--exclude-standard'),
  ];
  return [...new Set(files.map((file) => (file.startsWith('test/') ? moduleOf(file) : file)))].filter(hasOwnTests);
}

function allModules(): string[] {
  return readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => `src/${file.split(path.sep).join('/')}`)
    .filter(hasOwnTests)
    .sort();
}

interface Mutant {
  readonly status: string;
}

/** The mutation score as StrykerJS counts it: detected over valid mutants. */
function score(report: string, module: string): { score: number; mutants: number; survived: number } | undefined {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { files: Record<string, { mutants: Mutant[] }> };
  const mutants = json.files[module]?.mutants ?? [];
  const count = (...statuses: string[]) => mutants.filter((mutant) => statuses.includes(mutant.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  if (valid === 0) return undefined;
  return { score: (100 * detected) / valid, mutants: valid, survived: valid - detected };
}

function mutate(module: string): ReturnType<typeof score> {
  const report = path.join(reports, `${module.replace(/[/.]/g, '_')}.json`);
  const stryker = path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
  const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs', '--mutate', module], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      MUTATION_TESTS: ownTests(module),
      MUTATION_REPORT: report,
      MUTATION_TEMP_DIR: `.stryker-tmp/${process.pid}`,
    },
  });
  if (run.status !== 0 || !existsSync(report)) return undefined;
  return score(report, module);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean' } } });
const modules = values.all ? allModules() : positionals.length > 0 ? positionals : changedModules();
const missing = modules.filter((module) => !hasOwnTests(module));
if (missing.length > 0) {
  console.error(`No tests of their own (${missing.map(ownTests).join(', ')}): ${missing.join(', ')}.`);
  process.exit(2);
}
if (modules.length === 0) {
  console.log('No module with tests of its own changed since main: nothing to mutate. `-- --all` mutates them all.');
  process.exit(0);
}
mkdirSync(reports, { recursive: true });
const rows = modules.map((module) => ({ module, result: mutate(module) }));

console.log('\nmodule                                         score  mutants  survived  target');
let below = 0;
for (const { module, result } of rows) {
  const goal = targeted(module) ? target : undefined;
  // A run that gave no score fails, target or not.
  const met = result !== undefined && (goal === undefined || result.score >= goal);
  if (!met) below += 1;
  const figures = result
    ? `${result.score.toFixed(1).padStart(5)} %  ${String(result.mutants).padStart(7)}  ${String(result.survived).padStart(8)}`
    : '  (no result: see the run above)';
  console.log(`${module.padEnd(45)} ${figures}  ${goal === undefined ? '' : `${goal} % ${met ? 'met' : 'NOT MET'}`}`);
}
process.exit(below > 0 ? 1 : 0);
