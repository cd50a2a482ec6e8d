/**
 * Type test, checked by `tsc --noEmit` (part of `npm test`): keys that do not
 * exist are type errors. Each @ts-expect-error fails the check if the line
 * below it ever type-checks.
 */
import type { Localizer } from '../../src/runtime/index.ts';

export function typedKeys(localizer: Localizer): string[] {
  const ok = [
    localizer.fragment('mexico', 'goals', 'es').html,
    localizer.t('es')('skipLink'),
    localizer.t('es')('landmarks.languageSwitcher'),
    localizer.i18n.t('ui:publisher'),
    localizer.title('mexico', 'es').text,
  ];
  // @ts-expect-error: there is no section `goal`.
  localizer.fragment('mexico', 'goal', 'es');
  // @ts-expect-error: there is no page `mejico`.
  localizer.fragment('mejico', 'goals', 'es');
  // @ts-expect-error: there is no UI string `skiplink`.
  localizer.t('es')('skiplink');
  // @ts-expect-error: there is no UI string `landmarks.mian`.
  localizer.i18n.t('ui:landmarks.mian');
  return ok;
}
