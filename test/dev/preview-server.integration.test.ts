/**
 * The preview server holds background work (the browser gate, the review
 * pages) until the open pages have reloaded: `settled()` waits for a pause
 * in the requests, or for its longest wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../src/dev/preview-server.ts';

describe('the preview server’s settled()', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    const state = {
      version: 1,
      output: new Map([['index.html', '<!doctype html><html><head></head></html>']]),
      manifest: undefined,
      files: [],
      ok: true,
    };
    server = await startPreviewServer({ state: () => state, port: 0 });
  });
  afterAll(() => server.close());

  it('resolves after a pause in the requests', async () => {
    const started = performance.now();
    await server.settled(100, 5_000);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(95);
    expect(waited).toBeLessThan(2_000);
  });

  it('waits while requests keep coming, and no longer than its longest wait', async () => {
    const started = performance.now();
    const settled = server.settled(150, 5_000).then(() => performance.now() - started);
    // Requests every 40 ms for 600 ms: no pause of 150 ms until they stop.
    while (performance.now() - started < 600) {
      await fetch(`${server.origin}/index.html`).then((response) => response.text());
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    expect(await settled).toBeGreaterThanOrEqual(600);
    const endless = setInterval(
      () =>
        void fetch(`${server.origin}/index.html`)
          .then((response) => response.text())
          // A request still on its way when the test ends meets a closed server.
          .catch(() => undefined),
      30,
    );
    try {
      const from = performance.now();
      await server.settled(150, 400);
      expect(performance.now() - from).toBeLessThan(2_000);
    } finally {
      clearInterval(endless);
    }
  });
});
