/**
 * The real project built once per run, without the browser checks, into the
 * run's folder; tests that only read a build share it. Both the integration
 * and the end-to-end tier ask for it: the second finds it built.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/build/build-site.ts';
import { projectRoot } from '../helpers.ts';
import { projectBuildFolder } from './paths.ts';

export default async function setup(project: TestProject): Promise<void> {
  const outDir = projectBuildFolder();
  const built = await access(path.join(outDir, 'manifest.json')).then(
    () => true,
    () => false,
  );
  if (!built) {
    const result = await buildSite({ root: projectRoot, outDir, browserChecks: false });
    if (!result.ok) throw new Error('The project does not build: run `npm run build` to see why.');
  }
  project.provide('projectBuild', outDir);
}
