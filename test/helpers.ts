/** Shared test helpers: run a plugin on a small fixture, copy the project to a scratch folder. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { VFile } from 'vfile';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** What a test needs of a message: where, which rule, error or not. */
export interface Reported {
  readonly rule: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly fatal: boolean;
  readonly reason: string;
}

/**
 * The errors and warnings on a file; with `notes`, also the notes (messages
 * that are neither, such as reading-level figures).
 */
export function reported(file: VFile, options: { notes?: boolean } = {}): Reported[] {
  return file.messages
    .filter((message) => options.notes === true || message.fatal !== undefined)
    .map((message) => ({
      rule: message.ruleId,
      line: message.line,
      column: message.column,
      fatal: message.fatal === true,
      reason: message.reason,
    }));
}

/** A copy of the project's content/ and locales/ in a new scratch folder. */
export async function scratchProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'embassy-content-'));
  await cp(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  await cp(path.join(projectRoot, 'locales'), path.join(root, 'locales'), { recursive: true });
  return root;
}

/** Edit a file of a scratch project with a function of its text. */
export async function editFile(root: string, relativePath: string, edit: (text: string) => string): Promise<void> {
  const file = path.join(root, relativePath);
  const before = await readFile(file, 'utf8');
  const after = edit(before);
  if (after === before)
    throw new Error(`The edit of ${relativePath} changed nothing: the fixture no longer matches the content.`);
  await writeFile(file, after, 'utf8');
}

/** Remove a `## … {#id}` section (heading to the next section heading) from Markdown. */
export function withoutSection(markdown: string, id: string): string {
  const start = markdown.search(new RegExp(`^## .*\\{#${id}\\}`, 'm'));
  if (start === -1) throw new Error(`No section ${id}`);
  const rest = markdown.slice(start + 1);
  const next = rest.search(/^## /m);
  return markdown.slice(0, start) + (next === -1 ? '' : rest.slice(next));
}

/**
 * The package as a consumer installs it, in `work` (inside the project, so
 * that its dependencies resolve from the project's node_modules): lib/
 * compiled as `npm run build` compiles it, dist/ built, and a package.json
 * with the package's name and exports, so that files in `work` can import
 * `embassy-content/node` by name.
 */
export async function installedPackage(work: string): Promise<void> {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { buildSite } = await import('../src/build/build-site.ts');
  // TypeScript 7's compiler (the `typescript` package name holds TypeScript 6's API, for the linter).
  const tsc = path.join(projectRoot, 'node_modules/typescript7/bin/tsc');
  await promisify(execFile)(
    process.execPath,
    [tsc, '-p', path.join(projectRoot, 'tsconfig.lib.json'), '--outDir', path.join(work, 'lib')],
    { cwd: projectRoot },
  );
  const result = await buildSite({ root: projectRoot, outDir: path.join(work, 'dist'), browserChecks: false });
  if (!result.ok) throw new Error('The build failed.');
  const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name: string;
    type: string;
    exports: unknown;
  };
  await writeFile(
    path.join(work, 'package.json'),
    JSON.stringify({ name: manifest.name, type: manifest.type, exports: manifest.exports }),
    'utf8',
  );
}

/** A free local port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
