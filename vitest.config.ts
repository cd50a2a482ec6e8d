/**
 * Three tiers (vitest projects), all run by `npm test`:
 *
 * - unit: in-process only (plugins, checks, the run-time layer, negotiation,
 *   XLIFF, sanitizing): no browser, no child process, no whole build;
 *   `npx vitest run --project unit` runs them alone, on any machine;
 * - integration: whole builds and the commands, in-process;
 * - e2e: Chromium, the Nu HTML Checker, Translate Toolkit, xmllint, and the
 *   commands as child processes (`npm start`, one smoke test per command).
 *
 * Each run has a folder of its own (test/setup/run-folder.ts) for the build
 * cache and Node's compile cache, so that a run does not depend on what ran
 * before; one Chromium serves the whole run (test/setup/browser.ts), and the
 * real project is built once into it (test/setup/project-build.ts).
 */
import { defineConfig } from 'vitest/config';

const integration = 'test/**/*.integration.test.ts';
const e2e = 'test/**/*.e2e.test.ts';

export default defineConfig({
  test: {
    // Results, never times, are checked; the limits give a busy two-core machine room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file per core: the browser tests keep Chromium busy too, and a third file only adds contention (measured).
    maxWorkers: 2,
    // A snapshot or golden file is written only when asked (`-u`), never because it is missing.
    update: 'none',
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    // `npm test` measures coverage (--coverage) of src/ by the tests that run in-process, and fails below these
    // floors, so that it cannot drop unnoticed. Child processes (the npm scripts, the workers) are not counted.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The gate's probes run inside the checked pages, where Node.js cannot measure them; the seeded pages of
      // test/a11y/adaptations.e2e.test.ts show each of them finding what it looks for.
      exclude: ['src/runtime/resources.generated.ts', 'src/a11y/probes/**'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: '.vitest/coverage',
      // Measured on the whole suite: 88.96 % of statements, 79.61 % of branches, 90.63 % of functions, 90.22 % of lines.
      thresholds: { statements: 88, branches: 79, functions: 90, lines: 90 },
    },
    globalSetup: ['test/setup/run-folder.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [integration, e2e],
          // Pure and in-process: threads that keep their modules from file to file (the pipeline and its
          // word lists load once per thread, not once per file).
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [integration],
          // In-process too: threads (each with its own process.env) that keep their modules from file to file.
          pool: 'threads',
          isolate: false,
          // lib/ first: every build takes the site package's declarations from it.
          globalSetup: ['test/setup/library.ts', 'test/setup/project-build.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [e2e],
          // Processes, for the child processes and browser connections, that keep their modules from file to file.
          isolate: false,
          globalSetup: [
            'test/setup/library.ts',
            'test/setup/project-build.ts',
            'test/setup/browser.ts',
            'test/setup/installed-package.ts',
            'test/setup/site-package.ts',
          ],
        },
      },
    ],
  },
});
