/**
 * A lock on an output folder, so that two builds writing the same `dist/` at
 * once take turns instead of mixing their files: `dist.lock`, next to it,
 * naming the build that holds it, with a token of its own. It is written
 * whole to a file of its own, then given the lock's name by a hard link,
 * which fails if the name is taken: no build ever sees a lock half written,
 * so one that is empty or unreadable is nobody's, and stale at once.
 *
 * A build killed while it held the lock leaves the file behind; the next
 * build on the same machine sees that its process is gone, or that the
 * process with its pid is another one (on Linux, the lock records when its
 * process started, which a process given the same pid later does not
 * share), and takes the lock over (one waiter at a time, see takeOver).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
  /** When its process started, in clock ticks since boot (`/proc/<pid>/stat`), where that can be read. */
  readonly started?: string;
}

/** The guard of a takeover left by a build killed during it is stale after this long. */
const guardStaleAfter = 10_000;

/** Take the lock (waiting for another build if need be); resolves to its release. */
export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.timeout ?? 60_000);
  const started = processStart(process.pid);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
    ...(started === undefined ? {} : { started }),
  };
  let told = false;
  for (;;) {
    if (await createWhole(lockPath, `${JSON.stringify(me)}\n`, me.token)) {
      // Release only our own lock: never one another build took after ours was (wrongly) taken over.
      return async () => {
        if ((await readHolder(lockPath))?.token === me.token) await rm(lockPath, { force: true });
      };
    }
    const holder = await readHolder(lockPath);
    const stale = holder ? staleHolder(holder, me) : await unreadableLock(lockPath);
    if (stale !== false && stale !== undefined) {
      await takeOver(lockPath, stale);
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

/** Create `file` with `text`, whole, unless it exists: written under another name, then linked. True when created. */
async function createWhole(file: string, text: string, token: string): Promise<boolean> {
  const whole = `${file}-${process.pid}-${token}`;
  await writeFile(whole, text, 'utf8');
  try {
    await link(whole, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    await rm(whole, { force: true });
  }
}

/** What a stale lock is known by: the token of a holder that is gone, or the file of an unreadable lock. */
type StaleLock = { readonly token: string } | { readonly ino: number };

/** The holder's token when its lock is stale (a build of this machine that is gone), else false. */
function staleHolder(holder: LockHolder, me: LockHolder): StaleLock | false {
  return holder.host === me.host && !isHolding(holder) ? { token: holder.token } : false;
}

/** An unreadable lock (no build wrote it) by its file; undefined when there is none now. */
async function unreadableLock(lockPath: string): Promise<StaleLock | undefined> {
  const ino = (await stat(lockPath).catch(() => undefined))?.ino;
  return ino === undefined ? undefined : { ino };
}

/** Whether the holder's process is still the one that took the lock: running, and started when it says. */
function isHolding(holder: LockHolder): boolean {
  if (!isRunning(holder.pid)) return false;
  // A lock of an earlier version records no start: its pid's liveness is all there is to go by.
  return holder.started === undefined || processStart(holder.pid) === holder.started;
}

/**
 * When a process started, in clock ticks since boot (field 22 of
 * `/proc/<pid>/stat`), compared as it is written; undefined where there is
 * no /proc (macOS, Windows), where a pid's liveness is all the lock can go by.
 */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields after it are counted from its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/**
 * Remove a stale lock. Waiters take this step one at a time, through a second
 * file created exclusively (`dist.lock.takeover`); holding it, the lock is
 * read again and removed only if it is still the stale one (another waiter
 * may have removed it and taken the lock meanwhile): the same holder's
 * token, or, for an unreadable one, the same file, still unreadable.
 */
async function takeOver(lockPath: string, stale: StaleLock): Promise<void> {
  const guard = `${lockPath}.takeover`;
  try {
    await (await open(guard, 'wx')).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another waiter is at it; a guard left by a build killed right here goes stale too.
    if (await olderThan(guard, guardStaleAfter)) await rm(guard, { force: true });
    return;
  }
  try {
    // Removed only while it is still the same stale lock: only a takeover removes a stale lock, and this one holds the guard.
    const current = await readHolder(lockPath);
    const stillStale =
      'token' in stale
        ? current?.token === stale.token
        : current === undefined && (await stat(lockPath).catch(() => undefined))?.ino === stale.ino;
    if (stillStale) await rm(lockPath, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

async function readHolder(lockPath: string): Promise<LockHolder | undefined> {
  try {
    const value = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.token !== 'string')
      return undefined;
    const started = typeof value.started === 'string' ? { started: value.started } : {};
    return { pid: value.pid, host: value.host, since: String(value.since), token: value.token, ...started };
  } catch {
    // Empty or unreadable: no build wrote it (a build's lock is linked into place whole), or it is gone.
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
