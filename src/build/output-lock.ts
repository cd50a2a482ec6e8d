/**
 * A lock on an output folder, so that two builds writing the same `dist/` at
 * once take turns instead of mixing their files: `dist.lock`, next to it,
 * created exclusively (O_EXCL) and naming the build that holds it, with a
 * token of its own. A build killed while it held the lock leaves the file
 * behind; the next build on the same machine sees that its process is gone
 * and takes the lock over (one waiter at a time, see takeOver).
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rm, stat } from 'node:fs/promises';
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
  readonly token: string;
}

/** A lock file that names no holder (its build was killed as it wrote it) is stale after this long. */
const unnamedStaleAfter = 10_000;

/** Take the lock (waiting for another build if need be); resolves to its release. */
export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.timeout ?? 60_000);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  let told = false;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`, 'utf8');
      } finally {
        await handle.close();
      }
      // Release only our own lock: never one another build took after ours was (wrongly) taken over.
      return async () => {
        if ((await readHolder(lockPath))?.token === me.token) await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lockPath);
    if (holder ? holder.host === me.host && !isRunning(holder.pid) : await olderThan(lockPath, unnamedStaleAfter)) {
      await takeOver(lockPath, holder);
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder ? `build process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'another build';
      throw new Error(
        `${lockPath} is held by ${who}. Wait for that build to finish; if no build is running, delete ${lockPath}.`,
      );
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(50);
  }
}

/**
 * Remove a stale lock. Waiters take this step one at a time, through a second
 * file created exclusively (`dist.lock.takeover`); holding it, the lock is
 * read again and removed only if it is still the stale one (another waiter
 * may have removed it and taken the lock meanwhile).
 */
async function takeOver(lockPath: string, stale: LockHolder | undefined): Promise<void> {
  const guard = `${lockPath}.takeover`;
  try {
    await (await open(guard, 'wx')).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another waiter is at it; a guard left by a build killed right here goes stale too.
    if (await olderThan(guard, unnamedStaleAfter)) await rm(guard, { force: true });
    return;
  }
  try {
    const current = await readHolder(lockPath);
    const stillStale = current
      ? current.token === stale?.token
      : stale === undefined && (await olderThan(lockPath, unnamedStaleAfter));
    if (stillStale) await rm(lockPath, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

async function readHolder(lockPath: string): Promise<LockHolder | undefined> {
  try {
    const value = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string'
      ? { pid: value.pid, host: value.host, since: String(value.since), token: value.token }
      : undefined;
  } catch {
    // Being written or removed just now, or empty: the caller looks at its age.
    return undefined;
  }
}

async function olderThan(file: string, age: number): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > age;
}

/** Whether a process of this machine is running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
