/**
 * What flows through the build's stages, and what a stage is.
 *
 * The context starts with the project folder and the options; each stage
 * returns it with what it made added (the site config, the rendered pages,
 * the manifest…). A stage reads what an earlier one made with `need()`, which
 * names the missing part if the stages were put in the wrong order.
 */
import type { Browser } from 'puppeteer';
import type { VFile } from 'vfile';
import type { PageCheck } from '../../a11y/browser-checks.ts';
import type { Harness } from '../../a11y/harness.ts';
import type { GlossaryTerm } from '../../content/glossary.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import type { StringHashes } from '../../content/string-hashes.ts';
import type { RenderedSection } from '../../pipeline/processor.ts';
import type { PageMatter } from '../../pipeline/remark-page-matter.ts';
import type { SectionSpan } from '../../pipeline/remark-sections.ts';
import type { Manifest } from '../../runtime/manifest.ts';
import type { BuildOptions, CompileOptions, TranslationReport } from '../build-types.ts';
import type { PageFiles } from '../page-files.ts';
import type { UiStrings } from '../ui-strings.ts';
import type { Output } from '../write-output.ts';

/** A page file in one language, rendered. */
export interface PageVersion {
  readonly file: VFile;
  readonly matter: PageMatter;
  readonly sections: readonly RenderedSection[];
  readonly spans: readonly SectionSpan[];
  /** Source hash of each section's text, by section id. */
  readonly hashes: ReadonlyMap<string, string>;
  /** Its render's key, which names everything it was made from. */
  readonly key: string;
}

/** Pages by id, then language. */
export type Pages = Map<string, Map<string, PageVersion>>;

/** What only a build that writes has: its options, and what it worked out before the stages ran. */
export interface BuildTarget {
  readonly options: BuildOptions;
  /** The browser the caller lent, if any: theirs to close. */
  readonly sharedBrowser: Browser | undefined;
  /** This build's key for the whole-build shortcut (up-to-date.ts), when it has one. */
  readonly upToDateKey: string | undefined;
}

export interface BuildContext {
  /** Project folder, holding content/ and locales/. */
  readonly root: string;
  readonly options: CompileOptions;
  /** Set by buildSite; compiling alone writes nothing. */
  readonly target?: BuildTarget;
  /** Every file read, with its messages; stages add files and messages to it. */
  readonly files: VFile[];
  /** Milliseconds per phase, which the runner adds each stage's time to. */
  readonly timings: Record<string, number>;
  /** Set by a stage after which no other can run (the site config unreadable, no browser). */
  readonly stopped?: true;

  readonly config?: SiteConfig;
  readonly glossary?: readonly GlossaryTerm[];
  readonly ui?: UiStrings;
  /** The recorded source hashes of each translation's UI strings. */
  readonly stringHashes?: ReadonlyMap<string, StringHashes>;
  /** The page files read, to render. */
  readonly pageFiles?: PageFiles;
  readonly pages?: Pages;
  readonly translations?: TranslationReport;
  /** The files of the output folder, by relative path. */
  readonly output?: Output;
  /** For the files of the output made from an input key, the key (output-record.ts). */
  readonly inputKeys?: ReadonlyMap<string, string>;
  readonly manifest?: Manifest;
  /** The TypeScript types of the source bundles (resource-types.ts). */
  readonly types?: string;
  /** The pages the browser gate checks. */
  readonly harnesses?: readonly Harness[];
  /** What the browser gate found, page by page; absent when it did not run. */
  readonly browserChecks?: readonly PageCheck[];
  /** The accessibility report's own pages, as the gate checked them, and what it found on them. */
  readonly reportPages?: { readonly pages: readonly Harness[]; readonly checks: readonly PageCheck[] };
  /** Files of the output folder that the build did not write, which it kept; set once written. */
  readonly kept?: readonly string[];
}

/** One step of the build. */
export interface Stage {
  readonly name: string;
  /** The phase of `timings` its time is added to (the bench prints them); untimed without one. */
  readonly phase?: string;
  /** Whether the stages after it run even with errors, so that one build reports every problem at once. */
  readonly continuesOnErrors?: boolean;
  /** Whether it has work in this build; without it, it always has. */
  readonly applies?: (context: BuildContext) => boolean;
  readonly run: (context: BuildContext) => Promise<BuildContext> | BuildContext;
}

/** A part of the context an earlier stage makes; a clear internal error when no stage before made it. */
export function need<Key extends keyof BuildContext>(context: BuildContext, key: Key): NonNullable<BuildContext[Key]> {
  const value = context[key];
  if (value === undefined || value === null) {
    throw new Error(
      `Internal error: a build stage needs \`${key}\`, which no stage before it made; check the order of the stages.`,
    );
  }
  return value;
}

/** Every page the gate checked: the site's, the review pages, and the accessibility report's own. */
export function checkedPages(context: BuildContext): readonly PageCheck[] | undefined {
  return context.browserChecks && [...context.browserChecks, ...(context.reportPages?.checks ?? [])];
}
