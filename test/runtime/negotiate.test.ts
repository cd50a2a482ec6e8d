import { describe, expect, it } from 'vitest';
import { limits, lookupLanguage, parseAcceptLanguage, rangeCandidates } from '../../src/runtime/negotiate.ts';

const published = ['en', 'es'];

describe('language negotiation', () => {
  it.each([
    [['es-MX'], 'es'],
    [['es-419'], 'es'],
    [['es-US'], 'es'],
    [['ES_mx'], 'es'],
    [['es'], 'es'],
    [['en-GB'], 'en'],
    [['fr-CA', 'de'], 'en'],
    [['fr', 'es-MX'], 'es'],
    [['es-MX', 'en'], 'es'],
    [['en', 'es'], 'en'],
    [['*'], 'en'],
    [['zh-Hant-TW'], 'en'],
    [['cimode'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, expected) => {
    expect(lookupLanguage(preferred, published, 'en')).toBe(expected);
  });

  it('finds a regional published tag for a bare language', () => {
    expect(lookupLanguage(['es'], ['en', 'es-MX'], 'en')).toBe('es-MX');
    expect(lookupLanguage(['es-MX'], ['en', 'es-ES', 'es-MX'], 'en')).toBe('es-MX');
  });

  it('drops a private-use singleton with its subtag', () => {
    expect(lookupLanguage(['es-x-mx'], published, 'en')).toBe('es');
    // es-x-mx is tried, then es: never es-x, which is not a whole tag.
    expect(lookupLanguage(['es-x-mx'], ['en', 'es-X', 'es'], 'en')).toBe('es');
    expect(lookupLanguage(['de-DE-u-co-phonebk'], ['en', 'de-DE-u', 'de-DE'], 'en')).toBe('de-DE');
    expect(lookupLanguage(['zh-Hant-x-tw'], ['zh', 'zh-Hant'], 'en')).toBe('zh-Hant');
  });

  it('truncates one subtag at a time before trying a regional tag of the language', () => {
    expect(lookupLanguage(['zh-Hant-TW'], ['en', 'zh-Hans', 'zh-Hant'], 'en')).toBe('zh-Hant');
    expect(lookupLanguage(['es-MX'], ['en', 'es-ES', 'es'], 'en')).toBe('es');
    expect(lookupLanguage(['es-MX'], ['en', 'es-ES', 'es-MX'], 'en')).toBe('es-MX');
  });

  it('truncates at hyphens only: a three-letter code is not a two-letter one', () => {
    expect(lookupLanguage(['est'], published, 'en')).toBe('en');
    expect(lookupLanguage(['spa', 'est'], ['es', 'et'], 'en')).toBe('en');
  });

  it('reads an underscore as a hyphen and ignores surrounding spaces', () => {
    expect(lookupLanguage(['es_MX'], ['en', 'es-ES', 'es-MX'], 'en')).toBe('es-MX');
    expect(lookupLanguage([' es-MX '], ['en', 'es-ES', 'es-MX'], 'en')).toBe('es-MX');
    expect(lookupLanguage([' es'], ['en', 'es-MX'], 'en')).toBe('es-MX');
  });

  it('returns the published spelling of a tag, whatever the case asked for', () => {
    expect(lookupLanguage(['ES-mx'], ['en', 'es-MX'], 'en')).toBe('es-MX');
  });
});

describe('Accept-Language', () => {
  it.each([
    ['es-MX,es;q=0.9,en;q=0.8', ['es-MX', 'es', 'en']],
    ['en;q=0.5, es-419', ['es-419', 'en']],
    ['es;q=0, en', ['en']],
    ['es-MX', ['es-MX']],
    ['fr;q=0.8, de;q=0.8, en;q=0.9', ['en', 'fr', 'de']],
    ['es;q=abc, en', ['en']],
    ['es;aq=0.1, en;q=0.9', ['es', 'en']],
    ['es;Q=0.2, en;q=0.9', ['en', 'es']],
    // q-values as RFC 9110 writes them, and nothing else: 0 to 1, three decimals at most.
    ['es;q=0x1, en;q=0.5', ['en']],
    ['es;q=1e0, en;q=0.5', ['en']],
    ['es;q=1.5, en;q=0.5', ['en']],
    ['es;q=0.0001, en;q=0.5', ['en']],
    ['es;q=.5, en;q=0.4', ['en']],
    ['es;q=1.000, en;q=0.999', ['es', 'en']],
    ['es;q=0.001, en;q=0', ['es']],
    ['a;q=0.5, b;q=0.5, c;q=0.5, d;q=0.5, e', ['e', 'a', 'b', 'c', 'd']],
    [' , ;q=1', []],
    ['', []],
    [undefined, []],
  ])('%j → %j', (header, expected) => {
    expect(parseAcceptLanguage(header)).toEqual(expected);
  });
});

/** The work a lookup does: the ranges it tries, for each preference it reads. */
function work(header: string): number {
  return parseAcceptLanguage(header).reduce((sum, range) => sum + rangeCandidates(range).length + 1, 0);
}

describe('hostile preferences', () => {
  const normal = 'es-MX,es;q=0.9,en;q=0.8';

  it('costs no more for a 15 KB header of one long range than for a normal one', () => {
    const hostile = `aa${'-aa'.repeat(5000)}`;
    expect(hostile.length).toBeGreaterThan(15_000);
    expect(work(hostile)).toBeLessThan(2 * work(normal));
    expect(lookupLanguage(parseAcceptLanguage(hostile), published, 'en')).toBe('en');
  });

  it('reads at most a bounded number of ranges, of a bounded length, from any header, ?lang= or cookie', () => {
    expect(parseAcceptLanguage(Array.from({ length: 5000 }, () => 'fr').join(','))).toHaveLength(limits.ranges);
    expect(parseAcceptLanguage(`${'x'.repeat(20_000)},es`)).toEqual([]);
    expect(rangeCandidates(`es-${'a'.repeat(40)}`)).toEqual([]);
    expect(lookupLanguage([`es-${'a-'.repeat(20_000)}`], published, 'en')).toBe('en');
    // A preference past the limit is not read.
    expect(lookupLanguage([...Array.from({ length: limits.ranges }, () => 'fr'), 'es'], published, 'en')).toBe('en');
  });

  it('still reads the longest real tags in full', () => {
    expect(rangeCandidates('zh-cmn-Hans-CN-x-private1')).toEqual([
      'zh-cmn-hans-cn-x-private1',
      'zh-cmn-hans-cn',
      'zh-cmn-hans',
      'zh-cmn',
      'zh',
    ]);
    expect(lookupLanguage(['es-419-x-embassy'], published, 'en')).toBe('es');
  });
});
