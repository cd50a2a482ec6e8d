/** Language tags: validity and writing direction, from the platform's Intl. */
import type { Direction } from '../runtime/manifest.ts';

// Defined with the manifest's types, which the run-time layer publishes.
export type { Direction };

/** The canonical form of a BCP 47 tag, or undefined when the tag is not valid. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Writing direction of a language (`ar` → rtl), or undefined for an invalid tag. */
export function languageDirection(tag: string): Direction | undefined {
  let direction = directions.get(tag);
  if (direction === undefined && !directions.has(tag)) {
    direction = directionOf(tag);
    directions.set(tag, direction);
  }
  return direction;
}

/** By tag: a site has a handful of languages, asked about for every fragment and page. */
const directions = new Map<string, Direction | undefined>();

function directionOf(tag: string): Direction | undefined {
  const canonical = canonicalLanguage(tag);
  if (canonical === undefined) return undefined;
  // getTextInfo() is in ES2024 Intl (V8, Node 22+); older engines had a `textInfo` getter.
  const locale = new Intl.Locale(canonical) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
  return locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
}
