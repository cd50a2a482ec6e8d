/** Reduced motion (WCAG 2.3.3): with `prefers-reduced-motion: reduce`, nothing on the page keeps moving. */
import { changed, type Adaptation } from './adaptation.ts';

export const reducedMotion: Adaptation = {
  runner: 'motion',
  async check({ page }) {
    return changed(
      () => page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]),
      () => page.emulateMediaFeatures([]),
      () => page.evaluate(() => window.__gateProbes.ongoingMotion()),
    );
  },
};
