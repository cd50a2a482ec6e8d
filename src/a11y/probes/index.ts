/**
 * What the gate runs inside a page besides axe and HTML_CodeSniffer,
 * bundled once per run (gate-files.ts) and loaded into each gate tab as
 * `window.__gateProbes`. It runs in the browser, where Node.js does not
 * measure coverage; the checks that drive it (adaptations/) are tested on
 * seeded pages.
 */
import { beyondViewport } from './beyond-viewport.ts';
import { clippedText } from './clipped-text.ts';
import { contextOf, selectorOf } from './element-names.ts';
import { focusFindings, focusPressesLeft, watchFocus } from './focus.ts';
import { ongoingMotion } from './motion.ts';
import { stateMarkers } from './state-markers.ts';
import { recordTextSizes, unscaledText } from './text-sizes.ts';
import { transcript } from './transcript.ts';

export const probes = {
  selectorOf,
  contextOf,
  clippedText,
  beyondViewport,
  stateMarkers,
  watchFocus,
  focusPressesLeft,
  focusFindings,
  ongoingMotion,
  recordTextSizes,
  unscaledText,
  transcript,
};

export type Probes = typeof probes;

declare global {
  interface Window {
    /** Loaded by the gate into each tab (gate-files.ts). */
    __gateProbes: Probes;
  }
}

Object.assign(window, { __gateProbes: probes });
