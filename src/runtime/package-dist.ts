/**
 * Where the run-time layer finds its build by default. Here, this package's
 * dist/ (two levels up from src/runtime and from lib/runtime); a site
 * package replaces this module with its own folder (site/site-package.ts),
 * where the manifest and bundles sit beside runtime/.
 */
import { fileURLToPath } from 'node:url';

export const packageDist = fileURLToPath(new URL('../../dist', import.meta.url));
