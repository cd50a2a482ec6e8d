/**
 * The demo server's requests per second against a plain static server
 * (sirv) on the same `dist/` and the same URLs, in one run: each is loaded
 * by the same clients (keep-alive connections, one request at a time each)
 * for the same time, in turns, and the best turn of each counts. Loopback
 * only.
 */
import { createServer, Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { startDemoServer } from '../site/demo-server.ts';

export interface ThroughputOptions {
  readonly distDir: string;
  readonly urls: readonly string[];
  /** Connections at once (default 16). */
  readonly connections?: number;
  /** Milliseconds per turn (default 2000). */
  readonly milliseconds?: number;
  /** Turns of each server (default 2). */
  readonly turns?: number;
}

export interface ThroughputMeasure {
  readonly demoPerSecond: number;
  readonly plainPerSecond: number;
  /** demo / plain. */
  readonly ratio: number;
  /** Responses that were not 200, across every turn (none, for a site that serves these URLs). */
  readonly failures: number;
}

export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputMeasure> {
  const demo = await startDemoServer({ distDir: options.distDir, port: 0, host: '127.0.0.1' });
  const files = sirv(options.distDir, { dev: false, etag: true });
  const plain = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const best = { demo: 0, plain: 0 };
  let failures = 0;
  try {
    for (let turn = 0; turn < (options.turns ?? 2); turn += 1) {
      for (const [name, port] of [
        ['demo', (demo.server.address() as AddressInfo).port],
        ['plain', portOf(plain)],
      ] as const) {
        const result = await load(port, options);
        failures += result.failures;
        best[name] = Math.max(best[name], result.perSecond);
      }
    }
  } finally {
    await demo.close();
    plain.closeAllConnections();
    await new Promise((resolve) => plain.close(resolve));
  }
  return { demoPerSecond: best.demo, plainPerSecond: best.plain, ratio: best.demo / best.plain, failures };
}

function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

/** Requests per second one server answered, by `connections` clients for `milliseconds`. */
async function load(port: number, options: ThroughputOptions): Promise<{ perSecond: number; failures: number }> {
  const connections = options.connections ?? 16;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + (options.milliseconds ?? 2000);
  let done = 0;
  let failures = 0;
  const client = async (offset: number): Promise<void> => {
    for (let index = offset; performance.now() < until; index += 1) {
      const status = await get(agent, port, options.urls[index % options.urls.length] ?? '/');
      done += 1;
      if (status !== 200) failures += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, index) => client(index)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { perSecond: done / seconds, failures };
}

function get(agent: Agent, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}
