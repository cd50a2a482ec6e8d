/**
 * The build, in order. Each list is a prefix of the next, so that what the
 * translators' commands see is what the build would publish.
 *
 *   read sources        content/, locales/          → config, glossary, UI strings, page files
 *   render pages        page files → pipeline       → pages (fragments, messages, units' blocks)
 *   check translations  each translation unit       → translation report, findings as messages
 *   assemble            pages, UI strings           → fragments, bundles, manifest, types
 *   review page         translation report          → reports/review.html (a page the gate checks)
 *   site pages          bundles, manifest           → <lang>/<page>/index.html, assets (pages the gate checks)
 *   search index        site pages → Pagefind       → pagefind/ (one index per language)
 *   site package        manifest, types             → package.json, runtime/ (the output installs as a package)
 *   browser gate        site, review pages → Chromium → findings as messages on the Markdown
 *   accessibility report                            → reports/a11y.json, a11y.html, the manifest's summary
 *   write               output                      → the output folder; files it did not write are kept
 *   record build                                    → the whole-build shortcut's record
 */
import { assemble } from './assemble.ts';
import { browserGate } from './browser-gate.ts';
import { checkTranslations } from './check-translations.ts';
import type { Stage } from './context.ts';
import { readSources } from './read-sources.ts';
import { recordBuild } from './record-build.ts';
import { renderPages } from './render.ts';
import { reportAccessibility } from './report-accessibility.ts';
import { reviewPage } from './review-page.ts';
import { searchIndex } from './search-index.ts';
import { sitePackage } from './site-package.ts';
import { sitePages } from './site-pages.ts';
import { write } from './write.ts';

/**
 * What the translators' commands need: units, findings, and the manifest's
 * status of each section and title (assemble makes it, in memory). No
 * runtime bundle, site page or review page.
 */
export const translationStages: readonly Stage[] = [readSources, renderPages, checkTranslations, assemble];

/**
 * The live preview's: the pages a reader sees, made again on every save
 * (compilePreview); the review pages come after, once the reader's page
 * has been shown (previewReviewStages).
 */
export const previewStages: readonly Stage[] = [...translationStages, sitePages];
export const previewReviewStages: readonly Stage[] = [reviewPage];

/** Everything the output folder gets, written nowhere (compileSite). */
export const compileStages: readonly Stage[] = [...translationStages, reviewPage, sitePages, searchIndex, sitePackage];

/** The whole build (buildSite). */
export const buildStages: readonly Stage[] = [...compileStages, browserGate, reportAccessibility, write, recordBuild];
