/**
 * The live preview's site, in memory: the pages the build makes
 * (compilePreview: the site pages, then the review pages, without the search
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
import type { Finding, UnitDocument } from '../translation/unit.ts';
import { compilePreview } from '../build/build-site.ts';
import type { CompileResult } from '../build/build-types.ts';
import { reviewPath } from '../build/stages/review-page.ts';
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
  /** The translation checks' findings of the same compile. */
  readonly findings?: readonly Finding[];
}

/** One compile's result: the state, the output files that changed since the last good one, and its time. */
export interface PreviewUpdate {
  readonly state: PreviewState;
  readonly changed: readonly string[];
  readonly milliseconds: number;
  /** Make this compile's review pages (after its pages are shown); the files that changed. Absent when it failed. */
  readonly review?: () => Promise<string[]>;
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
  // A reused file is the same object: no need to compare its bytes.
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a !== undefined && Buffer.compare(a, b) === 0;
}

/** The output a compile made, with its gate's pages (the review pages, which a build writes with its report). */
function outputOf(result: CompileResult): Map<string, string | Uint8Array> | undefined {
  if (!result.output) return undefined;
  return new Map([
    ...result.output,
    ...(result.harnesses ?? []).map((harness) => [harness.path, harness.html] as const),
  ]);
}

/** The files of an output that are review pages, which a compile of the site pages leaves as they were until it makes them. */
const isReviewPage = (file: string): boolean => file === reviewPath || file.startsWith('reports/review/');

export function createPreviewSite(options: PreviewSiteOptions): {
  readonly current: () => PreviewState;
  readonly compile: () => Promise<PreviewUpdate>;
} {
  let state: PreviewState = { version: 0, output: undefined, manifest: undefined, files: [], ok: false };
  let inputKeys: ReadonlyMap<string, string> = new Map();

  /** Add the review pages of the compile that made `version`, unless a newer compile replaced it; the files that changed. */
  const addReview = async (version: number, review: () => Promise<CompileResult>): Promise<string[]> => {
    const reviewed = await review();
    const output = outputOf(reviewed);
    if (state.version !== version || !state.output || !output) return [];
    const changed = changedFiles(state.output, output);
    inputKeys = reviewed.inputKeys ?? inputKeys;
    state = { ...state, output, ...(reviewed.harnesses ? { harnesses: reviewed.harnesses } : {}) };
    return changed;
  };

  const compile = async (): Promise<PreviewUpdate> => {
    const started = performance.now();
    // Also the first compile has an earlier output, empty: it then records its files' input keys, for the next to reuse.
    const earlier = { output: state.output ?? new Map<string, string | Uint8Array>(), inputKeys };
    const { result, review } = await compilePreview(options.root, { cache: options.cache, earlier });
    // What this compile did not read belongs to pages as they were: let it go.
    options.cache?.forgetUntouched();
    const version = state.version + 1;
    const ok = result.ok && result.output !== undefined && !hasErrors(result.files);
    const made = outputOf(result);
    // Until this compile's review pages are made, the last ones are served.
    const kept = [...(state.output ?? [])].filter(([file]) => isReviewPage(file));
    const compiled = made ? new Map([...kept, ...made]) : undefined;
    const output = ok ? compiled : state.output;
    const changed = ok && compiled ? changedFiles(state.output, compiled) : [];
    if (ok)
      inputKeys = new Map([...inputKeys].filter(([file]) => isReviewPage(file)).concat([...(result.inputKeys ?? [])]));
    const harnesses = ok ? result.harnesses : state.harnesses;
    const documents = result.translations ? [...result.translations.documents.values()].flat() : state.documents;
    const findings = result.translations ? result.translations.findings : state.findings;
    state = {
      version,
      output,
      manifest: ok ? result.manifest : state.manifest,
      files: [...result.files],
      ok,
      ...(harnesses ? { harnesses } : {}),
      ...(documents ? { documents } : {}),
      ...(findings ? { findings } : {}),
    };
    return {
      state,
      changed,
      milliseconds: performance.now() - started,
      ...(ok ? { review: () => addReview(version, review) } : {}),
    };
  };
  return { current: () => state, compile };
}
