/**
 * The vitest configuration StrykerJS runs (scripts/mutation.ts): only the
 * module's own test files, named in MUTATION_TESTS. They are chosen here,
 * not with StrykerJS's --testFiles, which switches a mutant of a module-level
 * value on only after the module has loaded, so that no test could kill it.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean),
    testTimeout: 120_000,
    hookTimeout: 120_000,
    update: 'none',
  },
});
