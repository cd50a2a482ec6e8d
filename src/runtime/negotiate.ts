/**
 * Language negotiation: the visitor's preferred languages (Accept-Language,
 * `navigator.languages`) against the languages a site publishes. Plain
 * functions with no dependency, so they run the same in Node, browsers and
 * edge runtimes, and add almost nothing to the browser bundle.
 *
 * RFC 4647 "lookup" (section 3.4): each preference in order, truncated from
 * the end (es-MX → es), is tried before the next preference, so
 * ['es-MX', 'en'] gives `es`. i18next's getBestMatchFromCodes would give `en`
 * (it prefers an exact match anywhere in the list), and an ECMA-402 matcher
 * library would ship locale data to every browser: this is the small part we need.
 */

/** The best published language for the preferences, or `fallback` when none matches. */
export function lookupLanguage(preferred: readonly string[], published: readonly string[], fallback: string): string {
  const byRange = new Map(published.map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of preferred) {
    let range = tag.trim().toLowerCase().replaceAll('_', '-');
    while (range !== '' && range !== '*') {
      const match = byRange.get(range);
      if (match !== undefined) return match;
      range = range.includes('-') ? range.slice(0, range.lastIndexOf('-')) : '';
      // A lone singleton (the x in x-private) is dropped with what follows it.
      if (/-[a-z0-9]$/.test(range)) range = range.slice(0, -2);
    }
    // A site may publish regional tags only (es-MX): a bare `es` then picks the first one.
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    const regional = published.find((candidate) => candidate.toLowerCase().split('-')[0] === language);
    if (language && regional !== undefined) return regional;
  }
  return fallback;
}

/**
 * The language ranges of an Accept-Language header (RFC 9110, section
 * 12.5.4), most preferred first: by quality, then by position (the sort is
 * stable); q=0 means "not this one" and is left out. A single tag is a valid
 * header too.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const q = parameters.find((parameter) => /^q=/i.test(parameter));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { range, quality: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((entry) => entry.range !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .map((entry) => entry.range);
}
