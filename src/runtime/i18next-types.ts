/**
 * i18next's CustomTypeOptions for this site's bundles: `t('ui:skipLink')` is
 * checked against the UI strings, and a misspelt key is a type error. Opt-in
 * (`import 'embassy-content/i18next'`, or the site package's `/i18next`):
 * the augmentation is global, and would otherwise replace the key types of a
 * site's own i18next instance.
 */
import type { Resources } from './resources.generated.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: Resources;
  }
}
