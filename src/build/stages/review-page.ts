/**
 * The translators' review pages: one per document (`reports/review/pages/
 * <id>.html`, `reports/review/strings/<namespace>.html`), every unit side by
 * side with its status and the build's findings (spelling is
 * `npm run translations -- review`'s), and their index, `reports/review.html`.
 * They are reports like the accessibility one: they go through the same
 * browser gate, and are written with the site.
 *
 * One page per document means an edit to one page changes one review page.
 * Each is recorded with the key of its input (its documents and findings,
 * and the toolchain), and a build whose output still holds the page for the
 * same key, unmodified, reads it back instead of making it again
 * (reuse-output.ts).
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { reportHarness } from '../../a11y/harness.ts';
import { reviewIndexTree } from '../../translation/review-index.ts';
import { belongsTo, reviewTree, type ReviewInput } from '../../translation/review-page.ts';
import type { UnitDocument } from '../../translation/unit.ts';
import { readBackOrMake, reusableOutput, type MadeFile } from '../reuse-output.ts';
import { uiString } from '../ui-strings.ts';
import { need, type BuildContext, type Stage } from './context.ts';

/** Where the index of the translators' review pages is written, in the output folder. */
export const reviewPath = 'reports/review.html';

/** Where a document's review page is written, in the output folder. */
export function documentReviewPath(document: Pick<UnitDocument, 'kind' | 'id'>): string {
  return `reports/review/${document.kind === 'page' ? 'pages' : 'strings'}/${document.id}.html`;
}

async function reviewHarnesses(context: BuildContext): Promise<BuildContext> {
  const config = need(context, 'config');
  const ui = need(context, 'ui');
  const { findings, documentKeys } = need(context, 'translations');
  const documents = [...need(context, 'translations').documents.values()].flat();
  const languageNames = Object.fromEntries(
    config.languages.map((code) => [code, uiString(ui, config, code, 'languageName') ?? code]),
  );
  const lang = config.sourceLanguage;
  // A document with a key is named by it: hashing every unit of every page again after each edit is the review's largest cost.
  const keyOf = (document: UnitDocument): unknown => documentKeys?.get(document) ?? document;
  const findingsById = Map.groupBy(findings, (finding) => finding.document);
  const inputs = [...Map.groupBy(documents, documentReviewPath)].map(([file, own]): MadeFile<ReviewInput> => {
    const [first] = own;
    const title = `Translation review: ${first?.kind === 'namespace' ? 'UI namespace' : 'page'} ${first?.id ?? ''}`;
    const ownFindings = (findingsById.get(first?.id ?? '') ?? []).filter((finding) =>
      own.some((document) => belongsTo(finding, document)),
    );
    const input = { documents: own, findings: ownFindings, languageNames, title, index: '../../review.html' };
    const identity = { ...input, documents: own.map(keyOf) };
    return { path: file, input, identity };
  });
  const indexInput = {
    documents,
    findings,
    languageNames,
    href: (document: UnitDocument) => relative(documentReviewPath(document)),
  };
  const indexIdentity = { ...indexInput, documents: documents.map(keyOf) };
  const previous = await reusableOutput(context.target?.options.outDir, context.options.earlier);
  const [made, index] = await Promise.all([
    readBackOrMake(previous, 'review', inputs, ({ input }) => htmlOf(reviewTree(input))),
    readBackOrMake(previous, 'review-index', [{ path: reviewPath, input: indexInput, identity: indexIdentity }], () =>
      htmlOf(reviewIndexTree(indexInput)),
    ),
  ]);
  const pages = inputs.map((page, index) => reportHarness(page.path, lang, made.texts[index] ?? ''));
  const inputKeys = new Map([...made.keys, ...index.keys]);
  return {
    ...context,
    harnesses: [...(context.harnesses ?? []), reportHarness(reviewPath, lang, index.texts[0] ?? ''), ...pages],
    inputKeys: new Map([...(context.inputKeys ?? []), ...inputKeys]),
  };
}

/** A document's review page, from the index (both are under reports/). */
function relative(file: string): string {
  return file.slice('reports/'.length);
}

/** A review page's HTML, as reviewPage() serializes it. */
function htmlOf(tree: Root): string {
  return `${toHtml(tree)}\n`;
}

export const reviewPage: Stage = { name: 'review page', phase: 'review page', run: reviewHarnesses };
