/**
 * The translators' review pages: one per document (`reports/review/pages/
 * <id>.html`, `reports/review/strings/<namespace>.html`), every unit side by
 * side with its status and the build's findings (spelling is
 * `npm run translations -- review`'s), and their index, `reports/review.html`.
 * One page per document means an edit to one page changes one review page,
 * which is what the write and the browser gate's cache then redo. They are
 * reports like the accessibility one: they go through the same browser gate,
 * and are written with the site.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Harness } from '../../a11y/harness.ts';
import { reviewIndexTree } from '../../translation/review-index.ts';
import { belongsTo, reviewTree } from '../../translation/review-page.ts';
import type { UnitDocument } from '../../translation/unit.ts';
import { uiString } from '../ui-strings.ts';
import { need, type BuildContext, type Stage } from './context.ts';

/** Where the index of the translators' review pages is written, in the output folder. */
export const reviewPath = 'reports/review.html';

/** Where a document's review page is written, in the output folder. */
export function documentReviewPath(document: Pick<UnitDocument, 'kind' | 'id'>): string {
  return `reports/review/${document.kind === 'page' ? 'pages' : 'strings'}/${document.id}.html`;
}

function reviewHarnesses(context: BuildContext): BuildContext {
  const config = need(context, 'config');
  const ui = need(context, 'ui');
  const { findings } = need(context, 'translations');
  const documents = [...need(context, 'translations').documents.values()].flat();
  const languageNames = Object.fromEntries(
    config.languages.map((code) => [code, uiString(ui, config, code, 'languageName') ?? code]),
  );
  const lang = config.sourceLanguage;
  const byDocument = Map.groupBy(documents, documentReviewPath);
  const findingsById = Map.groupBy(findings, (finding) => finding.document);
  const index = harness(
    reviewPath,
    lang,
    reviewIndexTree({ documents, findings, languageNames, href: (document) => relative(documentReviewPath(document)) }),
  );
  const pages = [...byDocument].map(([file, own]) => {
    const [first] = own;
    const title = `Translation review: ${first?.kind === 'namespace' ? 'UI namespace' : 'page'} ${first?.id ?? ''}`;
    const ownFindings = (findingsById.get(first?.id ?? '') ?? []).filter((finding) =>
      own.some((document) => belongsTo(finding, document)),
    );
    const tree = reviewTree({
      documents: own,
      findings: ownFindings,
      languageNames,
      title,
      index: '../../review.html',
    });
    return harness(file, lang, tree);
  });
  return { ...context, harnesses: [...(context.harnesses ?? []), index, ...pages] };
}

/** A document's review page, from the index (both are under reports/). */
function relative(file: string): string {
  return file.slice('reports/'.length);
}

function harness(file: string, lang: string, tree: Root): Harness {
  // The tree once: serializing it is what reviewPage() does, without making the tree again.
  return { path: file, lang, wholePage: false, html: `${toHtml(tree)}\n`, tree, sources: new Map() };
}

export const reviewPage: Stage = { name: 'review page', phase: 'review page', run: reviewHarnesses };
