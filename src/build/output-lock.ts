/**
 * A lock on an output folder, so that two builds writing the same `dist/` at
 * once take turns instead of mixing their files: `dist.lock`, next to it,
 * created exclusively (O_EXCL) and naming the build that holds it. A build
 * killed while it held the lock leaves the file behind; the next build on the
 * same machine sees that its process is gone and takes the lock over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockOptions {
  /** How long to wait for another build, in ms (default: 60 s; writing takes well under a second). */
  readonly timeout?: number;
  /** Called once when the lock is held by another build, before waiting. */
  readonly onWait?: (holder: LockHolder | undefined) => void;
}

/** What the lock file records. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** Take the lock (waiting for another build if need be); resolves to its release. */
export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.timeout ?? 60_000);
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  let told = false;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`, 'utf8');
      } finally {
        await handle.close();
      }
      return async () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lockPath);
    if (holder && holder.host === me.host && !isRunning(holder.pid)) {
      // Its build was killed: the lock is stale.
      await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder ? `build process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'another build';
      throw new Error(`${lockPath} is held by ${who}. Wait for that build to finish; if no build is running, delete ${lockPath}.`);
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(50);
  }
}

async function readHolder(lockPath: string): Promise<LockHolder | undefined> {
  try {
    const value = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' ? { pid: value.pid, host: value.host, since: String(value.since) } : undefined;
  } catch {
    // Being written or removed just now: look again on the next turn.
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
