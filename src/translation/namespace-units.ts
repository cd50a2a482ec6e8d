/**
 * A UI namespace's translation units in one language: one per string the
 * language needs. A plural string needs the plural forms of the target
 * language, as `Intl.PluralRules` defines them (English has `one` and
 * `other`; Spanish `one`, `many` and `other`): the unit of a form the source
 * lacks translates the source's `other` form.
 */
import type { GlossaryTerm } from '../content/glossary.ts';
import { sourceHash } from '../pipeline/source-hash.ts';
import { keyPaths, positionOfKey, stringAt, type UiNamespace } from '../content/ui-strings.ts';
import { alignCodes } from './align-codes.ts';
import { stringContent } from './inline-string.ts';
import { glossaryNotes, identical } from './page-units.ts';
import type { TranslationUnit, UnitDocument, UnitStatus, UnitText } from './unit.ts';

export interface NamespaceUnitsOptions {
  readonly namespace: string;
  readonly sourceLanguage: string;
  readonly lang: string;
  readonly source: UiNamespace;
  readonly target?: UiNamespace;
  /** Recorded source hashes of the target's strings, by key. */
  readonly hashes: ReadonlyMap<string, string>;
  readonly glossary: readonly GlossaryTerm[];
}

const pluralSuffix = /^(.*)_(zero|one|two|few|many|other)$/;

/** The plural categories of a language (`es` → one, many, other). */
export function pluralCategories(lang: string): readonly string[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** The keys a language needs for the source's keys, each with the source key it translates. */
export function targetKeys(
  sourceKeys: readonly string[],
  lang: string,
): { key: string; sourceKey: string; category?: string }[] {
  const keys: { key: string; sourceKey: string; category?: string }[] = [];
  const seenBases = new Set<string>();
  const sourceSet = new Set(sourceKeys);
  for (const key of sourceKeys) {
    const plural = pluralSuffix.exec(key);
    if (!plural || !sourceSet.has(`${plural[1]}_other`)) {
      keys.push({ key, sourceKey: key });
      continue;
    }
    const base = plural[1] ?? '';
    if (seenBases.has(base)) continue;
    seenBases.add(base);
    for (const category of pluralCategories(lang)) {
      const own = `${base}_${category}`;
      keys.push({ key: own, sourceKey: sourceSet.has(own) ? own : `${base}_other`, category });
    }
  }
  return keys;
}

export function namespaceUnits(options: NamespaceUnitsOptions): UnitDocument {
  const { namespace, source, target, sourceLanguage, lang } = options;
  const units: TranslationUnit[] = [];
  for (const { key, sourceKey, category } of targetKeys(keyPaths(source.strings), lang)) {
    const sourceValue = stringAt(source.strings, sourceKey) ?? '';
    const sourceText = stringText(sourceValue, source, sourceKey);
    const targetValue = target ? stringAt(target.strings, key) : undefined;
    const own = target && targetValue !== undefined ? stringText(targetValue, target, key) : undefined;
    const targetText = own ? { ...own, content: alignCodes(sourceText.content, own.content) } : undefined;
    const status: UnitStatus = !targetText
      ? 'missing'
      : options.hashes.get(key) === sourceHash(sourceValue)
        ? 'translated'
        : 'stale';
    units.push({
      id: key,
      kind: 'string',
      source: sourceText,
      ...(targetText ? { target: targetText } : {}),
      status: identical(status, sourceText, targetText),
      notes: [
        ...(category
          ? [
              `Plural form “${category}”: the text for a count such as ${exampleOf(lang, category).toLocaleString(lang)}.`,
            ]
          : []),
        ...glossaryNotes(sourceValue, options.glossary, sourceLanguage, lang),
      ],
    });
  }
  return {
    kind: 'namespace',
    id: namespace,
    sourceLanguage,
    lang,
    sourcePath: source.file.path,
    targetPath: target?.file.path ?? `locales/${lang}/${namespace}.json`,
    units,
  };
}

function stringText(value: string, namespace: UiNamespace, key: string): UnitText {
  const position = positionOfKey(namespace, key.split('.'));
  return {
    text: value.replace(/\s+/g, ' ').trim(),
    content: stringContent(value),
    file: namespace.file.path,
    ...(position ? { position } : {}),
  };
}

/** A number the category applies to, for the translator's note. */
function exampleOf(lang: string, category: string): number {
  const rules = new Intl.PluralRules(lang);
  for (const candidate of [1, 2, 3, 5, 11, 21, 1_000_000]) if (rules.select(candidate) === category) return candidate;
  return 0;
}
