/**
 * Forced colours (Windows high contrast, emulated): the system's colours
 * replace the page's, so a mark made of colour alone (the current language,
 * the current page) or a focus indicator made of colour or shadow is gone.
 * The marks are checked in the page's own colours too, where colour alone
 * fails WCAG 1.4.1 already.
 */
import { changed, type Adaptation } from './adaptation.ts';

export const forcedColors: Adaptation = {
  runner: 'forced-colors',
  async check({ page }) {
    const own = await page.evaluate(() => window.__gateProbes.stateMarkers(false));
    const forced = await changed(
      () => page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]),
      () => page.emulateMediaFeatures([]),
      () =>
        page.evaluate(() => [...window.__gateProbes.stateMarkers(true), ...window.__gateProbes.focusFindings(true)]),
    );
    return [...own, ...forced];
  },
};
