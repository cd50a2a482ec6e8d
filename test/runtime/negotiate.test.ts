import { describe, expect, it } from 'vitest';
import { lookupLanguage, parseAcceptLanguage } from '../../src/runtime/negotiate.ts';

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
    [' , ;q=1', []],
    ['', []],
    [undefined, []],
  ])('%j → %j', (header, expected) => {
    expect(parseAcceptLanguage(header)).toEqual(expected);
  });
});
