/**
 * What a screen reader says: the page read from top to bottom, then jumped
 * through by headings and by landmarks, by the Virtual Screen Reader
 * (@guidepup/virtual-screen-reader, which follows the ARIA, accessible name
 * and HTML mapping specifications). Where the language of what is read
 * changes, the transcript says so (`[lang en]`): a real screen reader
 * switches voice there.
 */
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';

export interface Transcript {
  readonly reading: string[];
  readonly headings: string[];
  readonly landmarks: string[];
}

/** The language of the node the reader is on. */
function languageOf(node: Node | null): string {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest('[lang]')?.getAttribute('lang') ?? '';
}

/** Phrases with a `[lang …]` line before each change of language. */
async function spoken(step: () => Promise<boolean>, limit: number): Promise<string[]> {
  const lines: string[] = [];
  let language = document.documentElement.lang;
  for (let count = 0; count < limit; count += 1) {
    const node = virtual.activeNode;
    const lang = languageOf(node);
    if (lang !== language) {
      lines.push(`[lang ${lang || 'none'}]`);
      language = lang;
    }
    lines.push(await virtual.lastSpokenPhrase());
    if (!(await step())) break;
  }
  return lines;
}

export async function transcript(limit: number): Promise<Transcript> {
  const read = async (): Promise<boolean> => {
    if ((await virtual.lastSpokenPhrase()) === 'end of document') return false;
    await virtual.next();
    return true;
  };
  // The reader's jumps wrap around at the end of the page: a jump to where it has been is the end.
  const jump = (command: 'moveToNextHeading' | 'moveToNextLandmark') => {
    const visited = new Set<Node | null>();
    return async (): Promise<boolean> => {
      visited.add(virtual.activeNode);
      await virtual.perform(command);
      return !visited.has(virtual.activeNode);
    };
  };
  const run = async (step: () => Promise<boolean>, first?: () => Promise<boolean>): Promise<string[]> => {
    await virtual.start({ container: document.body });
    try {
      if (first) await first();
      return await spoken(step, limit);
    } finally {
      await virtual.stop();
    }
  };
  return {
    reading: await run(read),
    headings: await run(jump('moveToNextHeading'), jump('moveToNextHeading')),
    landmarks: await run(jump('moveToNextLandmark'), jump('moveToNextLandmark')),
  };
}
