/**
 * The package as a site installs it, once per run, read-only: the files
 * `npm pack` would put in its tarball (bin/, lib/ as compiled for this run,
 * locales/, package.json), with the run's build of the project as dist/. Its
 * node_modules is the project's, linked, so that nothing is downloaded.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../helpers.ts';
import { projectBuildFolder, runFolder } from './paths.ts';

/** The files of the package's tarball, relative to the project (npm pack --dry-run, its scripts not run). */
async function packedFiles(): Promise<string[]> {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: projectRoot,
  });
  const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
  return (packed?.files ?? []).map((file) => file.path);
}

export default async function setup(project: TestProject): Promise<void> {
  const work = path.join(runFolder(), 'installed-package');
  await mkdir(work, { recursive: true });
  for (const file of await packedFiles()) {
    // dist/ is this run's build of the project, not whatever the working copy holds.
    if (file.startsWith('dist/')) continue;
    await cp(path.join(projectRoot, file), path.join(work, file));
  }
  await cp(projectBuildFolder(), path.join(work, 'dist'), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  project.provide('installedPackage', work);
}
