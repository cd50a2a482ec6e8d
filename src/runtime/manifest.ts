/**
 * `dist/manifest.json`: what the build produced, for the run-time layer, the
 * embedding site and translators: languages, pages, their sections and
 * fragment files, per-language translation status, source hashes and the
 * hreflang alternates of each page. The build writes it and the run-time
 * layer reads it; its types live here, with the layer that publishes them,
 * so that the run-time layer imports nothing of the build.
 */

/** Writing direction of a language, as `dir` takes it. */
export type Direction = 'ltr' | 'rtl';

/**
 * Status of a section (or title) in a language: `source` for the source
 * language; `translated` when the translation records the current source
 * hash; `stale` when the source changed since; `missing` when there is none.
 */
export type TranslationStatus = 'source' | 'translated' | 'stale' | 'missing';

/** A page's status in a language; `partial` when some sections are missing. */
export type PageStatus = TranslationStatus | 'partial';

export interface Manifest {
  readonly sourceLanguage: string;
  readonly languages: readonly ManifestLanguage[];
  /** i18next namespaces in every language's bundle folder: UI namespaces, then one per page. */
  readonly namespaces: readonly string[];
  readonly pages: readonly ManifestPage[];
  /** The site's own pages in each language: the index of pages and the "page not found" page. */
  readonly site?: ManifestSite;
  /** The accessibility checks of the build that wrote this output. */
  readonly accessibility?: ManifestAccessibility;
}

export interface ManifestSite {
  /** The index of pages, by language. */
  readonly index: Readonly<Record<string, string>>;
  /** The "page not found" page, by language (sent with status 404). */
  readonly notFound: Readonly<Record<string, string>>;
  /** The search page, by language; absent on a site without search. */
  readonly search?: Readonly<Record<string, string>>;
}

export interface ManifestAccessibility {
  /** `skipped` when built with --skip-browser-checks: the fragments were not checked in a browser. */
  readonly browserChecks: 'passed' | 'failed' | 'skipped';
  readonly errors: number;
  readonly warnings: number;
  /** The full report and its readable summary, relative to the output folder. */
  readonly report: string;
  readonly summary: string;
}

export interface ManifestLanguage {
  readonly code: string;
  /** The language's name in the language itself (English, Español). */
  readonly name: string;
  readonly dir: Direction;
}

export interface ManifestPage {
  readonly id: string;
  /** Hash of the whole source page (title and sections). */
  readonly sourceHash: string;
  /** The page's URL in each language it is written in, plus `x-default` (the source language's): the `hreflang` alternates. */
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
  /**
   * The page's URL in every language of the site (the language switcher's
   * links). A language without a translation of the page still has its page:
   * its own interface, with the source text marked as such.
   */
  readonly urls: Readonly<Record<string, string>>;
  readonly languages: Readonly<Record<string, PageLanguage>>;
  readonly sections: readonly ManifestSection[];
  /** Its place in the site's navigation, lowest first (front matter `order` of the source page). */
  readonly order?: number;
}

export interface PageLanguage {
  readonly status: PageStatus;
  /** The content file, relative to the project root; absent when missing. */
  readonly file?: string;
  readonly title?: string;
  /** One line on what the page is for, in this language (front matter `summary`). */
  readonly summary?: string;
  /** When this language's text last changed, an ISO date (front matter `updated`). */
  readonly updated?: string;
  readonly titleStatus: TranslationStatus;
  readonly counts: { readonly translated: number; readonly stale: number; readonly missing: number };
}

export interface ManifestSection {
  readonly id: string;
  /** Fragment id, `<page>/<section>`, the same in every language. */
  readonly fragment: string;
  readonly sourceHash: string;
  readonly languages: Readonly<Record<string, SectionLanguage>>;
}

export interface SectionLanguage {
  readonly status: TranslationStatus;
  /** The fragment file, relative to the output folder; absent when missing. */
  readonly html?: string;
}
