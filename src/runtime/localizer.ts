/**
 * The run-time layer: an i18next instance over the built bundles, which
 * returns the fragment of a page section in the visitor's language, or the
 * source-language fragment when the translation is missing. A fragment keeps
 * the `lang` it was built with, so a screen reader reads a fallback in the
 * right voice. No network: the bundles are passed in (Node: node.ts loads
 * them from dist/; a browser: imported or fetched by the page).
 */
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import './i18next-types.ts';
import { lookupLanguage, parseAcceptLanguage } from './negotiate.ts';
import type { PageResources, Resources } from './resources.generated.ts';

/** A page id. */
export type PageId = keyof PageResources & string;
/** A section id of a page. */
export type SectionId<P extends PageId> = keyof PageResources[P]['sections'] & string;
/** One language's bundle, by namespace (dist/locales/<lang>/<namespace>.json). */
export type LanguageBundle = Partial<Resources>;

export interface LocalizerOptions {
  /** Bundles by language (dist/locales/<lang>/<namespace>.json). */
  readonly resources: Readonly<Record<string, LanguageBundle>>;
  /** The languages the site publishes (the manifest's `languages`). */
  readonly languages: readonly string[];
  /** The language content is written in, served when a translation is missing. */
  readonly sourceLanguage: string;
}

/** Which language a lookup asked for and which it got. */
export interface Localized {
  /** Language of the result: the requested one, or the source language in its place. */
  readonly lng: string;
  /** The (negotiated) language asked for. */
  readonly requested: string;
  /** True when the source language was served because the translation is missing. */
  readonly fallback: boolean;
}

/** A section fragment. */
export interface Fragment extends Localized {
  /** One `<section lang="…">` element, in language `lng`. */
  readonly html: string;
  /** When `fallback`: the "not translated yet" notice, in the requested language. */
  readonly notice?: string;
}

/** A page title. */
export interface Title extends Localized {
  /** Plain text, in language `lng`. */
  readonly text: string;
}

export interface Localizer {
  /** The i18next instance (typed keys, see i18next-types.ts). */
  readonly i18n: i18n;
  readonly languages: readonly string[];
  readonly sourceLanguage: string;
  /**
   * Best published language for the visitor's preferences: a list
   * (`navigator.languages`) or an Accept-Language header (or a single tag).
   */
  negotiate(preferred: readonly string[] | string | null | undefined): string;
  /** The fragment of a section in a language, or its source-language fragment. */
  fragment<P extends PageId>(page: P, section: SectionId<P>, lng: string): Fragment;
  /** A page's title in a language, or in the source language. */
  title(page: PageId, lng: string): Title;
  /** A page's section ids, in order. */
  sections<P extends PageId>(page: P): SectionId<P>[];
  /** UI strings of a language (`ui` namespace), with typed keys. */
  t(lng: string): TFunction<'ui'>;
}

const uiNamespace = 'ui';

export function createLocalizer(options: LocalizerOptions): Localizer {
  const { languages, sourceLanguage } = options;
  if (!languages.includes(sourceLanguage)) {
    throw new RangeError(`The source language \`${sourceLanguage}\` is not among the languages (${languages.join(', ')}).`);
  }
  const namespaces = Object.keys(options.resources[sourceLanguage] ?? {});
  const instance = i18next.createInstance();
  // initAsync: false — the bundles are in memory, so the instance is ready when init returns.
  void instance.init({
    resources: options.resources as Resource,
    lng: sourceLanguage,
    fallbackLng: sourceLanguage,
    supportedLngs: [...languages],
    ns: namespaces,
    defaultNS: uiNamespace,
    initAsync: false,
    returnNull: false,
  });

  const negotiate = (preferred: readonly string[] | string | null | undefined): string => {
    const list = typeof preferred === 'string' ? parseAcceptLanguage(preferred) : [...(preferred ?? [])];
    return lookupLanguage(list, languages, sourceLanguage);
  };

  // Fragments are HTML, not templates: no interpolation, so `{{…}}` or `$t(…)` in content stays text.
  const lookup = (page: PageId, key: string, lng: string): Localized & { value: string } => {
    const requested = negotiate(lng);
    const options = { ns: page, lng: requested } as const;
    // exists() proves the key is there (in this language or the fallback);
    // usedLng alone does not: a missing key also "resolves" to the key itself.
    if (!instance.exists(key, options)) {
      throw new RangeError(`Unknown fragment \`${page}\`/\`${key}\`: not in the bundles (known pages: ${namespaces.filter((ns) => ns !== uiNamespace).join(', ')}).`);
    }
    // The key is built at run time; i18next's key types cannot follow it, so its result type is given here.
    const details = (instance.t as unknown as (key: string, options: object) => { res: string; usedLng: string })(key, { ...options, returnDetails: true, skipInterpolation: true });
    return { value: details.res, lng: details.usedLng, requested, fallback: details.usedLng !== requested };
  };

  return {
    i18n: instance,
    languages,
    sourceLanguage,
    negotiate,
    fragment(page, section, lng) {
      const { value, ...found } = lookup(page, `sections.${section}`, lng);
      if (!found.fallback) return { ...found, html: value };
      return { ...found, html: value, notice: instance.getFixedT(found.requested, uiNamespace)('translationPending') };
    },
    title(page, lng) {
      const { value, ...found } = lookup(page, 'title', lng);
      return { ...found, text: value };
    },
    sections(page) {
      const bundle = options.resources[sourceLanguage]?.[page];
      return Object.keys(bundle?.sections ?? {}) as SectionId<typeof page>[];
    },
    t(lng) {
      return instance.getFixedT(negotiate(lng), uiNamespace);
    },
  };
}
