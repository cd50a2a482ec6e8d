/**
 * The server throughput measurement does what it says: both servers loaded
 * with the same URLs, every response a 200, the ratio the two rates'. How
 * fast either is, is the machine's, and not checked.
 */
import { expect, inject, it } from 'vitest';
import { measureThroughput } from '../../src/bench/server-throughput.ts';

it('measures the demo server and a plain static server on the same build and URLs, as a ratio', async () => {
  const measured = await measureThroughput({
    distDir: inject('projectBuild'),
    urls: ['/en/mexico/', '/assets/site.css', '/locales/es/mexico.json'],
    connections: 2,
    milliseconds: 150,
    turns: 1,
  });
  expect(measured.failures).toBe(0);
  expect(measured.demoPerSecond).toBeGreaterThan(0);
  expect(measured.plainPerSecond).toBeGreaterThan(0);
  expect(measured.ratio).toBeCloseTo(measured.demoPerSecond / measured.plainPerSecond, 9);
});
