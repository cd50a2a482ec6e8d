/**
 * The translation steps of the benchmark measure what they say: the
 * synthetic page of pretranslate has a third of its units in the memory word
 * for word and a third two words away; the editor's check runs on every unit
 * of the Mexico page. Their times are the machine's, and not checked.
 */
import { describe, expect, it } from 'vitest';
import { measureEditorCheck } from '../../src/bench/measure-editor-check.ts';
import { measurePretranslate } from '../../src/bench/measure-pretranslate.ts';
import { projectRoot } from '../helpers.ts';

describe('the benchmark’s translation steps', () => {
  it('pretranslate fills the third of the page the memory has, and offers matches for the third it nearly has', () => {
    const result = measurePretranslate(3_000, 30);
    expect(result).toMatchObject({ memoryUnits: 3_000, pageUnits: 30, filled: 10 });
    expect(result.offered).toBeGreaterThanOrEqual(10);
    expect(result.milliseconds).toBeGreaterThan(0);
  });

  it('the editor’s check runs on every unit of the Mexico page', async () => {
    const result = await measureEditorCheck(projectRoot);
    expect(result.units).toBeGreaterThan(10);
    expect(result.pauseMilliseconds).toBe(150);
    expect(result.slowestMilliseconds).toBeGreaterThanOrEqual(result.medianMilliseconds);
  });
});
