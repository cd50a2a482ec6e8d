/**
 * The live preview's site, in memory: the pages the build makes
 * (compilePreview: the site pages and the review page, without the search
 * index), made again after each save. A compile that fails keeps the last
 * good output on screen with its messages, so that a mistake never blanks
 * the page being read. Unchanged pages are reused from the earlier compile
 * (their input keys) and from the build cache.
 *
 * Each compile is compared with the one before: the files whose bytes
 * changed, appeared or went away are what the open pages reload for.
 */
import type { VFile } from 'vfile';
import type { Harness } from '../a11y/harness.ts';
import type { UnitDocument } from '../translation/unit.ts';
import { compilePreview } from '../build/build-site.ts';
import type { ContentCache } from '../cache/content-cache.ts';
import { hasErrors } from '../content/report.ts';
import type { Manifest } from '../runtime/manifest.ts';

export type PreviewFiles = ReadonlyMap<string, string | Uint8Array>;

/** What the preview serves, and what the last compile reported. */
export interface PreviewState {
  /** Counts compiles, so that a page can tell it has seen this one. */
  readonly version: number;
  /** The last good output (undefined until one compile succeeds). */
  readonly output: PreviewFiles | undefined;
  readonly manifest: Manifest | undefined;
  /** Every file the last compile read, with its messages (errors keep the last good output); the background gate adds its own. */
  readonly files: VFile[];
  readonly ok: boolean;
  /** The pages of the last good output, as the browser gate checks them. */
  readonly harnesses?: readonly Harness[];
  /** The translation units of the last compile that had them, by language. */
  readonly documents?: readonly UnitDocument[];
}

/** One compile's result: the state, the output files that changed since the last good one, and its time. */
export interface PreviewUpdate {
  readonly state: PreviewState;
  readonly changed: readonly string[];
  readonly milliseconds: number;
}

export interface PreviewSiteOptions {
  readonly root: string;
  readonly cache?: ContentCache | undefined;
}

/** The files of `next` that differ from `previous`: changed, new or gone. */
export function changedFiles(previous: PreviewFiles | undefined, next: PreviewFiles): string[] {
  const changed: string[] = [];
  for (const [file, data] of next) if (!sameData(previous?.get(file), data)) changed.push(file);
  for (const file of previous?.keys() ?? []) if (!next.has(file)) changed.push(file);
  return changed.sort();
}

function sameData(a: string | Uint8Array | undefined, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a !== undefined && Buffer.compare(a, b) === 0;
}

export function createPreviewSite(options: PreviewSiteOptions): {
  readonly current: () => PreviewState;
  readonly compile: () => Promise<PreviewUpdate>;
} {
  let state: PreviewState = { version: 0, output: undefined, manifest: undefined, files: [], ok: false };
  let inputKeys: ReadonlyMap<string, string> = new Map();
  const compile = async (): Promise<PreviewUpdate> => {
    const started = performance.now();
    const earlier = state.output ? { output: state.output, inputKeys } : undefined;
    const result = await compilePreview(options.root, { cache: options.cache, ...(earlier ? { earlier } : {}) });
    // What this compile did not read belongs to pages as they were: let it go.
    options.cache?.forgetUntouched();
    const version = state.version + 1;
    const ok = result.ok && result.output !== undefined && !hasErrors(result.files);
    // The review pages are the gate's pages, which a build writes with its report: the preview serves them too.
    const compiled = result.output
      ? new Map([...result.output, ...(result.harnesses ?? []).map((harness) => [harness.path, harness.html] as const)])
      : undefined;
    const output = ok ? compiled : state.output;
    const changed = ok && compiled ? changedFiles(state.output, compiled) : [];
    if (ok) inputKeys = result.inputKeys ?? new Map();
    const harnesses = ok ? result.harnesses : state.harnesses;
    const documents = result.translations ? [...result.translations.documents.values()].flat() : state.documents;
    state = {
      version,
      output,
      manifest: ok ? result.manifest : state.manifest,
      files: [...result.files],
      ok,
      ...(harnesses ? { harnesses } : {}),
      ...(documents ? { documents } : {}),
    };
    return { state, changed, milliseconds: performance.now() - started };
  };
  return { current: () => state, compile };
}
