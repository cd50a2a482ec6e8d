/**
 * The site pages: each page in each language, with the language switcher and
 * the navigation, each language's index and "page not found" page, the
 * sitemap, and the assets they load (site/site-output.ts, site/sitemap.ts). They are written with the
 * output, and checked by the browser gate, their findings traced to the
 * Markdown through each fragment's own tree.
 *
 * Each page is recorded with the key of its input, and a build whose output
 * still holds the page for the same key, unmodified, reads it back instead of
 * making it again (reuse-output.ts): after one edit, only that page's
 * versions are made.
 */
import { sitePageHarness, type FragmentLookup } from '../../a11y/site-page-harness.ts';
import { siteAssetFiles, sitePageMaker, sitePages as pagesOfSite } from '../../site/site-output.ts';
import { robots, sitemap } from '../../site/sitemap.ts';
import { readBackOrMake, reusableOutput } from '../reuse-output.ts';
import { need, type BuildContext, type Pages, type Stage } from './context.ts';

async function makeSitePages(context: BuildContext): Promise<BuildContext> {
  const output = need(context, 'output');
  const manifest = need(context, 'manifest');
  const { baseUrl } = need(context, 'config');
  const files = await siteAssetFiles(manifest);
  if (baseUrl !== undefined) {
    files.set('sitemap.xml', sitemap(manifest, baseUrl));
    files.set('robots.txt', robots(baseUrl));
  }
  const make = sitePageMaker(output, manifest);
  const previous = await reusableOutput(context.target?.options.outDir, context.options.earlier);
  const lookup = fragmentLookup(need(context, 'pages'));
  const pages = pagesOfSite(output, manifest);
  const { texts, keys: inputKeys } = await readBackOrMake(previous, 'site-page', pages, make);
  const harnesses = pages.map((page, index) => {
    const html = texts[index] ?? '';
    files.set(page.path, html);
    return sitePageHarness({ path: page.path, lang: page.lang, html }, lookup);
  });
  return {
    ...context,
    output: new Map([...output, ...files]),
    harnesses: [...(context.harnesses ?? []), ...harnesses],
    inputKeys: new Map([...(context.inputKeys ?? []), ...inputKeys]),
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
