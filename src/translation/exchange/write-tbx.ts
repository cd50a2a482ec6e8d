/**
 * The glossary as TBX (ISO 30042), in the TBX-Basic dialect of its 2008
 * edition (`<martif>`), which term bases and Translate Toolkit read: a
 * `<termEntry>` per glossary entry, a `<langSet>` per language with its
 * term; the note as the entry's `<note>`; an acronym as a second term,
 * `termType` `acronym`, beside the `fullForm`; a term that stays as it is
 * in every language carries the `transferComment` "do not translate".
 */
import type { Element } from 'xast';
import { x } from 'xastscript';
import type { GlossaryTerm } from '../../content/glossary.ts';
import { escapedText, serializeXml } from '../xliff/xml.ts';

export interface TbxOptions {
  readonly sourceLanguage: string;
  readonly languages: readonly string[];
  /** Where the glossary is, for the header. */
  readonly glossaryPath: string;
}

const contentElements = new Set(['term', 'termNote', 'note', 'p', 'descrip']);

export function toTbx(glossary: readonly GlossaryTerm[], options: TbxOptions): string {
  const header = x('martifHeader', [
    x('fileDesc', [x('sourceDesc', [x('p', [escapedText(`The site's glossary, ${options.glossaryPath}`)])])]),
    x('encodingDesc', [x('p', { type: 'XCSURI' }, [escapedText('TBXBasicXCSV02.xcs')])]),
  ]);
  const languages = [options.sourceLanguage, ...options.languages.filter((lang) => lang !== options.sourceLanguage)];
  const entries = glossary.map((term, index) => termEntry(term, index, languages, options.sourceLanguage));
  return serializeXml(
    x('martif', { type: 'TBX-Basic', 'xml:lang': options.sourceLanguage }, [header, x('text', [x('body', entries)])]),
    contentElements,
  );
}

function termEntry(term: GlossaryTerm, index: number, languages: readonly string[], sourceLanguage: string): Element {
  return x('termEntry', { id: `term-${index + 1}` }, [
    ...(term.note ? [x('note', [escapedText(term.note)])] : []),
    ...languages
      .filter((lang) => term.terms[lang] !== undefined)
      .map((lang) => langSet(term, lang, lang === sourceLanguage)),
  ]);
}

function langSet(term: GlossaryTerm, lang: string, isSource: boolean): Element {
  const notes = (type: string, value: string) => x('termNote', { type }, [escapedText(value)]);
  const own = term.terms[lang] ?? '';
  return x('langSet', { 'xml:lang': lang }, [
    x('tig', [
      x('term', [escapedText(own)]),
      ...(term.abbr && isSource ? [notes('termType', 'fullForm')] : []),
      ...(term.doNotTranslate ? [notes('transferComment', 'do not translate')] : []),
    ]),
    ...(term.abbr && isSource ? [x('tig', [x('term', [escapedText(term.abbr)]), notes('termType', 'acronym')])] : []),
  ]);
}
