/**
 * The site package (site/site-package.ts): package.json, the run-time layer
 * as plain JavaScript and its types for this site's pages, added to the
 * output so that the output folder installs as a package.
 */
import { packageNameOf, sitePackageFiles } from '../../site/site-package.ts';
import { need, type BuildContext, type Stage } from './context.ts';

async function addSitePackage(context: BuildContext): Promise<BuildContext> {
  const config = need(context, 'config');
  const files = await sitePackageFiles({
    name: config.package?.name ?? packageNameOf(context.root),
    version: config.package?.version ?? '0.1.0',
    manifest: need(context, 'manifest'),
    types: need(context, 'types'),
  });
  return { ...context, output: new Map([...need(context, 'output'), ...files]) };
}

export const sitePackage: Stage = { name: 'site package', phase: 'site pages', run: addSitePackage };
