/**
 * A folder of the run's own (removed at its end) for the build cache and
 * Node's compile cache, so that no run depends on what ran before it. Child
 * processes get the same folders through the environment.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runFolder } from './paths.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = runFolder();
  await mkdir(folder, { recursive: true });
  process.env.EMBASSY_CONTENT_CACHE = path.join(folder, 'build-cache');
  process.env.NODE_COMPILE_CACHE = path.join(folder, 'node-compile-cache');
  project.provide('runFolder', folder);
  // Workers may still be flushing Node's compile cache as they exit: retry a folder that is not empty yet.
  return async () => rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
