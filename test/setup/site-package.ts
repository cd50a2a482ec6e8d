/**
 * The site package as a site gets it, once per run: the run's build of the
 * project packed (`npm pack`, as a team would publish it), and installed
 * with npm into a new project folder outside the repository, from npm's
 * cache where it can (its dependencies came with this project's install).
 * Read-only: tests that add files work in a folder of their own that links
 * its node_modules.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { projectBuildFolder, runFolder } from './paths.ts';

const run = promisify(execFile);

export default async function setup(project: TestProject): Promise<void> {
  const packed = path.join(runFolder(), 'site-package');
  const consumer = path.join(runFolder(), 'site-consumer');
  await mkdir(packed, { recursive: true });
  await mkdir(consumer, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', packed], { cwd: projectBuildFolder() });
  const [tarball] = JSON.parse(stdout) as { filename: string; name: string }[];
  if (!tarball) throw new Error('npm pack wrote no tarball of the site package.');
  await writeFile(
    path.join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(packed, tarball.filename)], {
    cwd: consumer,
  });
  project.provide('siteConsumer', { folder: consumer, packageName: tarball.name });
}
