/** `content/site.yaml`: the site's languages and output settings. */
import type { VFile } from 'vfile';
import { isA11yRuleId, type Severities, type Severity } from './a11y-rules.ts';
import { canonicalLanguage } from './language.ts';
import { hasErrors, reportError, reportWarning } from './report.ts';
import { isScalar } from 'yaml';
import { mappingEntries, numberValue, parseYaml, sequenceItems, stringValue, type YamlNode, type YamlSource } from './yaml.ts';

export interface SiteConfig {
  /** The language content is written in; translations translate it. */
  readonly sourceLanguage: string;
  /** Every published language, source included, in switcher order. */
  readonly languages: readonly string[];
  /** Output level of section headings. */
  readonly headingBase: number;
  /** URL of a page in a language: `{lang}` and `{page}` are replaced. */
  readonly pageUrl: string;
  /** URL of a language's index of pages, and of its "page not found" page: `{lang}` is replaced. */
  readonly indexUrl: string;
  readonly notFoundUrl: string;
  /** URL of a language's search page (`{lang}` is replaced), or false for a site without search. */
  readonly searchUrl: string | false;
  /** The site's origin (`https://mx.usembassy.gov`), for the sitemap's absolute URLs; no sitemap without it. */
  readonly baseUrl?: string;
  /** Locale of each language's number conventions (es → es-MX); default: the language. */
  readonly numberLocales: Readonly<Record<string, string>>;
  /** Settings of the static accessibility rules. */
  readonly accessibility: AccessibilityConfig;
  /** The name and version of the site package the build writes (package.json in the output); absent: made from the folder's name. */
  readonly package?: SitePackageName;
}

export interface SitePackageName {
  readonly name?: string;
  readonly version?: string;
}

export interface AccessibilityConfig {
  /** Severity overrides by rule id. */
  readonly rules: Severities;
  /** Names and words the other-language rule never flags. */
  readonly allowOtherLanguage: readonly string[];
  /** Plain-language sentence limit, in words (default: the readability module's). */
  readonly maxSentenceWords?: number;
}

export const siteConfigPath = 'content/site.yaml';

const ruleId = 'site-config';
const defaults = { headingBase: 2, pageUrl: '/{lang}/{page}/', indexUrl: '/{lang}/', notFoundUrl: '/{lang}/404.html', searchUrl: '/{lang}/search/' };
const knownKeys = new Set(['sourceLanguage', 'languages', 'headingBase', 'pageUrl', 'indexUrl', 'notFoundUrl', 'searchUrl', 'baseUrl', 'numberLocales', 'accessibility', 'package']);
const severities: readonly Severity[] = ['error', 'warning', 'info', 'off'];

/** Read the site config from its file; problems are messages on `file`. */
export function readSiteConfig(file: VFile): SiteConfig | undefined {
  const yaml = parseYaml(file, String(file.value));
  if (!yaml) return undefined;
  const entries = mappingEntries(yaml.document.contents);
  if (!entries) {
    reportError(file, 'The site config must be `key: value` lines (sourceLanguage, languages, headingBase, pageUrl).', yaml.positionOf(null), ruleId);
    return undefined;
  }
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  for (const entry of entries) {
    if (!knownKeys.has(entry.key)) reportWarning(file, `Unknown setting \`${entry.key}\` (known: ${[...knownKeys].join(', ')}).`, yaml.positionOf(entry.keyNode), ruleId);
  }
  const sourceEntry = byKey.get('sourceLanguage');
  const sourceLanguage = sourceEntry ? stringValue(sourceEntry.value) : undefined;
  if (sourceLanguage === undefined || canonicalLanguage(sourceLanguage) !== sourceLanguage) {
    reportError(file, 'Set `sourceLanguage` to the BCP 47 tag of the language content is written in, for example `sourceLanguage: en`.', sourceEntry ? yaml.positionOf(sourceEntry.value) : yaml.positionOf(null), ruleId);
  }
  const languagesEntry = byKey.get('languages');
  const items = languagesEntry ? sequenceItems(languagesEntry.value) : undefined;
  const languages: string[] = [];
  if (!items) {
    reportError(file, 'Set `languages` to the list of published languages, for example `languages: [en, es]`.', languagesEntry ? yaml.positionOf(languagesEntry.value) : yaml.positionOf(null), ruleId);
  } else {
    for (const item of items) {
      const tag = stringValue(item);
      // Canonical tags only (es-MX, not es_mx): they name folders and i18next languages.
      if (tag === undefined || canonicalLanguage(tag) !== tag) {
        reportError(file, `\`${tag ?? ''}\` is not a canonical BCP 47 language tag (for example \`es\` or \`es-MX\`).`, yaml.positionOf(item), ruleId);
      } else if (languages.includes(tag)) {
        reportError(file, `Language \`${tag}\` is listed twice.`, yaml.positionOf(item), ruleId);
      } else {
        languages.push(tag);
      }
    }
    if (sourceLanguage !== undefined && !languages.includes(sourceLanguage)) {
      reportError(file, `The source language \`${sourceLanguage}\` must be in \`languages\`.`, yaml.positionOf(languagesEntry?.value), ruleId);
    }
  }
  const headingEntry = byKey.get('headingBase');
  const headingBase = headingEntry ? numberValue(headingEntry.value) : defaults.headingBase;
  if (headingBase === undefined || !Number.isInteger(headingBase) || headingBase < 1 || headingBase > 6) {
    reportError(file, '`headingBase` must be a whole number from 1 to 6 (2 when the embedding page has the <h1>).', yaml.positionOf(headingEntry?.value), ruleId);
  }
  const urlEntry = byKey.get('pageUrl');
  const pageUrl = urlEntry ? stringValue(urlEntry.value) : defaults.pageUrl;
  if (pageUrl === undefined || !pageUrl.includes('{lang}') || !pageUrl.includes('{page}')) {
    reportError(file, '`pageUrl` must contain `{lang}` and `{page}`, for example `/{lang}/{page}/`.', yaml.positionOf(urlEntry?.value), ruleId);
  } else if (!isSitePath(pageUrl)) {
    // It becomes the switcher's links and the alternates, and the path of each page file the build writes.
    reportError(file, '`pageUrl` must be a path from the site\'s root, such as `/{lang}/{page}/`: it starts with one `/`, and has no `..` segment, `%`, `\\`, `?`, `#`, scheme or host.', yaml.positionOf(urlEntry?.value), ruleId);
  }
  const numberLocales: Record<string, string> = Object.fromEntries(languages.map((lang) => [lang, lang]));
  const localesEntry = byKey.get('numberLocales');
  for (const entry of localesEntry ? (mappingEntries(localesEntry.value) ?? []) : []) {
    const locale = stringValue(entry.value);
    if (!languages.includes(entry.key)) {
      reportError(file, `\`numberLocales\` names \`${entry.key}\`, which is not in \`languages\`.`, yaml.positionOf(entry.keyNode), ruleId);
    } else if (locale === undefined || canonicalLanguage(locale) === undefined) {
      reportError(file, `The number locale of \`${entry.key}\` must be a BCP 47 tag, for example \`es-MX\`.`, yaml.positionOf(entry.value ?? entry.keyNode), ruleId);
    } else {
      numberLocales[entry.key] = locale;
    }
  }
  const accessibility = readAccessibility(byKey.get('accessibility')?.value ?? null, yaml, file);
  const indexUrl = languageUrl('indexUrl', byKey.get('indexUrl'), yaml, file);
  const notFoundUrl = languageUrl('notFoundUrl', byKey.get('notFoundUrl'), yaml, file);
  const searchEntry = byKey.get('searchUrl');
  // `searchUrl: false`: no search page, and no index is built.
  const searchUrl = isScalar(searchEntry?.value) && searchEntry.value.value === false ? false : languageUrl('searchUrl', searchEntry, yaml, file);
  const baseUrl = readBaseUrl(byKey.get('baseUrl'), yaml, file);
  const sitePackage = readPackage(byKey.get('package'), yaml, file);
  if (hasErrors([file]) || sourceLanguage === undefined || headingBase === undefined || pageUrl === undefined || indexUrl === undefined || notFoundUrl === undefined || searchUrl === undefined) return undefined;
  return { sourceLanguage, languages, headingBase, pageUrl, indexUrl, notFoundUrl, searchUrl, ...(baseUrl === undefined ? {} : { baseUrl }), ...(sitePackage ? { package: sitePackage } : {}), numberLocales, accessibility };
}

// npm's rules for a package name (validate-npm-package-name: lower case, URL-safe, at most 214 characters), and semver.
const packageNamePattern = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const versionPattern = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** `package: {name, version}`: the site package's package.json. */
function readPackage(entry: { value: YamlNode | null } | undefined, yaml: YamlSource, file: VFile): SitePackageName | undefined {
  if (!entry) return undefined;
  const entries = mappingEntries(entry.value);
  if (!entries) {
    reportError(file, '`package` is a `name:` and a `version:` for the site package, such as `name: mx-embassy-content`.', yaml.positionOf(entry.value), ruleId);
    return undefined;
  }
  const result: { name?: string; version?: string } = {};
  for (const { key, keyNode, value } of entries) {
    const text = stringValue(value);
    if (key === 'name' && (text === undefined || text.length > 214 || !packageNamePattern.test(text))) {
      reportError(file, `\`${text ?? ''}\` is not an npm package name: lower-case letters, digits, \`-\`, \`.\` and \`_\`, optionally after a \`@scope/\`, such as \`mx-embassy-content\`.`, yaml.positionOf(value ?? keyNode), ruleId);
    } else if (key === 'version' && (text === undefined || !versionPattern.test(text))) {
      reportError(file, `\`${text ?? ''}\` is not a version: write three numbers, such as \`1.0.0\`.`, yaml.positionOf(value ?? keyNode), ruleId);
    } else if (key === 'name' || key === 'version') {
      result[key] = text;
    } else {
      reportWarning(file, `Unknown package setting \`${key}\` (known: name, version).`, yaml.positionOf(keyNode), ruleId);
    }
  }
  return result;
}

/** A URL pattern of one page per language (`indexUrl`, `notFoundUrl`): a site path with `{lang}`. */
function languageUrl(key: 'indexUrl' | 'notFoundUrl' | 'searchUrl', entry: { value: YamlNode | null } | undefined, yaml: YamlSource, file: VFile): string | undefined {
  const value = entry ? stringValue(entry.value) : defaults[key];
  if (value === undefined || !value.includes('{lang}') || value.includes('{page}') || !isSitePath(value)) {
    reportError(file, `\`${key}\` must be a path from the site's root with \`{lang}\` in it, such as \`${defaults[key]}\`.`, yaml.positionOf(entry?.value ?? null), ruleId);
    return undefined;
  }
  return value;
}

/** `baseUrl`: an http(s) origin, nothing after it; the pages' own links stay root-relative. */
function readBaseUrl(entry: { value: YamlNode | null } | undefined, yaml: YamlSource, file: VFile): string | undefined {
  if (!entry) return undefined;
  const value = stringValue(entry.value);
  let url: URL | undefined;
  try {
    url = value === undefined ? undefined : new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || value?.replace(/\/$/, '') !== url.origin) {
    reportError(file, "`baseUrl` is the site's address without a path, such as `https://mx.usembassy.gov`: the sitemap's URLs are made from it.", yaml.positionOf(entry.value), ruleId);
    return undefined;
  }
  return url.origin;
}

/** `accessibility: {rules: {<rule>: error|warning|info|off}, allowOtherLanguage: [...], maxSentenceWords: n}` */
function readAccessibility(node: YamlNode | null, yaml: YamlSource, file: VFile): AccessibilityConfig {
  const rules: Partial<Record<string, Severity>> = {};
  const allowOtherLanguage: string[] = [];
  let maxSentenceWords: number | undefined;
  for (const entry of node ? (mappingEntries(node) ?? []) : []) {
    if (entry.key === 'rules') {
      for (const rule of mappingEntries(entry.value) ?? []) {
        const severity = stringValue(rule.value);
        if (!isA11yRuleId(rule.key)) {
          reportError(file, `Unknown accessibility rule \`${rule.key}\`; see the rules in the README.`, yaml.positionOf(rule.keyNode), ruleId);
        } else if (severity === undefined || !(severities as readonly string[]).includes(severity)) {
          reportError(file, `The severity of \`${rule.key}\` must be one of ${severities.join(', ')}.`, yaml.positionOf(rule.value ?? rule.keyNode), ruleId);
        } else {
          rules[rule.key] = severity as Severity;
        }
      }
    } else if (entry.key === 'allowOtherLanguage') {
      for (const item of sequenceItems(entry.value) ?? []) {
        const word = stringValue(item);
        if (word) allowOtherLanguage.push(word);
      }
    } else if (entry.key === 'maxSentenceWords') {
      maxSentenceWords = numberValue(entry.value);
      if (maxSentenceWords === undefined || !Number.isInteger(maxSentenceWords) || maxSentenceWords < 5) {
        reportError(file, '`maxSentenceWords` must be a whole number of words, 5 or more (for example 30).', yaml.positionOf(entry.value ?? entry.keyNode), ruleId);
      }
    } else {
      reportWarning(file, `Unknown accessibility setting \`${entry.key}\` (known: rules, allowOtherLanguage, maxSentenceWords).`, yaml.positionOf(entry.keyNode), ruleId);
    }
  }
  return { rules, allowOtherLanguage, ...(maxSentenceWords === undefined ? {} : { maxSentenceWords }) };
}

/** A root-relative path the build can also write as a file path: `/es/mexico/`, `/{lang}/{page}.html`. */
function isSitePath(pattern: string): boolean {
  const path = pattern.replaceAll('{lang}', 'es').replaceAll('{page}', 'page');
  return /^\/(?!\/)[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/.test(path) && !path.split('/').some((segment) => segment === '..' || segment === '.');
}
