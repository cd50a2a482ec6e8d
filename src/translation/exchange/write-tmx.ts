/**
 * Translation memory entries as TMX 1.4b, which CAT tools (OmegaT, Trados,
 * memoQ, Phrase) exchange: one `<tu>` per entry, its source and translation
 * each a `<tuv xml:lang>`, where it came from in `tuid` and an `x-origin`
 * property, codes as `<bpt>`/`<ept>`/`<ph>` (tmx-codes.ts).
 */
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { Inline } from '../../pipeline/inline-runs.ts';
import type { MemoryEntry } from '../memory/translation-memory.ts';
import { escapedText, serializeXml, unrepresentableCharacter } from '../xliff/xml.ts';
import { tmxType } from './tmx-codes.ts';

export interface TmxOptions {
  readonly sourceLanguage: string;
  /** The tool and its version, for the header. */
  readonly tool: { readonly name: string; readonly version: string };
}

const contentElements = new Set(['seg', 'prop', 'note']);

export function toTmx(entries: readonly MemoryEntry[], options: TmxOptions): string {
  const header = x('header', {
    creationtool: options.tool.name,
    creationtoolversion: options.tool.version,
    segtype: 'block',
    'o-tmf': options.tool.name,
    adminlang: 'en',
    srclang: options.sourceLanguage,
    datatype: 'x-markdown',
  });
  const units = entries.map((entry) =>
    x('tu', { tuid: entry.origin }, [
      x('prop', { type: 'x-origin' }, [escapedText(entry.origin)]),
      tuv(options.sourceLanguage, entry.source, entry.origin),
      tuv(entry.lang, entry.target, entry.origin),
    ]),
  );
  return serializeXml(x('tmx', { version: '1.4' }, [header, x('body', units)]), contentElements);
}

function tuv(lang: string, content: readonly Inline[], origin: string): Element {
  return x('tuv', { 'xml:lang': lang }, [
    x(
      'seg',
      content.map((run) => segRun(run, origin)),
    ),
  ]);
}

function segRun(run: Inline, origin: string): ElementContent {
  if (typeof run === 'string') return text(run, origin);
  const attributes = { type: tmxType(run) };
  if (run.kind === 'open') return x('bpt', { i: run.id, x: run.id, ...attributes }, [text(run.original, origin)]);
  if (run.kind === 'close') return x('ept', { i: run.id }, [text(run.original, origin)]);
  return x('ph', { x: run.id, ...attributes }, [text(run.original, origin)]);
}

function text(value: string, origin: string): ElementContent {
  // Refused rather than dropped, as XLIFF 1.2 does.
  if (unrepresentableCharacter.test(value))
    throw new Error(`${origin} contains a character XML cannot carry; remove it from the text`);
  return escapedText(value);
}
