/**
 * What a screen reader says on a page (probes/transcript.ts runs the
 * Virtual Screen Reader in the gate's tab), and the transcript as text: the
 * reading from top to bottom, then the jumps by heading and by landmark,
 * each under its own title. The text is what the reviewed golden files hold
 * and what the accessibility report shows.
 */
import type { Page } from 'puppeteer';
import type { Transcript } from './probes/transcript.ts';

export type { Transcript } from './probes/transcript.ts';

/** At most this many phrases per reading (an index of a thousand pages says several thousand). */
export const transcriptLimit = 10_000;

export function readTranscript(page: Page): Promise<Transcript> {
  return page.evaluate((limit) => window.__gateProbes.transcript(limit), transcriptLimit);
}

/** The parts of a transcript, with their titles in the text. */
export const transcriptParts = [
  ['reading', 'Read from top to bottom'],
  ['headings', 'Jumping by heading'],
  ['landmarks', 'Jumping by landmark'],
] as const;

export function transcriptText(transcript: Transcript): string {
  return transcriptParts
    .map(([part, title]) => [`# ${title}`, '', ...transcript[part]].join('\n'))
    .join('\n\n')
    .concat('\n');
}

/** A page's transcript file, by the page's path: `es/mexico/index.html` → `es/mexico/index.txt`. */
export function transcriptPath(pagePath: string): string {
  return pagePath.replace(/\.html$/, '.txt');
}
