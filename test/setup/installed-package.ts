/**
 * The package as a site installs it, once per run, read-only: lib/ compiled
 * as `npm run build` compiles it (TypeScript 7), the run's build of the
 * project as dist/, and a package.json with the package's name and exports,
 * so that files in the folder import `embassy-content/node` by name. Its
 * node_modules is the project's, linked.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../helpers.ts';
import { projectBuildFolder, runFolder } from './paths.ts';

export default async function setup(project: TestProject): Promise<void> {
  const work = path.join(runFolder(), 'installed-package');
  await mkdir(work, { recursive: true });
  const tsc = path.join(projectRoot, 'node_modules/typescript7/bin/tsc');
  await promisify(execFile)(
    process.execPath,
    [tsc, '-p', path.join(projectRoot, 'tsconfig.lib.json'), '--outDir', path.join(work, 'lib')],
    { cwd: projectRoot },
  );
  await cp(projectBuildFolder(), path.join(work, 'dist'), { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name: string;
    type: string;
    exports: unknown;
  };
  const { name, type, exports } = manifest;
  await writeFile(path.join(work, 'package.json'), JSON.stringify({ name, type, exports }), 'utf8');
  await symlink(path.join(projectRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  project.provide('installedPackage', work);
}
