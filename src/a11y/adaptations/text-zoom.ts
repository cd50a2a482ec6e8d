/**
 * Text at 200 % (WCAG 1.4.4): the reader's default font size doubled, as
 * the browser's font size setting does, and nothing is cut off or pushed
 * off the side. Text that keeps its size (set in px) is a warning: page
 * zoom still enlarges it, but a reader who only sets a larger font does not
 * get it.
 */
import { changed, type Adaptation } from './adaptation.ts';

const normal = { standard: 16, fixed: 13 };

export const textZoom: Adaptation = {
  runner: 'text-zoom',
  async check({ page, session }) {
    const sizes = (scale: number) => ({
      fontSizes: { standard: normal.standard * scale, fixed: normal.fixed * scale },
    });
    await page.evaluate(() => window.__gateProbes.recordTextSizes());
    return changed(
      () => session.send('Page.setFontSizes', sizes(2)),
      () => session.send('Page.setFontSizes', sizes(1)),
      () =>
        page.evaluate(() => {
          const when = 'With text at 200 %';
          return [
            ...window.__gateProbes.unscaledText('fixed-size', '1.4.4'),
            ...window.__gateProbes.beyondViewport('horizontal-scroll', '1.4.4', when),
            ...window.__gateProbes.clippedText('clipped', '1.4.4', when),
          ];
        }),
    );
  },
};
