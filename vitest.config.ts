import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests start Chromium once per file, and some run whole builds or child processes:
    // give them room on a shared, busy machine (the tests check results, never times).
    testTimeout: 120_000,
    // Most test files wait on Chromium or on child processes: two at a time even on two cores.
    maxWorkers: 2,
    hookTimeout: 120_000,
    // Many tests run the package's commands as child processes: Node's compile cache spares each of
    // them compiling the same modules again (about a third of a command's start-up here).
    env: { NODE_COMPILE_CACHE: path.join(import.meta.dirname, 'node_modules/.cache/node-compile-cache') },
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
  },
});
