/**
 * `npm run build`: build content/ and locales/ into dist/ (fragments, i18next
 * bundles, manifest, accessibility report) and refresh the run-time layer's
 * key types.
 *
 *   npm run build [-- --out DIR] [--root DIR] [--skip-browser-checks]
 *
 * --skip-browser-checks leaves out the checks in Chromium (pa11y, the
 * accessibility tree), for quick edits; the manifest records them as skipped.
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

const packageRoot = path.resolve(import.meta.dirname, '..');
const typesFile = path.join(packageRoot, 'src/runtime/resources.generated.ts');

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, root: { type: 'string' }, 'skip-browser-checks': { type: 'boolean', default: false } } });
const root = values.root === undefined ? packageRoot : path.resolve(values.root);
const outDir = path.resolve(root, values.out);

const onWait = (holder: { pid: number } | undefined): void => {
  console.log(`Waiting for ${holder ? `build process ${holder.pid}` : 'another build'} to finish writing ${path.relative(process.cwd(), outDir) || '.'}…`);
};
let result;
try {
  result = await buildSite({ root, outDir, lock: { onWait }, ...(values['skip-browser-checks'] ? { browserChecks: false as const } : {}) });
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
if (root === packageRoot && previousTypes !== result.types) {
  await writeFile(typesFile, result.types, 'utf8');
  console.log(`Updated ${path.relative(root, typesFile)} (page, section or UI key changed).`);
}

if (root === packageRoot) {
  const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], { cwd: packageRoot, stdio: 'inherit' });
}

const fragments = result.manifest.pages.flatMap((page) => page.sections.flatMap((section) => Object.values(section.languages).filter((language) => language.html)));
const statuses = result.manifest.languages
  .filter((language) => language.code !== result.manifest?.sourceLanguage)
  .map((language) => `${language.code}: ${result.manifest?.pages.map((page) => `${page.id} ${page.languages[language.code]?.status ?? 'missing'}`).join(', ')}`);
console.log(`Built ${fragments.length} fragments of ${result.manifest.pages.length} page(s) in ${result.manifest.languages.length} languages into ${path.relative(process.cwd(), outDir) || '.'}/ (${statuses.join('; ')}).`);

const accessibility = result.manifest.accessibility;
if (accessibility) {
  const checks = result.browserChecks ?? [];
  const timing = checks.length > 0 ? `; ${checks.length} harness pages checked in Chromium, ${Math.round(checks.reduce((sum, check) => sum + check.milliseconds, 0) / checks.length)} ms each on average` : ' (browser checks skipped)';
  console.log(`Accessibility: ${accessibility.errors} errors, ${accessibility.warnings} warnings${timing}. See ${path.relative(process.cwd(), path.join(outDir, accessibility.summary))}.`);
}
