/** Shared test helpers: copy a fixture project to a scratch folder, read messages, run a command in-process. */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { VFile } from 'vfile';
import { afterAll } from 'vitest';
import { captureIo, runCommand, type Command } from '../src/cli/io.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** A frozen copy of the Mexico project, which tests edit (test/fixtures/README.md). */
export const fixtureRoot = path.join(projectRoot, 'test/fixtures/mexico');
/** The same site with a page of two short sections, for tests that check a whole build in the browser. */
export const smallFixtureRoot = path.join(projectRoot, 'test/fixtures/small');
/** A site of four pages: one untranslated, one with a Spanish slug, dates and summaries, one to delete. */
export const siteFixtureRoot = path.join(projectRoot, 'test/fixtures/site');

/**
 * The site page files of a site in English and Spanish with the pages
 * `pages` (at their ids' URLs): each page, the index of pages, "not found"
 * and search, in each language, sorted.
 */
export function sitePageFiles(pages: readonly string[]): string[] {
  return ['en', 'es']
    .flatMap((lang) =>
      [...pages.map((page) => `${page}/index.html`), 'index.html', '404.html', 'search/index.html'].map(
        (file) => `${lang}/${file}`,
      ),
    )
    .sort();
}

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

/** A copy of a project's content/ and locales/ (the Mexico fixture's, by default) in a new scratch folder. */
export async function scratchProject(from: string = fixtureRoot): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'embassy-content-'));
  await cp(path.join(from, 'content'), path.join(root, 'content'), { recursive: true });
  await cp(path.join(from, 'locales'), path.join(root, 'locales'), { recursive: true });
  return root;
}

/** The folders a test file makes, removed after its tests. */
export interface ScratchFolders {
  /** A copy of a project's content/ and locales/ (the Mexico fixture's, by default). */
  project(from?: string): Promise<string>;
  /** An empty folder. */
  folder(prefix?: string): Promise<string>;
}

/** Folders in the system's temporary folder for one test file; call it at the file's top level. */
export function scratchFolders(): ScratchFolders {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })));
  });
  return {
    async project(from) {
      const root = await scratchProject(from);
      made.push(root);
      return root;
    },
    async folder(prefix = 'scratch') {
      const folder = await mkdtemp(path.join(tmpdir(), `embassy-content-${prefix}-`));
      made.push(folder);
      return folder;
    },
  };
}

/** What a command printed, and its exit code. */
export interface CommandOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run a command (src/cli) in this process, as if typed in `cwd`. */
export async function runInProcess(
  command: Command,
  argv: readonly string[],
  cwd: string = projectRoot,
): Promise<CommandOutcome> {
  const io = captureIo(cwd);
  const code = await runCommand(command, argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
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

/** The pinned fragments of a shipped page (test/golden/), one after another as `npm run render` prints them. */
export async function goldenFragments(lang: string, sections: readonly string[], page = 'mexico'): Promise<string> {
  const files = sections.map((id) => path.join(projectRoot, 'test/golden/fragments', lang, page, `${id}.html`));
  return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('');
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

/** Every file under a folder, by relative path, with its text. */
export async function folderSnapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      const bytes = await readFile(file);
      // Text as text; other bytes (the search index) exactly, as base64.
      let content: string;
      try {
        content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        content = `bytes:${bytes.toString('base64')}`;
      }
      files.set(path.relative(folder, file), content);
    }
  }
  return files;
}

/** Run `work` with some environment variables set (undefined: unset), then put them back. */
export async function withEnv<T>(variables: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const assign = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  assign(variables);
  try {
    return await work();
  } finally {
    assign(saved);
  }
}
