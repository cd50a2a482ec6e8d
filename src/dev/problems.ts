/**
 * The problems a preview page shows: the messages of the files its page is
 * made from (its Markdown in its language and in the source language), and of
 * the files every page is made from (site.yaml, the glossary, the UI strings
 * of its language), with the page's translation status and the link to its
 * review page. Each message has its file, line and column, its rule, and the
 * fix when the rule gives one.
 */
import type { VFile } from 'vfile';
import type { Manifest, ManifestPage } from '../runtime/manifest.ts';
import type { UnitDocument, UnitStatus } from '../translation/unit.ts';
import { pageFile } from '../site/site-output.ts';

export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly severity: 'error' | 'warning';
  /** `source:rule`, as vfile-reporter prints it. */
  readonly rule?: string;
  readonly reason: string;
  /** How to fix it. */
  readonly fix?: string;
}

export interface PageProblems {
  /** The page's language (the URL's), for the panel's own words. */
  readonly lang: string;
  readonly problems: readonly Problem[];
  /** The page's translation in this language, when it is a translation. */
  readonly translation?: {
    readonly status: string;
    /** The page's translation units by status (identical: the same text as the source, which a translator may have missed). */
    readonly units: Readonly<Record<UnitStatus, number>>;
    readonly review: string;
    /** The translation editor's page for it. */
    readonly editor: string;
  };
}

/** The page of the manifest a URL shows, and in which language. */
export function pageAt(manifest: Manifest | undefined, pathname: string): { page?: ManifestPage; lang: string } {
  const file = pageFile(pathname);
  for (const page of manifest?.pages ?? []) {
    for (const [lang, href] of Object.entries(page.urls)) if (pageFile(href) === file) return { page, lang };
  }
  const first = pathname.split('/')[1] ?? '';
  const lang = manifest?.languages.find((language) => language.code === first)?.code;
  return { lang: lang ?? manifest?.sourceLanguage ?? 'en' };
}

/** How many of a document's units have each status. */
function unitCounts(document: UnitDocument | undefined): Record<UnitStatus, number> {
  const counts: Record<UnitStatus, number> = { translated: 0, stale: 0, missing: 0, identical: 0 };
  for (const unit of document?.units ?? []) counts[unit.status] += 1;
  return counts;
}

/** Every error and warning of `files` that concerns the page at `pathname`, and its translation's units (`documents`). */
export function pageProblems(
  files: readonly VFile[],
  manifest: Manifest | undefined,
  pathname: string,
  documents: readonly UnitDocument[] = [],
): PageProblems {
  const { page, lang } = pageAt(manifest, pathname);
  const source = manifest?.sourceLanguage ?? 'en';
  const concerned = new Set([
    'content/site.yaml',
    'content/glossary.yaml',
    `locales/${lang}/ui.json`,
    `locales/${lang}/source-hashes.yaml`,
    ...(page ? [`content/${lang}/${page.id}.md`, `content/${source}/${page.id}.md`] : []),
    // The browser gate's findings on the page itself, not traced to Markdown.
    pageFile(pathname),
  ]);
  // Another page's Markdown or HTML, or another language's UI strings, is not this page's concern.
  const otherPages = (path: string) =>
    (path.startsWith('content/') && path.endsWith('.md')) || path.startsWith('locales/') || path.endsWith('.html');
  const problems = files
    .filter((file) => concerned.has(file.path) || !otherPages(file.path))
    .flatMap((file) =>
      file.messages
        .filter((message) => message.fatal !== null && message.fatal !== undefined)
        .map((message): Problem => ({
          file: file.path,
          ...(message.line === undefined ? {} : { line: message.line }),
          ...(message.column === undefined ? {} : { column: message.column }),
          severity: message.fatal ? 'error' : 'warning',
          ...(message.ruleId ? { rule: message.source ? `${message.source}:${message.ruleId}` : message.ruleId } : {}),
          reason: message.reason,
          ...(message.note ? { fix: message.note } : {}),
        })),
    );
  const language = page?.languages[lang];
  const translation =
    page && language && lang !== source
      ? {
          status: language.status,
          units: unitCounts(
            documents.find((document) => document.kind === 'page' && document.id === page.id && document.lang === lang),
          ),
          review: `/reports/review/pages/${page.id}.html`,
          editor: `/translate/${lang}/${page.id}`,
        }
      : undefined;
  return { lang, problems, ...(translation ? { translation } : {}) };
}
