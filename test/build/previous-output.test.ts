/**
 * Whose a file of an output folder without a record is (an earlier
 * version's output), and where a translator's file found there goes now.
 */
import { describe, expect, it } from 'vitest';
import { legacyRule, legacyWindow, type TimedEntry } from '../../src/build/previous-output.ts';
import { isEarlierExport, translationFileHome } from '../../src/translation/translation-files.ts';

const built = 1_700_000_000_000;
const legacy = { marker: 'manifest.json', writtenByOthers: isEarlierExport };
const entry = (path: string, changed: number, regular = true): TimedEntry => ({ path, changed, regular });

describe('an output an earlier version wrote', () => {
  const entries = [
    entry('manifest.json', built),
    entry('assets/site.css', built - 86_400_000),
    entry('reports/a11y.md', built + 800),
    entry('reports/review.html', built + legacyWindow + 1),
    entry('xliff/1.2/es/mexico.xlf', built - 5000),
    entry('favicon-link.svg', built, false),
  ];
  const isBuilt = legacyRule(entries, legacy);
  const whose = Object.fromEntries(entries.map((file) => [file.path, isBuilt(file)]));

  it('is the build’s up to its manifest’s change, linked from builds before or written in the same one', () => {
    expect(whose).toMatchObject({ 'manifest.json': true, 'assets/site.css': true, 'reports/a11y.md': true });
  });

  it('is someone else’s when changed well after the build, exported, or not a regular file', () => {
    expect(whose).toMatchObject({
      'reports/review.html': false,
      'xliff/1.2/es/mexico.xlf': false,
      'favicon-link.svg': false,
    });
  });

  it('is all someone else’s without a manifest', () => {
    const files = entries.filter((file) => file.path !== 'manifest.json');
    expect(files.filter(legacyRule(files, legacy))).toEqual([]);
  });
});

describe('where a translator’s file goes now', () => {
  it('names the export’s and the review page’s places in translation-files/, and nothing else', () => {
    expect(translationFileHome('xliff/2.0/es/ui.xlf')).toEqual({
      path: 'translation-files/xliff/2.0/es/ui.xlf',
      command: 'export',
    });
    expect(translationFileHome('reports/review.html')).toEqual({
      path: 'translation-files/review.html',
      command: 'review',
    });
    expect(translationFileHome('reports/a11y.md')).toBeUndefined();
    expect(translationFileHome('xliff.txt')).toBeUndefined();
  });
});
