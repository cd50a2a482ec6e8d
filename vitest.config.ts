import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests start Chromium once per file; give them room on a busy machine.
    testTimeout: 30_000,
    // Most test files wait on Chromium or on child processes: two at a time even on two cores.
    maxWorkers: 2,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
  },
});
