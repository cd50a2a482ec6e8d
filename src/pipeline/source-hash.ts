/**
 * Source hashes: a translation records, for its title and each section, the
 * hash of the English text it translates. When the English changes, the
 * hashes differ and the translation is stale. Whitespace is normalized, so
 * re-wrapping a paragraph does not make a translation stale.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { SectionSpan } from '../pipeline/remark-sections.ts';

/** 16 hex characters of the SHA-256 of the whitespace-normalized text. */
export function sourceHash(text: string): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 16);
}

/** The Markdown source of a section, as written. */
export function sectionSource(file: VFile, span: SectionSpan): string {
  return String(file.value).slice(span.position.start.offset ?? 0, span.position.end.offset ?? undefined);
}

/** The source hash of each section of a rendered file, by section id. */
export function sectionHashes(file: VFile): Map<string, string> {
  return new Map((file.data.sections ?? []).map((span) => [span.id, sourceHash(sectionSource(file, span))]));
}
