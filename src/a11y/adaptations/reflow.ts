/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide, what a phone shows and what
 * 400 % zoom leaves of a 1280 px window, nothing scrolls sideways and no
 * text is cut off.
 */
import { changed, type Adaptation } from './adaptation.ts';

export const reflowWidth = 320;

export const reflow: Adaptation = {
  runner: 'reflow',
  async check({ page }) {
    const viewport = page.viewport() ?? { width: 800, height: 600 };
    return changed(
      () => page.setViewport({ width: reflowWidth, height: 256 }),
      () => page.setViewport(viewport),
      () =>
        page.evaluate((width) => {
          const when = `At ${width} CSS px wide (a phone, or 400 % zoom)`;
          return [
            ...window.__gateProbes.beyondViewport('horizontal-scroll', '1.4.10', when),
            ...window.__gateProbes.clippedText('clipped', '1.4.10', when),
          ];
        }, reflowWidth),
    );
  },
};
