/**
 * The translators' commands compile only what they read (units, findings and
 * the manifest's statuses): no site pages, whose runtime bundle esbuild
 * makes, and no review page of the build's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { reviewPage } from '../../src/build/stages/review-page.ts';
import { sitePages } from '../../src/build/stages/site-pages.ts';
import { projectRoot } from '../helpers.ts';
import { translations } from './run-translations.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the stages the translations commands run', () => {
  it('`status` makes neither the site pages nor the review page, and prints the statuses', async () => {
    const site = vi.spyOn(sitePages, 'run');
    const review = vi.spyOn(reviewPage, 'run');
    const { stdout } = await translations(projectRoot, 'status');
    expect(stdout).toContain('es: 5 translated, 0 stale, 0 missing (sections and titles)');
    expect(stdout).toContain('  mexico/goals: translated');
    expect(site).not.toHaveBeenCalled();
    expect(review).not.toHaveBeenCalled();
  });

  it('the whole compile does make them (what the test above watches is what runs)', async () => {
    const site = vi.spyOn(sitePages, 'run');
    const review = vi.spyOn(reviewPage, 'run');
    expect((await compileSite(projectRoot)).ok).toBe(true);
    expect(site).toHaveBeenCalledTimes(1);
    expect(review).toHaveBeenCalledTimes(1);
  });
});
