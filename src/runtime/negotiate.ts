/**
 * Language negotiation: the visitor's preferred languages (Accept-Language,
 * `navigator.languages`) against the languages a site publishes.
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
