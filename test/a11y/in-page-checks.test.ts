import { describe, expect, it } from 'vitest';
import { axeTags } from '../../src/a11y/in-page-checks.ts';

describe('the checks in the page', () => {
  it('ask axe for the rules of WCAG 2.2 AA and of best practice (wcag22aa included, which pa11y never sends)', () => {
    expect(axeTags).toEqual(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  });
});
