import { describe, expect, it } from 'vitest';
import { measureThreadScaling } from '../../src/bench/thread-scaling.ts';

describe('measureThreadScaling', () => {
  it('times the same work on one thread and on N, and gives their ratio', async () => {
    const result = await measureThreadScaling(2, 200);
    expect(result.threads).toBe(2);
    expect(result.oneThreadMilliseconds).toBeGreaterThan(0);
    expect(result.nThreadsMilliseconds).toBeGreaterThan(0);
    expect(result.scaling).toBe(result.oneThreadMilliseconds / result.nThreadsMilliseconds);
  });
});
