/**
 * The site's search index, built with Pagefind (npm `pagefind`): each content
 * page in each language it is written in is indexed from its `<main>`,
 * without the parts made from other pages' titles (`data-page-chrome`) or the
 * "not translated yet" notice. Pagefind reads `<html lang>` and makes one
 * index per language, which the search page's script loads in the browser:
 * no server searches. A language that only shows the source's text of a page
 * is left out; that text is in the source language's index. The files go
 * under `pagefind/`, without Pagefind's own interfaces: the search page has
 * its own (site/search.js).
 */
import { createIndex } from 'pagefind';
import { VFile } from 'vfile';
import { reportError } from '../../content/report.ts';
import { pageFile } from '../../site/site-output.ts';
import { need, type BuildContext, type Stage } from './context.ts';

/** The index's folder in the output. */
export const searchFolder = 'pagefind';

/** Pagefind's ready-made interfaces and highlighter, which the site does not use. */
const unused = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./;

async function indexSite(context: BuildContext): Promise<BuildContext> {
  const manifest = need(context, 'manifest');
  const output = need(context, 'output');
  const { index, errors } = await createIndex({
    rootSelector: 'main',
    excludeSelectors: ['[data-page-chrome]', '.translation-notice'],
  });
  if (!index) return failed(context, errors);
  const pages = manifest.pages.flatMap((page) =>
    page.alternates.filter((alternate) => alternate.hreflang !== 'x-default').map((alternate) => alternate.href),
  );
  // One at a time, in the manifest's order: Pagefind numbers pages as they come, and the same input must give the same bytes.
  const problems: string[] = [];
  for (const href of pages) {
    const html = output.get(pageFile(href));
    if (typeof html === 'string') problems.push(...(await index.addHTMLFile({ url: href, content: html })).errors);
  }
  const { files, errors: writeErrors } = await index.getFiles();
  await index.deleteIndex();
  problems.push(...writeErrors);
  if (problems.length > 0) return failed(context, problems);
  const indexed = new Map(output);
  // In path order (Pagefind lists them in no set order), each copied out of the pooled buffer it is a view into.
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    if (!unused.test(file.path)) indexed.set(`${searchFolder}/${file.path}`, new Uint8Array(file.content));
  return { ...context, output: indexed };
}

function failed(context: BuildContext, errors: readonly string[]): BuildContext {
  const file = new VFile({ cwd: context.root, path: searchFolder });
  reportError(
    file,
    `The search index could not be built: ${errors.join('; ') || 'Pagefind did not start'}. Reinstall the dependencies (npm ci), or set \`searchUrl: false\` in content/site.yaml for a site without search.`,
    undefined,
    'search-index',
  );
  return { ...context, files: [...context.files, file], stopped: true };
}

export const searchIndex: Stage = {
  name: 'search index',
  phase: 'search index',
  applies: (context) => need(context, 'manifest').site?.search !== undefined,
  run: indexSite,
};
