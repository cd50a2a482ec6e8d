/**
 * Where a test run keeps its files. Every global setup runs in vitest's main
 * process, so its pid names the run.
 */
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
  }
}

export const runFolder = (): string => path.join(tmpdir(), `embassy-content-test-${process.pid}`);

export const projectBuildFolder = (): string => path.join(runFolder(), 'project-build');
