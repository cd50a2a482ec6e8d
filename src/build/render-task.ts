/**
 * Rendering one page file as a task that can run anywhere: in this thread,
 * in a worker thread, or not at all when the content cache has its result.
 * A task and its result are plain data (structured-cloneable, JSON-able);
 * the result carries the file's messages and data, which `applyRendered`
 * puts back on the build's own VFile, so that every path gives the build the
 * same file, byte for byte.
 */
import type { Point, Position } from 'unist';
import { VFile, type Data } from 'vfile';
import type { OtherLanguageDetector } from '../text-analysis/other-language.ts';
import type { GlossaryTerm } from '../content/glossary.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { renderPage, type PipelineOptions, type RenderedSection } from '../pipeline/processor.ts';
import { sectionHashes } from '../pipeline/source-hash.ts';
import { pagePipelineOptions } from './page-options.ts';

export interface RenderTask {
  /** The file's path, relative to the project folder (`content/es/mexico.md`). */
  readonly path: string;
  /** Its text, decoded and normalized (read-file.ts). */
  readonly value: string;
  readonly config: SiteConfig;
  readonly glossary: readonly GlossaryTerm[];
  readonly page: string;
  readonly lang: string;
  readonly sourceSectionIds?: readonly string[] | undefined;
}

/** A message as data: `fatal` true (error), false (warning) or 'info'. */
export interface MessageData {
  readonly reason: string;
  readonly place?: Point | Position | undefined;
  readonly ruleId?: string | undefined;
  readonly source?: string | undefined;
  readonly fatal: boolean | 'info';
  readonly note?: string | undefined;
  readonly url?: string | undefined;
}

export interface RenderedPage {
  readonly messages: readonly MessageData[];
  /** What the pipeline recorded on the file: page matter, section spans, blocks, readability. */
  readonly data: Data;
  readonly sections: readonly RenderedSection[];
  /** The source hash of each section's text, by section id: hashed once, with the render, and kept with it. */
  readonly hashes: Readonly<Record<string, string>>;
}

/** The pipeline options of a task (the detector is the only part that is not data). */
export function taskPipelineOptions(task: RenderTask, detector: OtherLanguageDetector): PipelineOptions {
  return pagePipelineOptions({
    config: task.config,
    glossary: task.glossary,
    detector,
    page: task.page,
    lang: task.lang,
    sourceSectionIds: task.sourceSectionIds,
  });
}

/**
 * What decides a task's result besides the toolchain: its path, text and
 * pipeline options. A glossary entry or setting that the pipeline does not
 * read (a translator's note, say) is not part of it.
 */
export function taskIdentity(task: RenderTask): unknown {
  const options = taskPipelineOptions(task, noDetector);
  const { otherLanguage, ...accessibility } = options.accessibility ?? {};
  return {
    path: task.path,
    value: task.value,
    options: { ...options, accessibility: { ...accessibility, otherLanguage: { allow: otherLanguage?.allow ?? [] } } },
  };
}

/** Stands in for the detector in a task's identity: it is code and word lists, which the toolchain fingerprint covers. */
const noDetector: OtherLanguageDetector = { find: () => [] };

export async function renderTask(task: RenderTask, detector: OtherLanguageDetector): Promise<RenderedPage> {
  const file = new VFile({ path: task.path, value: task.value });
  const sections = await renderPage(file, taskPipelineOptions(task, detector));
  return { messages: messagesData(file), data: file.data, sections, hashes: Object.fromEntries(sectionHashes(file)) };
}

/** Whether a value has the shape of a result (a cache entry from another version, or damaged, does not). */
export function isRenderedPage(value: unknown): value is RenderedPage {
  const page = value as Partial<RenderedPage> | null;
  return (
    typeof page === 'object' &&
    page !== null &&
    Array.isArray(page.messages) &&
    Array.isArray(page.sections) &&
    typeof page.hashes === 'object' &&
    page.hashes !== null &&
    typeof page.data === 'object' &&
    page.data !== null
  );
}

/**
 * Whether a result may be cached: not one cut short by the source limits,
 * whose stack-depth guard depends on where it ran (a worker's stack is larger
 * than the main thread's); those fail fast anyway.
 */
export function isCacheable(page: RenderedPage): boolean {
  return !page.messages.some((message) => message.ruleId === 'source-limits');
}

/** Put a result's messages and data on the build's file; returns its sections. */
export function applyRendered(file: VFile, rendered: RenderedPage): readonly RenderedSection[] {
  applyMessages(file, rendered.messages);
  Object.assign(file.data, rendered.data);
  return rendered.sections;
}

/** A file's messages, as data. */
export function messagesData(file: VFile): MessageData[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place ?? undefined,
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined,
    fatal: message.fatal === true ? true : message.fatal === false ? false : 'info',
    note: message.note ?? undefined,
    url: message.url ?? undefined,
  }));
}

/** Add messages, as data, to a file: the same messages `messagesData` read. */
export function applyMessages(file: VFile, messages: readonly MessageData[]): void {
  // A message is an Error, whose stack is captured when made; one made again from data has no stack worth the time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    addMessages(file, messages);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function addMessages(file: VFile, messages: readonly MessageData[]): void {
  for (const data of messages) {
    const message = file.message(data.reason, {
      ...(data.place ? { place: data.place } : {}),
      ...(data.ruleId ? { ruleId: data.ruleId } : {}),
      ...(data.source ? { source: data.source } : {}),
    });
    message.fatal = data.fatal === 'info' ? undefined : data.fatal;
    if (data.note !== undefined) message.note = data.note;
    if (data.url !== undefined) message.url = data.url;
  }
}
