/**
 * A build output folder's identity. A build replaces the folder whole (a new
 * folder takes its name), so a new build is a new folder: another inode.
 * Undefined when there is no folder (the instant of a swap, or none yet).
 */
import { statSync } from 'node:fs';

export function folderIdentity(folder: string): string | undefined {
  const stats = statSync(folder, { throwIfNoEntry: false });
  return stats ? `${stats.dev}:${stats.ino}` : undefined;
}
