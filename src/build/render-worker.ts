/**
 * A worker thread of the render pool (render-pages.ts): renders the page
 * tasks it is given, stores each result in the content cache itself, and
 * hands it back as JSON, so that the main thread, which shares the cores,
 * only parses it. The other-language detector, slow to load, is loaded once
 * per worker.
 */
import { otherLanguageDetector } from '../text-analysis/other-language.ts';
import { ContentCache } from '../cache/content-cache.ts';
import { isCacheable, renderTask, type RenderTask } from './render-task.ts';

const detector = otherLanguageDetector();

export interface WorkerRequest {
  readonly task: RenderTask;
  /** Where to store the result, if anywhere. */
  readonly cache?: { readonly folder: string; readonly key: string } | undefined;
}

export interface WorkerResponse {
  /** The RenderedPage, as JSON. */
  readonly json: string;
  /** Whether it was stored in the cache. */
  readonly stored: boolean;
}

export default async function render(request: WorkerRequest): Promise<WorkerResponse> {
  const page = await renderTask(request.task, await detector);
  const json = JSON.stringify(page);
  const stored =
    request.cache && isCacheable(page)
      ? await new ContentCache(request.cache.folder).setText('page', request.cache.key, json)
      : false;
  return { json, stored };
}
