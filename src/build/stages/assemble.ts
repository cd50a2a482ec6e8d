/**
 * Assemble what is published: the i18next bundles (UI namespaces, and a
 * bundle per page and language), a fragment file per section and language,
 * the manifest (languages, pages, each item's status, alternates) and the
 * TypeScript types of the source bundles. Also with errors, so that the
 * manifest still tells translators where each item stands.
 */
import { languageDirection } from '../../content/language.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { stringAt, type UiNamespace, type UiTree } from '../../content/ui-strings.ts';
import { sourceHash } from '../../pipeline/source-hash.ts';
import type {
  Manifest,
  ManifestPage,
  ManifestSection,
  PageLanguage,
  PageStatus,
  SectionLanguage,
  TranslationStatus,
} from '../../runtime/manifest.ts';
import { resourceTypes } from '../resource-types.ts';
import { uiNamespace } from '../ui-strings.ts';
import { need, type BuildContext, type Pages, type PageVersion, type Stage } from './context.ts';
import { reportError } from '../../content/report.ts';
import { cacheKey } from '../../cache/content-cache.ts';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function assembleAll(context: BuildContext): BuildContext {
  const config = need(context, 'config');
  const ui = need(context, 'ui');
  const pages = need(context, 'pages');
  const output = new Map<string, string>();
  const sourceUi = ui.get(config.sourceLanguage) ?? new Map<string, UiNamespace>();

  for (const [lang, namespaces] of ui) {
    for (const [name, namespace] of namespaces) output.set(`locales/${lang}/${name}.json`, json(namespace.strings));
  }

  const manifestPages: ManifestPage[] = [];
  const pageIds = [...pages.keys()].filter((id) => pages.get(id)?.has(config.sourceLanguage)).sort();
  const recall = recallPages(context, config);
  for (const pageId of pageIds) {
    const versions = pages.get(pageId) ?? new Map<string, PageVersion>();
    const made = recall(pageId, versions, () => {
      const files = new Map<string, string>();
      return { page: manifestPage(config, pageId, versions, files), files };
    });
    for (const [file, text] of made.files) output.set(file, text);
    if (made.page) manifestPages.push(made.page);
  }
  reportSharedUrls(manifestPages, pages, config.sourceLanguage);

  const manifest: Manifest = {
    sourceLanguage: config.sourceLanguage,
    languages: config.languages.map((code) => ({
      code,
      name: stringAt(ui.get(code)?.get(uiNamespace)?.strings ?? {}, 'languageName') ?? code,
      dir: languageDirection(code) ?? 'ltr',
    })),
    namespaces: [...sourceUi.keys(), ...manifestPages.map((page) => page.id)],
    pages: manifestPages,
    site: {
      index: byLanguage(config, config.indexUrl),
      notFound: byLanguage(config, config.notFoundUrl),
      ...(config.searchUrl === false ? {} : { search: byLanguage(config, config.searchUrl) }),
    },
  };
  output.set('manifest.json', json(manifest));

  const sourceStrings = new Map<string, UiTree>([...sourceUi].map(([name, namespace]) => [name, namespace.strings]));
  const types = resourceTypes(
    sourceStrings,
    manifestPages.map((page) => ({ id: page.id, sections: page.sections.map((section) => section.id) })),
  );
  return { ...context, output, manifest, types };
}

/** A page's entry in the manifest, and its fragments and bundles. */
interface AssembledPage {
  readonly page: ManifestPage | undefined;
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Where a page's assembly is kept while its versions are unchanged (the live
 * preview's cache), so that an unchanged page gives the same objects and
 * strings as before; without a key for every version, it is made.
 */
function recallPages(
  context: BuildContext,
  config: SiteConfig,
): (pageId: string, versions: ReadonlyMap<string, PageVersion>, make: () => AssembledPage) => AssembledPage {
  const { cache } = context.options;
  if (!cache?.remembers) return (_pageId, _versions, make) => make();
  const configKey = cacheKey(config);
  return (pageId, versions, make) => {
    const keys = config.languages.map((lang) => (versions.has(lang) ? versions.get(lang)?.key : 'missing'));
    if (keys.some((key) => !key)) return make();
    return cache.recall('assembled', [pageId, configKey, ...keys].join('\0'), make);
  };
}

/** A URL pattern with `{lang}`, for each language. */
function byLanguage(config: SiteConfig, pattern: string): Record<string, string> {
  return Object.fromEntries(config.languages.map((lang) => [lang, pattern.replaceAll('{lang}', lang)]));
}

/**
 * Two pages at one URL in a language (the same slug, or a slug that is
 * another page's id) would write one file over the other: an error at
 * each page's file that gives it that URL.
 */
function reportSharedUrls(manifestPages: readonly ManifestPage[], pages: Pages, sourceLanguage: string): void {
  const byUrl = new Map<string, { page: string; lang: string }[]>();
  for (const page of manifestPages)
    for (const [lang, url] of Object.entries(page.urls))
      byUrl.set(url, [...(byUrl.get(url) ?? []), { page: page.id, lang }]);
  for (const [url, users] of byUrl) {
    if (users.length < 2) continue;
    for (const { page, lang } of users) {
      const versions = pages.get(page);
      const version = versions?.get(lang) ?? versions?.get(sourceLanguage);
      if (!version) continue;
      const others = users.filter((user) => user.page !== page).map((user) => `\`${user.page}\``);
      reportError(
        version.file,
        `This page's URL in ${lang}, ${url}, is also that of ${others.join(', ')}: give one of them another \`slug\` in its front matter.`,
        { line: 1, column: 1 },
        'slug',
      );
    }
  }
}

/** A section of the manifest as it is filled in, language by language. */
type SectionEntry = { id: string; fragment: string; sourceHash: string; languages: Record<string, SectionLanguage> };

/** A page's entry in the manifest; its fragments and bundles go into `output`. */
function manifestPage(
  config: SiteConfig,
  pageId: string,
  versions: ReadonlyMap<string, PageVersion>,
  output: Map<string, string>,
): ManifestPage | undefined {
  const source = versions.get(config.sourceLanguage);
  if (!source) return undefined;
  // A source page always has a title (remark-page-matter).
  const titleHash = sourceHash(source.matter.title ?? '');
  const sections: SectionEntry[] = source.sections.map((section) => ({
    id: section.id,
    fragment: `${pageId}/${section.id}`,
    sourceHash: source.hashes.get(section.id) ?? '',
    languages: {},
  }));
  const languages: Record<string, PageLanguage> = {};
  for (const lang of config.languages) {
    const page = { config, pageId, source, titleHash };
    languages[lang] = pageLanguage(page, lang, versions.get(lang), sections, output);
  }
  // A language's URL segment: its own slug, else the source page's, else the id.
  const slug = (lang: string): string => versions.get(lang)?.matter.slug ?? source.matter.slug ?? pageId;
  const href = (lang: string): string => config.pageUrl.replaceAll('{lang}', lang).replaceAll('{page}', slug(lang));
  const published = config.languages.filter((lang) => versions.has(lang));
  return {
    id: pageId,
    sourceHash: sourceHash([titleHash, ...sections.map((section) => section.sourceHash)].join(' ')),
    alternates: [
      ...published.map((lang) => ({ hreflang: lang, href: href(lang) })),
      { hreflang: 'x-default', href: href(config.sourceLanguage) },
    ],
    urls: Object.fromEntries(config.languages.map((lang) => [lang, href(lang)])),
    languages,
    sections: sections satisfies ManifestSection[],
    ...(source.matter.order === undefined ? {} : { order: source.matter.order }),
  };
}

/** A page in one language: its status, each section's status in `sections`, its fragments and bundle in `output`. */
function pageLanguage(
  page: { config: SiteConfig; pageId: string; source: PageVersion; titleHash: string },
  lang: string,
  version: PageVersion | undefined,
  sections: readonly SectionEntry[],
  output: Map<string, string>,
): PageLanguage {
  const { config, pageId, source, titleHash } = page;
  const bundle: { title?: string; sections: Record<string, string> } = { sections: {} };
  const counts = { translated: 0, stale: 0, missing: 0 };
  for (const section of sections) {
    const rendered = version?.sections.find((candidate) => candidate.id === section.id);
    let status: TranslationStatus;
    if (!rendered) status = 'missing';
    else if (lang === config.sourceLanguage) status = 'source';
    else status = version && isCurrent(version, section.id, source) ? 'translated' : 'stale';
    if (status !== 'source') counts[status] += 1;
    if (rendered) {
      const htmlPath = `fragments/${lang}/${pageId}/${section.id}.html`;
      output.set(htmlPath, `${rendered.html}\n`);
      bundle.sections[section.id] = rendered.html;
      section.languages[lang] = { status, html: htmlPath };
    } else {
      section.languages[lang] = { status };
    }
  }
  let titleStatus: TranslationStatus = 'missing';
  if (version) {
    // A translation without a title yet: its bundle has none, and the page shows the source's.
    bundle.title = version.matter.title;
    titleStatus =
      lang === config.sourceLanguage
        ? 'source'
        : version.matter.title === undefined
          ? 'missing'
          : version.matter.source?.title === titleHash
            ? 'translated'
            : 'stale';
    output.set(`locales/${lang}/${pageId}.json`, json({ title: bundle.title, sections: bundle.sections }));
  }
  return {
    status: pageStatus(lang === config.sourceLanguage, version !== undefined, counts, titleStatus),
    ...(version ? { file: version.file.path } : {}),
    ...(version?.matter.title === undefined ? {} : { title: version.matter.title }),
    ...(version?.matter.summary === undefined ? {} : { summary: version.matter.summary }),
    ...(version?.matter.updated === undefined ? {} : { updated: version.matter.updated }),
    titleStatus,
    counts,
  };
}

/** Whether a translation records the current source hash of a section. */
function isCurrent(translation: PageVersion, sectionId: string, source: PageVersion): boolean {
  return translation.matter.source?.sections[sectionId] === source.hashes.get(sectionId);
}

function pageStatus(
  isSource: boolean,
  exists: boolean,
  counts: { translated: number; stale: number; missing: number },
  titleStatus: TranslationStatus,
): PageStatus {
  if (isSource) return 'source';
  if (!exists) return 'missing';
  if (counts.missing > 0 || titleStatus === 'missing') return 'partial';
  if (counts.stale > 0 || titleStatus === 'stale') return 'stale';
  return 'translated';
}

export const assemble: Stage = { name: 'assemble', phase: 'assemble', run: assembleAll };
