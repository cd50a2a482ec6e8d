/** What a build is asked to do and what it gives back, as its callers see them (build-site.ts). */
import type { Browser } from 'puppeteer';
import type { VFile } from 'vfile';
import type { PageCheck } from '../a11y/browser-checks.ts';
import type { Harness } from '../a11y/harness.ts';
import type { ContentCache } from '../cache/content-cache.ts';
import type { Manifest } from '../runtime/manifest.ts';
import type { Check } from '../translation/checks/check.ts';
import type { Finding, UnitDocument } from '../translation/unit.ts';
import type { LockOptions } from './output-lock.ts';
import type { Shard } from './shard.ts';
import type { Output } from './write-output.ts';
import type { EarlierOutput } from './reuse-output.ts';

export interface BuildOptions {
  /** Project folder, holding content/ and locales/. */
  readonly root: string;
  /** Output folder (replaced as a whole when the build succeeds). */
  readonly outDir: string;
  /**
   * The in-browser accessibility checks: `false` skips them (recorded as
   * skipped in the manifest); by default a browser is found and launched,
   * or pass one to share it.
   */
  readonly browserChecks?: false | { readonly browser?: Browser; readonly concurrency?: number };
  /** Waiting for another build that writes the same output folder (see output-lock.ts). */
  readonly lock?: LockOptions;
  /** Where results are kept between builds (cache/content-cache.ts); without it, everything is done again. */
  readonly cache?: ContentCache | undefined;
  /** Worker threads rendering pages; 1 renders in this thread (default: one per core when there is enough to do; render-pages.ts). */
  readonly workers?: number | undefined;
  /** Build only this shard's pages (shard.ts). */
  readonly shard?: Shard | undefined;
  /** Assemble the shards' results: every page must come from the cache, none is rendered. */
  readonly merge?: boolean | undefined;
}

export interface BuildResult {
  /** Every file read, with its messages (for vfile-reporter). */
  readonly files: readonly VFile[];
  /** False when any message is an error; nothing was written then. */
  readonly ok: boolean;
  /** What was read, with status per item; also when `ok` is false, unless the site config is unreadable. */
  readonly manifest?: Manifest;
  /** The TypeScript types of the source bundles (see resource-types.ts). */
  readonly types?: string;
  /** The in-browser checks, page by page, with timings; absent when skipped or not reached. */
  readonly browserChecks?: readonly PageCheck[];
  /** True when nothing had changed since the build that wrote the output, which was left as it was (up-to-date.ts). */
  readonly upToDate?: boolean;
  /** Milliseconds spent in each phase (read, render, translation checks, …, write), for the benchmark. */
  readonly timings?: Readonly<Record<string, number>>;
  /** Files of the output folder that the build did not write, which it kept (relative to it); absent when nothing was written. */
  readonly kept?: readonly string[];
}

export interface CompileOptions extends Pick<BuildOptions, 'cache' | 'workers' | 'shard' | 'merge'> {
  /** Translation checks to run besides the default ones (spelling, say). */
  readonly translationChecks?: readonly Check[];
  /** An earlier compile's output, whose pages made from the same input are reused (the live preview). */
  readonly earlier?: EarlierOutput;
}

/** Every translation unit and what the checks found, by target language. */
export interface TranslationReport {
  readonly documents: ReadonlyMap<string, readonly UnitDocument[]>;
  readonly findings: readonly Finding[];
  /** A key naming what each page document was made from, when the build had a cache: it stands for the document in other keys. */
  readonly documentKeys?: ReadonlyMap<UnitDocument, string>;
}

export interface CompileResult extends BuildResult {
  /** Units and findings; present unless the site config is unreadable. */
  readonly translations?: TranslationReport;
  /** The files of the output folder, by relative path; absent on error. */
  readonly output?: Output;
  /** The pages the browser checks: each site page in each language, and the translators' review page. */
  readonly harnesses?: readonly Harness[];
  /** The input key of each output file made from one, for the next compile to reuse it (`earlier`). */
  readonly inputKeys?: ReadonlyMap<string, string>;
}
