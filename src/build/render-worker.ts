/**
 * A worker thread of the render pool (render-pages.ts): renders the page
 * tasks it is given. The other-language detector, slow to load, is loaded
 * once per worker.
 */
import { createOtherLanguageDetector } from '../a11y/other-language.ts';
import { renderTask, type RenderedPage, type RenderTask } from './render-task.ts';

const detector = createOtherLanguageDetector();

export default async function render(task: RenderTask): Promise<RenderedPage> {
  return renderTask(task, await detector);
}
