/**
 * The checks past the automated rules, in the order the gate runs them on
 * each page after axe and HTML_CodeSniffer: the keyboard first, on the page
 * as it loaded, then each change of the reader's, undone after it.
 */
import type { Adaptation, AdaptationRunner, AdaptationTab } from './adaptation.ts';
import { focus } from './focus.ts';
import { forcedColors } from './forced-colors.ts';
import { reducedMotion } from './reduced-motion.ts';
import { reflow } from './reflow.ts';
import { textSpacing } from './text-spacing.ts';
import { textZoom } from './text-zoom.ts';
import type { ProbeFinding } from '../probes/finding.ts';

export type { AdaptationRunner, AdaptationTab } from './adaptation.ts';

export const adaptations: readonly Adaptation[] = [focus, forcedColors, reducedMotion, textSpacing, textZoom, reflow];

export type AdaptationFinding = ProbeFinding & { readonly runner: AdaptationRunner };

export async function runAdaptations(tab: AdaptationTab): Promise<AdaptationFinding[]> {
  const found: AdaptationFinding[] = [];
  for (const adaptation of adaptations)
    for (const finding of await adaptation.check(tab)) found.push({ ...finding, runner: adaptation.runner });
  return found;
}
