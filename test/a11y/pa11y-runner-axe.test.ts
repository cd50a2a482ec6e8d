import { describe, expect, it } from 'vitest';
import { axeTags, run, scripts } from '../../src/a11y/pa11y-runner-axe.ts';

describe('the axe runner', () => {
  it('asks axe for the rules of WCAG 2.2 AA and best practices, in the page as in the module', () => {
    expect(axeTags).toEqual(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
    // `run` is injected into the page as source text: its own copy of the tags is what axe gets.
    const inPage = /const tags = \[([^\]]*)\]/.exec(run.toString())?.[1];
    expect(inPage?.split(',').map((tag) => tag.trim().slice(1, -1))).toEqual(axeTags);
  });

  it('injects axe-core itself', () => {
    expect(scripts).toEqual([expect.stringMatching(/axe-core[/\\]axe\.min\.js$/)]);
  });
});
