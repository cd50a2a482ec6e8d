/**
 * The translators' review page (`reports/review.html`): every unit side by
 * side with its status and the build's findings (spelling is
 * `npm run translations -- review`'s). It is a report like the accessibility
 * one: it goes through the same browser gate, and is written with the site.
 */
import type { Harness } from '../../a11y/harness.ts';
import { toHtml } from 'hast-util-to-html';
import { reviewTree } from '../../translation/review-page.ts';
import { uiString } from '../ui-strings.ts';
import { need, type BuildContext, type Stage } from './context.ts';

/** Where the translators' review page is written, in the output folder. */
export const reviewPath = 'reports/review.html';

function reviewHarness(context: BuildContext): BuildContext {
  const config = need(context, 'config');
  const ui = need(context, 'ui');
  const documents = [...need(context, 'translations').documents.values()].flat();
  const languageNames = Object.fromEntries(
    config.languages.map((code) => [code, uiString(ui, config, code, 'languageName') ?? code]),
  );
  const input = { documents, findings: need(context, 'translations').findings, languageNames };
  const tree = reviewTree(input);
  const harness: Harness = {
    path: reviewPath,
    lang: config.sourceLanguage,
    wholePage: false,
    // The tree once: serializing it is what reviewPage() does, without making the tree again.
    html: `${toHtml(tree)}\n`,
    tree,
    sources: new Map(),
  };
  return { ...context, harnesses: [...(context.harnesses ?? []), harness] };
}

export const reviewPage: Stage = { name: 'review page', phase: 'review page', run: reviewHarness };
