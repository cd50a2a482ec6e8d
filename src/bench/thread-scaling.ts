/**
 * What this machine gives threads, measured in the same run as the build:
 * the same pure computation (SHA-256 over a buffer, no I/O, no allocation
 * to speak of), N units on one worker thread, then one unit on each of N
 * worker threads at once. Their ratio is the best speed-up any pool of N
 * threads can get here; the bench divides the pool's own speed-up by it
 * (`poolEfficiency`), so that a machine with busy or shared cores does not
 * make the pool look worse, or better, than it is.
 */
import { Worker } from 'node:worker_threads';

export interface ThreadScaling {
  readonly threads: number;
  /** N units on one thread. */
  readonly oneThreadMilliseconds: number;
  /** One unit on each of N threads at once. */
  readonly nThreadsMilliseconds: number;
  /** oneThread / nThreads: at most N. */
  readonly scaling: number;
}

/** A worker that hashes `units` units and posts its digest (so that the work cannot be skipped). */
const workerSource = `
const { createHash } = require('node:crypto');
const { parentPort, workerData } = require('node:worker_threads');
const buffer = Buffer.alloc(64 * 1024, 7);
let digest = buffer;
for (let unit = 0; unit < workerData.units; unit++)
  for (let round = 0; round < workerData.rounds; round++) digest = createHash('sha256').update(buffer).update(digest).digest();
parentPort.postMessage({ digest: digest.toString('hex') });
`;

function hashOn(units: number, rounds: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { units, rounds } });
    worker.once('message', (message: { digest: string }) => resolve(message.digest));
    worker.once('error', reject);
  });
}

/**
 * Measure scaling to `threads` threads; `rounds` sets the size of a unit
 * (the default takes about a second per unit on a 2020s core).
 */
export async function measureThreadScaling(threads: number, rounds = 8000): Promise<ThreadScaling> {
  // One warm-up unit: the first worker of a process pays for starting V8 and loading crypto.
  await hashOn(1, Math.ceil(rounds / 10));
  // Wall time from here for both, a worker's start included, as the pool's own speed-up is measured.
  let started = performance.now();
  await hashOn(threads, rounds);
  const oneThreadMilliseconds = performance.now() - started;
  started = performance.now();
  await Promise.all(Array.from({ length: threads }, () => hashOn(1, rounds)));
  const nThreadsMilliseconds = performance.now() - started;
  return {
    threads,
    oneThreadMilliseconds,
    nThreadsMilliseconds,
    scaling: oneThreadMilliseconds / nThreadsMilliseconds,
  };
}
