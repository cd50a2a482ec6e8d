/**
 * i18next's CustomTypeOptions for this package's bundles: `t('ui:skipLink')`
 * is checked against the UI strings, and a misspelt key is a type error.
 */
import type { Resources } from './resources.generated.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: Resources;
  }
}
