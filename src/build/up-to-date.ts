/**
 * The whole-build shortcut: when nothing a build reads has changed since the
 * build that wrote the output folder, the output is already what this build
 * would write, and the build only reports again what it reported then.
 *
 * A build's key is the hash of the toolchain, the build's settings (browser
 * checks, which browser, shard) and every entry of content/ and locales/:
 * folders by name, files (and what symbolic links point to) by path and
 * bytes. The record under that key holds the messages and results of that
 * build and, for every file it wrote, its size and modification time as
 * written; the shortcut is taken only when the output folder holds exactly
 * those files, untouched, as `make` would judge. A build whose inputs
 * changed while it ran is not recorded.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { VFile } from 'vfile';
import { findBrowser } from '../a11y/browser.ts';
import type { PageCheck } from '../a11y/browser-checks.ts';
import { cacheKey, type ContentCache } from '../cache/content-cache.ts';
import { inChunks } from '../cache/in-chunks.ts';
import type { Manifest } from '../runtime/manifest.ts';
import { applyMessages, messagesData, type MessageData } from './render-task.ts';
import { toolchainFingerprint } from '../cache/toolchain.ts';
import type { BuildOptions } from './build-types.ts';

/** What a successful build reported, to report it again. */
export interface BuildRecord {
  /** Every file it wrote: path, size and modification time, as written. */
  readonly output: readonly (readonly [string, number, number])[];
  readonly files: readonly { readonly path: string; readonly messages: readonly MessageData[] }[];
  readonly manifest: Manifest;
  readonly types?: string;
  readonly browserChecks?: readonly PageCheck[];
}

export interface BuildIdentity {
  readonly root: string;
  /** Folders whose every file the build may read. */
  readonly sources: readonly string[];
  /** Anything else the result depends on (settings, browser version). */
  readonly settings: unknown;
}

/** Larger files are keyed by size and time (the build refuses them anyway; see read-file.ts). */
const largestHashedFile = 1 << 20;

/** The key of a build: its toolchain, settings and every source entry; undefined when an entry cannot be read. */
export async function buildKey(identity: BuildIdentity): Promise<string | undefined> {
  const inputs = createHash('sha256');
  try {
    for (const folder of identity.sources) {
      const entries = await readdir(path.join(identity.root, folder), { withFileTypes: true, recursive: true }).catch(
        () => [],
      );
      const paths = entries.map((entry) => path.join(entry.parentPath, entry.name)).sort();
      // In order, a chunk at a time (see in-chunks.ts).
      await inChunks(paths, (entry) => {
        // stat follows symbolic links, as the build's reads do.
        const info = statSync(entry);
        const name = path.relative(identity.root, entry);
        if (info.isDirectory()) inputs.update(`${name}/\0`);
        else if (info.size > largestHashedFile) inputs.update(`${name}\0${info.size}\0${info.mtimeMs}\0`);
        else {
          const bytes = readFileSync(entry);
          inputs.update(`${name}\0${bytes.length}\0`).update(bytes);
        }
      });
    }
  } catch {
    // An entry that cannot be read (no permission, gone since the listing): no shortcut, the build reports what it finds.
    return undefined;
  }
  return cacheKey('build', await toolchainFingerprint(), identity.settings, inputs.digest('hex'));
}

/** Each file of an output folder, with its size and modification time. */
async function outputState(outDir: string): Promise<[string, number, number][] | undefined> {
  try {
    const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
    const files = entries
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    const state: [string, number, number][] = [];
    await inChunks(files, (file) => {
      const info = statSync(file);
      state.push([path.relative(outDir, file), info.size, info.mtimeMs]);
    });
    return state;
  } catch {
    return undefined;
  }
}

/** The record of a build whose output is still in `outDir`, untouched, or undefined. */
export async function upToDate(cache: ContentCache, key: string, outDir: string): Promise<BuildRecord | undefined> {
  const record = await cache.get<BuildRecord>('build', key, isBuildRecord);
  if (!record) return undefined;
  const state = await outputState(outDir);
  return state && JSON.stringify(state) === JSON.stringify(record.output) ? record : undefined;
}

export async function recordBuild(
  cache: ContentCache,
  key: string,
  outDir: string,
  record: Omit<BuildRecord, 'output' | 'files'> & { files: readonly VFile[] },
): Promise<void> {
  const { files, ...rest } = record;
  const output = await outputState(outDir);
  if (!output) return;
  await cache.set('build', key, {
    ...rest,
    output,
    files: files.map((file) => ({ path: file.path, messages: messagesData(file) })),
  });
}

function isBuildRecord(value: unknown): value is BuildRecord {
  const record = value as Partial<BuildRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    Array.isArray(record.output) &&
    Array.isArray(record.files) &&
    typeof record.manifest === 'object'
  );
}

/** The files of a record, with their messages, as the build made them. */
export function recordedFiles(record: BuildRecord, root: string): VFile[] {
  return record.files.map((entry) => {
    const file = new VFile({ cwd: root, path: entry.path });
    applyMessages(file, entry.messages);
    return file;
  });
}

/** What identifies a browser executable without launching it. */
export async function executableIdentity(executable: string): Promise<string> {
  const info = await stat(executable);
  return `${executable} ${info.size} ${info.mtimeMs}`;
}

/** The key of this build for the whole-build shortcut; undefined when the browser cannot be identified. */
export async function upToDateKey(options: BuildOptions, shared: Browser | undefined): Promise<string | undefined> {
  let browser = 'none';
  if (options.browserChecks !== false) {
    try {
      browser = shared ? await shared.version() : await executableIdentity(await findBrowser());
    } catch {
      // No browser: the build reports that; there is no earlier build of these settings to reuse.
      return undefined;
    }
  }
  return buildKey({
    root: options.root,
    sources: ['content', 'locales'],
    settings: { browser, shard: options.shard ?? null, merge: options.merge === true },
  });
}
