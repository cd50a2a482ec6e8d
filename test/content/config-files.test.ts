import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../src/content/glossary.ts';
import { readSiteConfig } from '../../src/content/site-config.ts';
import { compareUiNamespaces, readUiNamespace } from '../../src/content/ui-strings.ts';
import { reported } from '../helpers.ts';

const file = (path: string, value: string) => new VFile({ path, value });

describe('site config', () => {
  it('reads languages, heading base, page URL and number locales', () => {
    const config = readSiteConfig(file('content/site.yaml', 'sourceLanguage: en\nlanguages: [en, es]\nheadingBase: 3\npageUrl: /{lang}/{page}.html\nnumberLocales:\n  es: es-MX\n'));
    expect(config).toEqual({ sourceLanguage: 'en', languages: ['en', 'es'], headingBase: 3, pageUrl: '/{lang}/{page}.html', indexUrl: '/{lang}/', notFoundUrl: '/{lang}/404.html', searchUrl: '/{lang}/search/', numberLocales: { en: 'en', es: 'es-MX' }, accessibility: { rules: {}, allowOtherLanguage: [] } });
  });

  it('reads the index and "not found" URLs and the base URL, and refuses ones that cannot be', () => {
    const config = readSiteConfig(file('content/site.yaml', 'sourceLanguage: en\nlanguages: [en, es]\nindexUrl: /{lang}/pages/\nnotFoundUrl: /{lang}/missing.html\nbaseUrl: https://mx.usembassy.gov/\n'));
    expect(config).toEqual(expect.objectContaining({ indexUrl: '/{lang}/pages/', notFoundUrl: '/{lang}/missing.html', baseUrl: 'https://mx.usembassy.gov' }));
    const refused: [string, string][] = [
      ['indexUrl: /pages/', '`indexUrl` must be a path from the site\'s root with `{lang}`'],
      ['notFoundUrl: /{lang}/{page}/404.html', '`notFoundUrl` must be a path'],
      ['baseUrl: https://mx.usembassy.gov/embassy/', '`baseUrl` is the site\'s address without a path'],
      ['baseUrl: mx.usembassy.gov', '`baseUrl` is the site\'s address without a path'],
      ['baseUrl: javascript:alert(1)', '`baseUrl` is the site\'s address without a path'],
    ];
    for (const [line, reason] of refused) {
      const bad = file('content/site.yaml', `sourceLanguage: en\nlanguages: [en, es]\n${line}\n`);
      expect(readSiteConfig(bad), line).toBeUndefined();
      expect(reported(bad), line).toEqual([expect.objectContaining({ line: 3, reason: expect.stringContaining(reason) })]);
    }
  });

  it('reads the site package\'s name and version, and refuses ones npm would refuse, at their lines', () => {
    const config = readSiteConfig(file('content/site.yaml', 'sourceLanguage: en\nlanguages: [en, es]\npackage:\n  name: "@usembassy/mx-content"\n  version: 1.2.0-beta.1\n'));
    expect(config?.package).toEqual({ name: '@usembassy/mx-content', version: '1.2.0-beta.1' });
    const refused: [string, number, string][] = [
      ['package:\n  name: Mexico Content', 4, '`Mexico Content` is not an npm package name'],
      ['package:\n  name: .hidden', 4, 'is not an npm package name'],
      ['package:\n  version: "1.0"', 4, '`1.0` is not a version: write three numbers'],
      ['package:\n  version: 1.0', 4, 'is not a version: write three numbers'],
      ['package: mx-content', 3, '`package` is a `name:` and a `version:`'],
    ];
    for (const [lines, line, reason] of refused) {
      const bad = file('content/site.yaml', `sourceLanguage: en\nlanguages: [en, es]\n${lines}\n`);
      expect(readSiteConfig(bad), lines).toBeUndefined();
      expect(reported(bad), lines).toEqual([expect.objectContaining({ line, reason: expect.stringContaining(reason) })]);
    }
  });

  it('reports a non-canonical language tag, a source outside the list and a bad heading base at their lines', () => {
    const config = file('content/site.yaml', 'sourceLanguage: en\nlanguages:\n  - es_MX\n  - es\nheadingBase: 9\n');
    expect(readSiteConfig(config)).toBeUndefined();
    expect(reported(config).map((message) => [message.line, message.reason.slice(0, 40)])).toEqual([
      [3, '`es_MX` is not a canonical BCP 47 langua'],
      [3, 'The source language `en` must be in `lan'],
      [5, '`headingBase` must be a whole number fro'],
    ]);
  });

  it('refuses a page URL that is not a path from the site root: it becomes links and file paths', () => {
    for (const pageUrl of ['"javascript:alert(1)//{lang}/{page}/"', '//evil.example/{lang}/{page}/', '/{lang}/../../{page}/', '/{lang}/..%2F..%2F{page}/', 'https://example.org/{lang}/{page}/', '/{lang}/{page}/?x']) {
      const config = file('content/site.yaml', `sourceLanguage: en\nlanguages: [en, es]\npageUrl: ${pageUrl}\n`);
      expect(readSiteConfig(config), pageUrl).toBeUndefined();
      expect(reported(config), pageUrl).toEqual([expect.objectContaining({ line: 3, reason: expect.stringContaining("`pageUrl` must be a path from the site's root") })]);
    }
  });
});

describe('glossary', () => {
  it('reads terms by language, notes, flags and acronyms', () => {
    const glossary = file('content/glossary.yaml', 'terms:\n  - en: Bureau\n    es: Oficina\n    abbr: INL\n    note: Official.\n  - en: INL\n    es: INL\n    doNotTranslate: true\n');
    expect(readGlossary(glossary, ['en', 'es'], 'en').map(({ position: _position, ...term }) => term)).toEqual([
      { terms: { en: 'Bureau', es: 'Oficina' }, doNotTranslate: false, note: 'Official.', abbr: 'INL' },
      { terms: { en: 'INL', es: 'INL' }, doNotTranslate: true },
    ]);
    expect(glossary.messages).toEqual([]);
  });

  it('reports a translated do-not-translate term, a duplicate and a missing source term', () => {
    const glossary = file('content/glossary.yaml', 'terms:\n  - en: INL\n    es: OAINAL\n    doNotTranslate: true\n  - en: inl\n    es: INL\n  - es: Solo\n');
    readGlossary(glossary, ['en', 'es'], 'en');
    expect(reported(glossary).map((message) => [message.line, message.reason.slice(0, 30)])).toEqual([
      [2, '`INL` is marked doNotTranslate'],
      [5, '`inl` is already in the glossa'],
      [7, 'A glossary entry needs its `en'],
    ]);
  });
});

describe('UI strings', () => {
  const english = () => readUiNamespace(file('locales/en/ui.json', '{\n  "skipLink": "Skip",\n  "items_one": "{{count}} item",\n  "items_other": "{{count}} items"\n}\n'));

  it('accepts a translation with the plural forms its language needs', () => {
    const spanish = readUiNamespace(file('locales/es/ui.json', '{\n  "skipLink": "Saltar",\n  "items_one": "1",\n  "items_many": "m",\n  "items_other": "o"\n}\n'));
    if (!spanish) throw new Error('unreadable');
    compareUiNamespaces(english()?.strings ?? {}, spanish, 'es');
    expect(spanish.file.messages).toEqual([]);
  });

  it('reports an unknown key at its line, and warns about a missing one', () => {
    const spanish = readUiNamespace(file('locales/es/ui.json', '{\n  "skipLnk": "Saltar"\n}\n'));
    if (!spanish) throw new Error('unreadable');
    compareUiNamespaces(english()?.strings ?? {}, spanish, 'es');
    expect(reported(spanish.file).map((message) => [message.fatal, message.line, message.reason.slice(0, 26)])).toEqual([
      [true, 2, 'Unknown UI key `skipLnk`: '],
      [false, 1, 'Missing UI string `skipLin'],
      [false, 1, 'Missing UI string `items` '],
    ]);
  });

  it('reports a JSON syntax error with its line and column, and a non-string value', () => {
    const broken = file('locales/es/ui.json', '{\n  "a": "x",\n}\n');
    expect(readUiNamespace(broken)).toBeUndefined();
    expect(reported(broken)).toEqual([expect.objectContaining({ line: 3, column: 1, fatal: true, reason: expect.stringContaining('Invalid JSON') })]);
    const number = file('locales/es/ui.json', '{\n  "a": 1\n}\n');
    readUiNamespace(number);
    expect(reported(number)).toEqual([expect.objectContaining({ line: 2, fatal: true, reason: expect.stringContaining('must be text') })]);
  });
});
