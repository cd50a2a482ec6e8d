/**
 * A folder of the run's own for the build cache and Node's compile cache, so
 * that no run depends on what ran before it; child processes get the same
 * folders through the environment. It is removed at the end of the run, and
 * again as vitest's process exits: its workers write Node's compile cache as
 * they stop, after the global teardown.
 */
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runFolder } from './paths.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = runFolder();
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  process.env.EMBASSY_CONTENT_CACHE = path.join(folder, 'build-cache');
  process.env.NODE_COMPILE_CACHE = path.join(folder, 'node-compile-cache');
  project.provide('runFolder', folder);
  return async () => rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
