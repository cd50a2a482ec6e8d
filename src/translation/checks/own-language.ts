/** What the checks of one language read of a text: the phrases in that language, not those marked as another. */
import type { Inline } from '../../pipeline/inline-runs.ts';

/**
 * The text as shown (the marks of bold, links and the like dropped; a
 * standalone code such as a placeholder or inline code, a space), and the
 * same with each phrase marked as another language (`:lang[Really?]{lang=en}`)
 * blanked out character for character, so that offsets match.
 */
export function ownLanguageText(content: readonly Inline[]): { shown: string; own: string } {
  const otherLanguage = new Set<string>();
  let shown = '';
  let own = '';
  for (const run of content) {
    if (typeof run === 'string') {
      shown += run;
      own += otherLanguage.size > 0 ? ' '.repeat(run.length) : run;
    } else if (run.type === 'lang' && run.kind === 'open') otherLanguage.add(run.id);
    else if (run.type === 'lang' && run.kind === 'close') otherLanguage.delete(run.id);
    else if (run.kind === 'standalone') {
      shown += ' ';
      own += ' ';
    }
  }
  return { shown, own };
}
