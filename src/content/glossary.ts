/**
 * `content/glossary.yaml`: the terms translations must use. Each entry has
 * the term in the source language and in each translation (keyed by language
 * tag), a note for translators, a do-not-translate flag and, for a name with
 * an acronym, the acronym.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { isScalar } from 'yaml';
import { reportError, reportWarning } from './report.ts';
import { mappingEntries, parseYaml, sequenceItems, stringValue } from './yaml.ts';

export interface GlossaryTerm {
  /** The term in each language that has one, by language tag. */
  readonly terms: Readonly<Record<string, string>>;
  readonly note?: string;
  /** The term stays as it is in every language. */
  readonly doNotTranslate: boolean;
  /** Acronym of this name (its first use on a page is written out). */
  readonly abbr?: string;
  /** Where the entry is in the glossary file. */
  readonly position: Position;
}

export const glossaryPath = 'content/glossary.yaml';

const ruleId = 'glossary';

/** Read the glossary; problems are messages on `file`. */
export function readGlossary(file: VFile, languages: readonly string[], sourceLanguage: string): GlossaryTerm[] {
  const yaml = parseYaml(file, String(file.value));
  if (!yaml) return [];
  const termsEntry = mappingEntries(yaml.document.contents)?.find((entry) => entry.key === 'terms');
  const items = termsEntry ? sequenceItems(termsEntry.value) : undefined;
  if (!items) {
    reportError(file, 'The glossary is a `terms:` list of entries with one key per language (`en: …`, `es: …`).', yaml.positionOf(null), ruleId);
    return [];
  }
  const glossary: GlossaryTerm[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const position = yaml.positionOf(item);
    const entries = mappingEntries(item);
    if (!entries) {
      reportError(file, 'A glossary entry is a set of `key: value` lines (`en: …`, `es: …`, `note: …`).', position, ruleId);
      continue;
    }
    const terms: Record<string, string> = {};
    let note: string | undefined;
    let abbr: string | undefined;
    let doNotTranslate = false;
    for (const entry of entries) {
      const value = stringValue(entry.value);
      if (languages.includes(entry.key)) {
        if (value === undefined) reportError(file, `\`${entry.key}\` needs the term as text.`, yaml.positionOf(entry.value ?? entry.keyNode), ruleId);
        else terms[entry.key] = value;
      } else if (entry.key === 'note') {
        note = value;
      } else if (entry.key === 'abbr') {
        abbr = value;
      } else if (entry.key === 'doNotTranslate') {
        if (!isScalar(entry.value) || typeof entry.value.value !== 'boolean') {
          reportError(file, '`doNotTranslate` is `true` or `false`.', yaml.positionOf(entry.value ?? entry.keyNode), ruleId);
        } else {
          doNotTranslate = entry.value.value;
        }
      } else {
        reportWarning(file, `Unknown glossary key \`${entry.key}\` (known: ${[...languages, 'note', 'abbr', 'doNotTranslate'].join(', ')}).`, yaml.positionOf(entry.keyNode), ruleId);
      }
    }
    const source = terms[sourceLanguage];
    if (source === undefined) {
      reportError(file, `A glossary entry needs its \`${sourceLanguage}\` term.`, position, ruleId);
      continue;
    }
    if (doNotTranslate) {
      for (const [lang, term] of Object.entries(terms)) {
        if (term !== source) reportError(file, `\`${source}\` is marked doNotTranslate, but its \`${lang}\` term is \`${term}\`.`, position, ruleId);
      }
    }
    const key = source.toLowerCase();
    const previous = seen.get(key);
    if (previous !== undefined) {
      reportError(file, `\`${source}\` is already in the glossary (line ${previous}); keep one entry per term.`, position, ruleId);
    }
    seen.set(key, position.start.line);
    glossary.push({ terms, doNotTranslate, position, ...(note === undefined ? {} : { note }), ...(abbr === undefined ? {} : { abbr }) });
  }
  return glossary;
}
