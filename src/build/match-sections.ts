/**
 * A translation against its source page: it needs one, and has the source's
 * sections, no others, in the same order. A translation that cannot be
 * compared (no source, a section id twice) is reported and left out.
 */
import { reportError, reportWarning } from '../content/report.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { Pages, PageVersion } from './stages/context.ts';

export function matchSections(config: SiteConfig, pages: Pages, sourcePages: ReadonlySet<string>): void {
  for (const [page, versions] of pages) {
    const source = versions.get(config.sourceLanguage);
    for (const [lang, version] of versions) {
      if (lang === config.sourceLanguage) continue;
      if (!source) {
        if (sourcePages.has(page)) continue;
        reportError(
          version.file,
          `Translation without a source: content/${config.sourceLanguage}/${page}.md does not exist. Check the file name, or add the source page first.`,
          { line: 1, column: 1 },
          'translation-source',
        );
        continue;
      }
      // A source or translation with a section id twice has its error; comparing them would only repeat it.
      if (hasDuplicateSections(source) || hasDuplicateSections(version)) {
        versions.delete(lang);
        continue;
      }
      checkSectionsMatch(source, version);
    }
  }
}

function hasDuplicateSections(version: PageVersion): boolean {
  return new Set(version.spans.map((span) => span.id)).size < version.spans.length;
}

/** A translation has the source's sections, no others, in the same order. */
function checkSectionsMatch(source: PageVersion, translation: PageVersion): void {
  const sourceIds = source.spans.map((span) => span.id);
  const present = translation.spans.filter((span) => sourceIds.includes(span.id));
  for (const span of translation.spans) {
    // A heading without an id already has its error, naming the id to write.
    if (!sourceIds.includes(span.id) && span.idWritten) {
      reportError(
        translation.file,
        `Section \`${span.id}\` is not in the source page (${source.file.path}), whose sections are: ${sourceIds.join(', ')}. Use the source's section id in \`{#…}\`.`,
        span.position.start,
        'translation-source',
      );
    }
  }
  const expectedOrder = sourceIds.filter((id) => present.some((span) => span.id === id));
  present.forEach((span, index) => {
    if (span.id !== expectedOrder[index]) {
      reportWarning(
        translation.file,
        `Section \`${span.id}\` is out of order: the source page has ${sourceIds.join(', ')}. The build uses the source's order.`,
        span.position.start,
        'translation-source',
      );
    }
  });
}
