/**
 * Render page tasks, doing as little as possible: a task whose result is in
 * the content cache is not rendered again; the others run in a pool of
 * worker threads (piscina), one per core by default, or in this thread when
 * there is one worker. Results come back in the order of the tasks, so the
 * build's output does not depend on which worker finished first.
 *
 * In a worker, a task that runs longer than the time limit is stopped (its
 * worker is terminated and replaced) and reported as an error on its file:
 * one pathological page cannot hang the build.
 */
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { OtherLanguageDetector } from '../text-analysis/other-language.ts';
import { cacheKey, type ContentCache } from '../cache/content-cache.ts';
import { renderProblem } from './publishable-render.ts';
import {
  isCacheable,
  isRenderedPage,
  renderTask,
  taskIdentity,
  type RenderedPage,
  type RenderTask,
} from './render-task.ts';
import type { WorkerRequest, WorkerResponse } from './render-worker.ts';
import { toolchainFingerprint } from '../cache/toolchain.ts';

export interface RenderPagesOptions {
  /** Worker threads; 1 renders in this thread. Default: one per core, when there are at least 50 pages to render per worker. */
  readonly workers?: number;
  /** Where results are kept between builds; without it everything is rendered. */
  readonly cache?: ContentCache | undefined;
  /** Only read results from the cache; a task without one is returned as missing (for `--merge`). */
  readonly cachedOnly?: boolean;
  /** Longest a task may run in a worker, in milliseconds (default: 60 000). */
  readonly timeout?: number;
  /** The detector for rendering in this thread. */
  readonly detector: () => Promise<OtherLanguageDetector>;
}

/** A task's outcome: its result, or why there is none. */
export type RenderOutcome =
  | {
      readonly kind: 'rendered';
      readonly page: RenderedPage;
      readonly cached: boolean;
      /** The task's key: it names everything its result is made from (the cache's key for it). */
      readonly key: string;
    }
  | { readonly kind: 'timeout'; readonly milliseconds: number }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'not-cached' };

export const defaultWorkers: number = availableParallelism();
const defaultTimeout = 60_000;

/**
 * Pages to render per worker started: a worker spends about a second loading
 * the pipeline and its word lists, the time of some 50 renders, so a few
 * changed pages render faster in this thread.
 */
const pagesPerWorker = 50;

/** A pool started on first use and kept for the build, until `close`. */
export interface RenderPool {
  run(tasks: readonly RenderTask[], options: RenderPagesOptions): Promise<RenderOutcome[]>;
  close(): Promise<void>;
  /**
   * The most tasks that waited in the pool's queue, their time limit
   * running: 0 when each was handed to a free thread, as each should be.
   */
  readonly peakQueued: number;
}

export function createRenderPool(): RenderPool {
  let piscina: Piscina | undefined;
  let peakQueued = 0;
  return {
    get peakQueued() {
      return peakQueued;
    },
    async run(tasks, options) {
      const outcomes: (RenderOutcome | undefined)[] = new Array<RenderOutcome | undefined>(tasks.length);
      // Every result has a key, cache or not: later keys name a page by it (its units, its review page).
      const fingerprint = await toolchainFingerprint();
      const keys = tasks.map((task) => cacheKey('page', fingerprint, taskIdentity(task)));
      const pending: number[] = [];
      // A cached render is used only if it is one the pipeline could have published for its page (publishable-render.ts).
      const publishable = (value: unknown, index: number): value is RenderedPage => {
        const task = tasks[index];
        return isRenderedPage(value) && task !== undefined && renderProblem(value, task) === undefined;
      };
      const found = options.cache
        ? await options.cache.getMany('page', keys, publishable)
        : keys.map((): RenderedPage | undefined => undefined);
      for (const [index, cached] of found.entries()) {
        if (cached) outcomes[index] = { kind: 'rendered', page: cached, cached: true, key: keys[index] ?? '' };
        else if (options.cachedOnly) outcomes[index] = { kind: 'not-cached' };
        else pending.push(index);
      }
      // An explicit number is honoured; by default, one per core when there is enough to do.
      const workers = Math.max(
        1,
        options.workers === undefined
          ? Math.min(defaultWorkers, Math.floor(pending.length / pagesPerWorker))
          : Math.min(options.workers, pending.length),
      );
      // AbortSignal.timeout takes whole milliseconds.
      const timeout = Math.max(1, Math.ceil(options.timeout ?? defaultTimeout));
      // Entries are written while rendering goes on, and all written before returning.
      const writes: Promise<void>[] = [];
      const store = (index: number, page: RenderedPage): void => {
        outcomes[index] = { kind: 'rendered', page, cached: false, key: keys[index] ?? '' };
        // A result with errors is kept too: it is as much a function of its input as any other.
        if (options.cache && isCacheable(page)) writes.push(options.cache.set('page', keys[index] ?? '', page));
      };
      // The pending tasks are shared by the lanes: this thread's when there is one worker, else one per worker thread.
      let next = 0;
      const take = (): number | undefined => (next < pending.length ? pending[next++] : undefined);
      const mainLane = async (): Promise<void> => {
        const detector = await options.detector();
        for (let index = take(); index !== undefined; index = take()) {
          const task = tasks[index];
          if (task) store(index, await renderTask(task, detector));
        }
      };
      const workerLane = async (pool: Piscina): Promise<void> => {
        for (let index = take(); index !== undefined; index = take()) {
          // One task in flight per lane, so that a task's time limit runs from its start, not from its place in a queue.
          const started = performance.now();
          const request: WorkerRequest = {
            task: tasks[index] as RenderTask,
            cache: options.cache ? { folder: options.cache.folder, key: keys[index] ?? '' } : undefined,
          };
          try {
            const running = pool.run(request, { signal: AbortSignal.timeout(timeout) });
            peakQueued = Math.max(peakQueued, pool.queueSize);
            const response = (await running) as WorkerResponse;
            const page = JSON.parse(response.json) as RenderedPage;
            outcomes[index] = { kind: 'rendered', page, cached: false, key: keys[index] ?? '' };
            if (response.stored) options.cache?.countWrite('page');
          } catch (error) {
            if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
              outcomes[index] = { kind: 'timeout', milliseconds: Math.round(performance.now() - started) };
            } else {
              // A worker that crashed (out of memory, say) fails its file, not the whole build.
              outcomes[index] = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
            }
          }
        }
      };
      if (workers === 1) {
        await mainLane();
      } else {
        // Sized for the build, not for this batch: a later batch may have more to do.
        piscina ??= new Piscina({
          filename: new URL(`./render-worker${path.extname(import.meta.url)}`, import.meta.url).href,
          minThreads: 1,
          maxThreads: options.workers ?? defaultWorkers,
          idleTimeout: 1_000,
        });
        const pool = piscina;
        // Every task runs in a worker, which can be stopped at its time limit (this thread could not be).
        await Promise.all(Array.from({ length: workers }, () => workerLane(pool)));
      }
      await Promise.all(writes);
      return outcomes.map((outcome) => outcome ?? { kind: 'not-cached' });
    },
    async close() {
      await piscina?.destroy();
      piscina = undefined;
    },
  };
}
