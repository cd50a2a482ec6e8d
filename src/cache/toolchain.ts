/**
 * The toolchain's fingerprint: what, besides a page's text and options,
 * decides what the build makes of it. A cached result is only reused under
 * the same fingerprint, so upgrading a plugin, editing this package's code or
 * moving to another Node.js (whose ICU data splits sentences) rebuilds
 * everything once.
 *
 *   - every installed package and its version (npm's node_modules/.package-lock.json,
 *     else package-lock.json, else the versions of the direct dependencies);
 *   - this package's version, and every file of its code (src/, or lib/ where it
 *     runs compiled: code, and the site's stylesheet and icon);
 *   - the Node.js, V8 and ICU versions.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const packageRoot = path.resolve(import.meta.dirname, '../..');
/** src/ or lib/: the folder this code runs from. */
const codeFolder = path.resolve(import.meta.dirname, '..');

let memo: Promise<string> | undefined;

/** 64 hex characters; computed once per process. */
export function toolchainFingerprint(): Promise<string> {
  memo ??= computeFingerprint();
  return memo;
}

async function computeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(
    `node ${process.versions.node} v8 ${process.versions.v8} icu ${process.versions.icu ?? ''} unicode ${process.versions.unicode ?? ''}\n`,
  );
  hash.update(await installedPackages());
  const { version } = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8')) as {
    version?: string;
  };
  hash.update(`embassy-content ${version ?? '?'}\n`);
  for (const file of await sourceFiles(codeFolder)) {
    hash.update(`\n${path.relative(packageRoot, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

async function installedPackages(): Promise<string> {
  for (const lockfile of ['node_modules/.package-lock.json', 'package-lock.json']) {
    const text = await readFile(path.join(packageRoot, lockfile), 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
  }
  const manifest = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const versions: string[] = [];
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    const installed = await readFile(path.join(packageRoot, 'node_modules', name, 'package.json'), 'utf8').catch(
      () => '{}',
    );
    versions.push(`${name}@${(JSON.parse(installed) as { version?: string }).version ?? '?'}`);
  }
  return versions.join('\n');
}

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return (
    entries
      // The generated key types are the build's output, not its code.
      .filter((entry) => entry.isFile() && !entry.name.includes('.generated.'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
  );
}
