/**
 * lib/: this package compiled to JavaScript (TypeScript 7, tsconfig.lib.json),
 * with the files that are not code (the site's stylesheet and icon) copied
 * beside it, so that the command and the run-time layer run from
 * node_modules, where Node.js does not strip types. `npm run prepare` (run by
 * `npm ci`, `npm pack` and a git dependency's install) and this package's own
 * build call it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from './io.ts';

export function compileLibrary(): void {
  const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript7/package.json')), 'bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], { cwd: packageRoot, stdio: 'inherit' });
  const source = path.join(packageRoot, 'src');
  for (const entry of readdirSync(source, { withFileTypes: true, recursive: true })) {
    // TypeScript emits the code (and search.js, allowJs); the rest is copied as it is.
    if (!entry.isFile() || /\.[cm]?[jt]s$/.test(entry.name)) continue;
    const from = path.join(entry.parentPath, entry.name);
    cpSync(from, path.join(packageRoot, 'lib', path.relative(source, from)));
  }
}
