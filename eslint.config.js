/**
 * ESLint with typescript-eslint's type-aware rules. The `typescript` package
 * here is TypeScript 6's compiler API, which typescript-eslint reads;
 * TypeScript 7 (`typescript7`) type-checks and compiles.
 */
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'translation-files/',
      'lib/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      '.vitest/',
      '.scratch/',
      'test/**/fixtures/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // An async function without await is how a Promise-returning interface (pa11y's runners, test doubles) is met here.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS configuration files (puppeteer reads .puppeteerrc.cjs) load modules with require.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // vitest's asymmetric matchers (expect.objectContaining, expect.any, …) are typed `any` by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
