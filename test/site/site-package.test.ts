/**
 * The site package's name when site.yaml gives none: the project folder's,
 * as npm accepts a name (the package itself: site-package.e2e.test.ts).
 */
import { expect, it } from 'vitest';
import { packageNameOf } from '../../src/site/site-package.ts';

it('makes a package name from the folder, lower case and URL-safe', () => {
  expect(packageNameOf('/sites/mexico')).toBe('mexico-content');
  expect(packageNameOf('/sites/Embajada de México')).toBe('embajada-de-mexico-content');
  expect(packageNameOf('/sites/.hidden_site-')).toBe('hidden_site-content');
  expect(packageNameOf('/')).toBe('site-content');
});
