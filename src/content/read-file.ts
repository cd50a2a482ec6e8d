/** Reading a project file into a VFile whose path is relative to the project root, as messages print it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';

export async function readProjectFile(root: string, relativePath: string): Promise<VFile> {
  const value = await readFile(path.join(root, relativePath), 'utf8');
  return new VFile({ cwd: root, path: relativePath, value });
}
