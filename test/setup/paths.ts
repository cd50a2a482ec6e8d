/**
 * Where a test run keeps its files: a new folder per run. Every global setup
 * runs in vitest's main process; the first to ask makes the folder, and the
 * environment hands its name to the others (and to the workers).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own folder (test/setup/run-folder.ts). */
    runFolder: string;
    /** The real project built once, without browser checks, read-only (test/setup/project-build.ts). */
    projectBuild: string;
    /** The shared Chromium's DevTools endpoint (test/setup/browser.ts). */
    browserWSEndpoint: string;
    /** The package as a site installs it, read-only (test/setup/installed-package.ts). */
    installedPackage: string;
    /** A new project that installed the packed site package of the project's build (test/setup/site-package.ts). */
    siteConsumer: { folder: string; packageName: string };
  }
}

export function runFolder(): string {
  process.env.EMBASSY_CONTENT_TEST_RUN ??= mkdtempSync(path.join(tmpdir(), 'embassy-content-test-'));
  return process.env.EMBASSY_CONTENT_TEST_RUN;
}

export const projectBuildFolder = (): string => path.join(runFolder(), 'project-build');
