/**
 * The site pages: each page in each language, with the language switcher,
 * and the assets they load (site/site-output.ts). They are written with the
 * output, and checked by the browser gate, their findings traced to the
 * Markdown through each fragment's own tree.
 */
import { sitePageHarness, type FragmentLookup } from '../../a11y/site-page-harness.ts';
import { siteOutput } from '../../site/site-output.ts';
import { need, type BuildContext, type Pages, type Stage } from './context.ts';

async function makeSitePages(context: BuildContext): Promise<BuildContext> {
  const output = need(context, 'output');
  const site = await siteOutput(output, need(context, 'manifest'));
  const lookup = fragmentLookup(need(context, 'pages'));
  const sitePages = site.pages.map((page) => sitePageHarness(page, lookup));
  return {
    ...context,
    output: new Map([...output, ...site.files]),
    harnesses: [...(context.harnesses ?? []), ...sitePages],
  };
}

/** The fragment a site page's container holds, from the rendered pages (its tree has the Markdown's positions). */
function fragmentLookup(pages: Pages): FragmentLookup {
  return (fragment, lang) => {
    const [pageId = '', sectionId] = fragment.split('/');
    const version = pages.get(pageId)?.get(lang);
    const section = version?.sections.find((candidate) => candidate.id === sectionId);
    return section && version ? { tree: section.tree, file: version.file } : undefined;
  };
}

export const sitePages: Stage = { name: 'site pages', phase: 'site pages', run: makeSitePages };
