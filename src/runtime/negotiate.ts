/**
 * Language negotiation: the visitor's preferred languages (Accept-Language,
 * `navigator.languages`, `?lang=`, a cookie) against the languages a site
 * publishes. Plain functions with no dependency, so they run the same in
 * Node, browsers and edge runtimes, and add almost nothing to the browser
 * bundle.
 *
 * RFC 4647 "lookup" (section 3.4): each preference in order, truncated from
 * the end (es-MX → es), is tried before the next preference, so
 * ['es-MX', 'en'] gives `es`. i18next's getBestMatchFromCodes would give `en`
 * (it prefers an exact match anywhere in the list), and an ECMA-402 matcher
 * library would ship locale data to every browser: this is the small part we need.
 *
 * What a visitor sends is bounded before any of it is read (`limits`), so
 * that a hostile header costs no more than a normal one.
 */

/** How much of the visitor's input is read. */
export const limits = {
  /**
   * The longest language range read: RFC 5646 (section 4.4.1) asks that tags
   * of up to 35 characters be handled, and real ones are far shorter. A
   * longer range matches nothing.
   */
  rangeLength: 35,
  /** The most ranges read from one header or list; the rest are not read. */
  ranges: 16,
  /** The most characters of a header read (16 ranges of 35 characters, with their q-values). */
  headerLength: 1024,
} as const;

/** The best published language for the preferences, or `fallback` when none matches. */
export function lookupLanguage(preferred: readonly string[], published: readonly string[], fallback: string): string {
  const byRange = new Map(published.map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of preferred.slice(0, limits.ranges)) {
    for (const range of rangeCandidates(tag)) {
      const match = byRange.get(range);
      if (match !== undefined) return match;
    }
    // A site may publish regional tags only (es-MX): a bare `es` then picks the first one.
    const language = rangeCandidates(tag).at(-1);
    const regional = published.find((candidate) => candidate.toLowerCase().split('-')[0] === language);
    if (language !== undefined && regional !== undefined) return regional;
  }
  return fallback;
}

/**
 * The ranges RFC 4647 lookup tries for a preference, longest first:
 * `es-MX` → `es-mx`, `es`. A lone singleton (the x of x-private) goes with
 * what follows it. None for `*`, an empty range, or one longer than
 * `limits.rangeLength`: the work is bounded by that length, whatever is sent.
 */
export function rangeCandidates(tag: string): string[] {
  const range = tag.trim();
  if (range === '' || range === '*' || range.length > limits.rangeLength) return [];
  const subtags = range.toLowerCase().replaceAll('_', '-').split('-');
  const candidates: string[] = [];
  for (let end = subtags.length; end > 0; end -= 1) {
    // A range ending in a singleton is not tried: truncation drops the singleton too.
    if ((subtags[end - 1] ?? '').length === 1 && end < subtags.length) continue;
    const candidate = subtags.slice(0, end).join('-');
    if (candidate !== '' && !candidate.endsWith('-')) candidates.push(candidate);
  }
  return candidates;
}

/** A q-value as RFC 9110 (section 12.4.2) writes it: 0 to 1, with at most three decimals. */
const qvalue = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The language ranges of an Accept-Language header (RFC 9110, section
 * 12.5.4), most preferred first: by quality, then by position (the sort is
 * stable); q=0 means "not this one" and is left out, and so is a range whose
 * q-value is not one, or that is too long to be a tag. A single tag is a
 * valid header too. Only the first `limits.headerLength` characters and
 * `limits.ranges` ranges are read.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, limits.headerLength)
    .split(',', limits.ranges)
    .map((part) => {
      const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const q = parameters.find((parameter) => /^q=/i.test(parameter))?.slice(2);
      const quality = q === undefined ? 1 : qvalue.test(q) ? Number(q) : 0;
      return { range, quality };
    })
    .filter((entry) => entry.range !== '' && entry.range.length <= limits.rangeLength && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .map((entry) => entry.range);
}
