/**
 * The run-time layer: an i18next instance over the built bundles, which
 * returns the fragment of a page section in the visitor's language, or the
 * source-language fragment when the translation is missing. A fragment keeps
 * the `lang` it was built with, so a screen reader reads a fallback in the
 * right voice. No network: the bundles are passed in (Node: node.ts loads
 * them from dist/; a browser: imported or fetched by the page).
 */
import i18next, { type i18n, type Resource, type TOptions } from 'i18next';
import { lookupLanguage, parseAcceptLanguage } from './negotiate.ts';
import type { PageResources, Resources, UiStrings } from './resources.generated.ts';

/** A page id. */
export type PageId = Extract<keyof PageResources, string>;
/** A section id of a page. */
export type SectionId<P extends PageId> = Extract<keyof PageResources[P]['sections'], string>;
/** The dotted paths of an object's string leaves: `skipLink`, `landmarks.main`. */
type KeyPath<T> = {
  [K in Extract<keyof T, string>]: T[K] extends string ? K : `${K}.${KeyPath<T[K]>}`;
}[Extract<keyof T, string>];
/** A UI string's key. */
export type UiKey = KeyPath<UiStrings>;
/**
 * A language's UI strings by key, with i18next's interpolation and plurals.
 * Its own type rather than i18next's TFunction, whose keys follow the global
 * augmentation: that is the site's to choose (i18next-types.ts is opt-in).
 */
export type UiText = (key: UiKey, options?: Readonly<Record<string, unknown>>) => string;
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

/** A section fragment with its id. */
export interface PageSection extends Fragment {
  readonly id: string;
}

/** Everything a template needs to render a page in one language. */
export interface LocalizedPage {
  readonly id: PageId;
  /** The (negotiated) language of the page: `<html lang>`. */
  readonly lang: string;
  readonly title: Title;
  /** Every section in order, each in `lang` or, when its translation is missing, in the source language. */
  readonly sections: readonly PageSection[];
}

export interface Localizer {
  /** The i18next instance (its keys are typed once a site imports the augmentation, i18next-types.ts). */
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
  /** A page's title and every section, for a template (a CMS, a server page). */
  page(page: PageId, lng: string): LocalizedPage;
  /** True when a language's bundle has the namespace (page or UI) loaded. */
  has(lng: string, namespace: string): boolean;
  /** Add namespaces of a language's bundle (one fetched by a browser, say). */
  add(lng: string, bundle: LanguageBundle): void;
  /** UI strings of a language (`ui` namespace), with typed keys. */
  t(lng: string): UiText;
}

/** The namespace of the UI strings (the default one); every other is a page's. */
export const uiNamespace = 'ui';

export function createLocalizer(options: LocalizerOptions): Localizer {
  const { languages, sourceLanguage } = options;
  if (!languages.includes(sourceLanguage)) {
    throw new RangeError(
      `The source language \`${sourceLanguage}\` is not among the languages (${languages.join(', ')}).`,
    );
  }
  // A copy: bundles added later (add()) must not change the caller's object.
  const resources: Record<string, Record<string, unknown>> = Object.fromEntries(
    Object.entries(options.resources).map(([lng, bundle]) => [lng, { ...bundle }]),
  );
  const namespaces = new Set(Object.values(resources).flatMap((bundle) => Object.keys(bundle)));
  const instance = i18next.createInstance();
  // initAsync: false — the bundles are in memory, so the instance is ready when init returns.
  void instance.init({
    resources: structuredClone(resources) as Resource,
    lng: sourceLanguage,
    fallbackLng: sourceLanguage,
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: uiNamespace,
    initAsync: false,
    returnNull: false,
  });

  const negotiate = (preferred: readonly string[] | string | null | undefined): string => {
    const list = typeof preferred === 'string' ? parseAcceptLanguage(preferred) : [...(preferred ?? [])];
    return lookupLanguage(list, languages, sourceLanguage);
  };

  // The source language's bundle lists every section; a browser that loaded only one language has that one's.
  const sections = (page: PageId): string[] => {
    const bundle = [sourceLanguage, ...languages]
      .map((lng) => resources[lng]?.[page])
      .find((found) => found !== undefined) as { sections?: object } | undefined;
    return Object.keys(bundle?.sections ?? {});
  };

  // Fragments are HTML, not templates: no interpolation, so `{{…}}` or `$t(…)` in content stays text.
  const lookup = (page: PageId, key: string, lng: string): Localized & { value: string } => {
    const requested = negotiate(lng);
    const options = { ns: page, lng: requested } as const;
    // exists() proves the key is there (in this language or the fallback);
    // usedLng alone does not: a missing key also "resolves" to the key itself.
    if (!instance.exists(key, options)) {
      const known = sections(page);
      const section = key.replace(/^sections\./, '');
      throw new RangeError(
        known.length > 0 && key !== section
          ? `Unknown section \`${section}\` of page \`${page}\` (its sections: ${known.join(', ')}).`
          : `Unknown fragment \`${page}\`/\`${key}\`: not in the bundles (known pages: ${[...namespaces].filter((ns) => ns !== uiNamespace).join(', ')}).`,
      );
    }
    // The key is built at run time; i18next's key types cannot follow it, so its result type is given here.
    const details = (instance.t as unknown as (key: string, options: object) => { res: string; usedLng: string })(key, {
      ...options,
      returnDetails: true,
      skipInterpolation: true,
    });
    return { value: details.res, lng: details.usedLng, requested, fallback: details.usedLng !== requested };
  };

  const fragment = (page: PageId, section: string, lng: string): Fragment => {
    const { value, ...found } = lookup(page, `sections.${section}`, lng);
    if (!found.fallback) return { ...found, html: value };
    return { ...found, html: value, notice: instance.getFixedT(found.requested, uiNamespace)('translationPending') };
  };
  const title = (page: PageId, lng: string): Title => {
    const { value, ...found } = lookup(page, 'title', lng);
    return { ...found, text: value };
  };

  return {
    i18n: instance,
    languages,
    sourceLanguage,
    negotiate,
    fragment,
    title,
    sections: (page) => sections(page) as SectionId<typeof page>[],
    page(page, lng) {
      const lang = negotiate(lng);
      return {
        id: page,
        lang,
        title: title(page, lang),
        sections: sections(page).map((id) => ({ id, ...fragment(page, id, lang) })),
      };
    },
    has: (lng, namespace) => instance.hasResourceBundle(lng, namespace),
    add(lng, bundle) {
      for (const [namespace, data] of Object.entries(bundle)) {
        (resources[lng] ??= {})[namespace] = data;
        namespaces.add(namespace);
        instance.addResourceBundle(lng, namespace, data, true, true);
      }
    },
    t(lng) {
      const fixed = instance.getFixedT(negotiate(lng), uiNamespace);
      // Options as i18next takes them at run time: the search page passes `count: '{{count}}'`, a template's placeholder.
      return (key, options) => fixed(key, (options ?? {}) as TOptions);
    },
  };
}
