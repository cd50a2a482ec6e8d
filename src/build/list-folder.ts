/** The entries of a project folder, sorted, so that the build reads them in the same order everywhere. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The folders in `folder`; none when it does not exist. */
export async function listFolders(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The files in `folder` ending in `extension`; undefined when the folder does not exist. */
export async function listFiles(root: string, folder: string, extension: string): Promise<string[] | undefined> {
  try {
    const entries = await readdir(path.join(root, folder), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return undefined;
  }
}
