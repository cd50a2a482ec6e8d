/**
 * Text spacing (WCAG 1.4.12): with the spacing a reader may set (line
 * height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing
 * 0.16 times the font size), no text is cut off or runs over other text.
 */
import { changed, type Adaptation } from './adaptation.ts';

/** The WCAG 1.4.12 spacing, as the W3C's text spacing bookmarklet applies it. */
export const wcagSpacing =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

const styleId = '__gate-text-spacing';

export const textSpacing: Adaptation = {
  runner: 'text-spacing',
  async check({ page }) {
    return changed(
      () =>
        page.evaluate(
          (id, css) => {
            const style = document.createElement('style');
            style.id = id;
            style.textContent = css;
            document.head.append(style);
          },
          styleId,
          wcagSpacing,
        ),
      () => page.evaluate((id) => document.getElementById(id)?.remove(), styleId),
      () =>
        page.evaluate(() =>
          window.__gateProbes.clippedText(
            'clipped',
            '1.4.12',
            'With wider text spacing (line height 1.5, letter spacing 0.12, word spacing 0.16, paragraph spacing 2)',
          ),
        ),
    );
  },
};
