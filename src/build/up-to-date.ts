/**
 * The whole-build shortcut: when nothing a build reads has changed since the
 * build that wrote the output folder, the output is already what this build
 * would write, and the build only reports again what it reported then.
 *
 * A build's key is the hash of the toolchain, the build's settings (browser
 * checks, which browser, shard) and the path and bytes of every file in
 * content/ and locales/. The record under that key holds the messages and
 * results of that build and the hash of the manifest it wrote; the shortcut
 * is taken only when the output folder still has that very manifest.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { PageCheck } from '../a11y/browser-checks.ts';
import { cacheKey, type ContentCache } from './content-cache.ts';
import type { Manifest } from './manifest.ts';
import { applyMessages, messagesData, type MessageData } from './render-task.ts';
import { toolchainFingerprint } from './toolchain.ts';

/** What a successful build reported, to report it again. */
export interface BuildRecord {
  /** SHA-256 of the manifest.json it wrote. */
  readonly manifestHash: string;
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

/** The key of a build: its toolchain, settings and every source file. */
export async function buildKey(identity: BuildIdentity): Promise<string> {
  const inputs = createHash('sha256');
  for (const folder of identity.sources) {
    const entries = await readdir(path.join(identity.root, folder), { withFileTypes: true, recursive: true }).catch(() => []);
    const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
    for (const file of files) {
      const bytes = await readFile(file);
      inputs.update(`${path.relative(identity.root, file)}\0${bytes.length}\0`).update(bytes);
    }
  }
  return cacheKey('build', await toolchainFingerprint(), identity.settings, inputs.digest('hex'));
}

/** The record of a build whose output is still in `outDir`, or undefined. */
export async function upToDate(cache: ContentCache, key: string, outDir: string): Promise<BuildRecord | undefined> {
  const manifest = await readFile(path.join(outDir, 'manifest.json')).catch(() => undefined);
  if (!manifest) return undefined;
  const record = await cache.get<BuildRecord>('build', key);
  return record && record.manifestHash === sha256(manifest) ? record : undefined;
}

export async function recordBuild(cache: ContentCache, key: string, record: Omit<BuildRecord, 'manifestHash' | 'files'> & { manifestText: string; files: readonly VFile[] }): Promise<void> {
  const { manifestText, files, ...rest } = record;
  await cache.set('build', key, { ...rest, manifestHash: sha256(Buffer.from(manifestText, 'utf8')), files: files.map((file) => ({ path: file.path, messages: messagesData(file) })) });
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

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
