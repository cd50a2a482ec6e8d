/**
 * The run-time layer, for Node and browsers: create a localizer from the
 * built bundles, negotiate the visitor's language, get fragments.
 */
export { createLocalizer } from './localizer.ts';
export type {
  Fragment,
  LanguageBundle,
  Localized,
  Localizer,
  LocalizerOptions,
  PageId,
  SectionId,
  Title,
  UiKey,
  UiText,
} from './localizer.ts';
export { lookupLanguage, parseAcceptLanguage } from './negotiate.ts';
export type { PageResources, Resources, UiStrings } from './resources.generated.ts';
export type {
  Direction,
  Manifest,
  ManifestAccessibility,
  ManifestLanguage,
  ManifestPage,
  ManifestSection,
  PageLanguage,
  PageStatus,
  SectionLanguage,
  TranslationStatus,
} from './manifest.ts';
