/**
 * `npm start` as a newcomer runs it: it builds (browser checks included),
 * then serves the demo site on PORT. In CI this runs on a fresh clone after
 * `npm ci`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { freePort, projectRoot } from '../helpers.ts';

let started: ChildProcess | undefined;

afterAll(() => {
  // npm runs a shell that runs node: stop the whole group.
  if (started?.pid) process.kill(-started.pid, 'SIGTERM');
});

it('builds, then serves the demo site on PORT, with the reports', async () => {
  const port = await freePort();
  started = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => started?.once('exit', resolve));
  const ready = new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (output.includes('Demo site:')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
  });
  const code = await Promise.race([ready.then(() => 'ready'), exited]);
  expect(code, output).toBe('ready');
  expect(output).toContain(`Demo site: http://localhost:${port}/`);
  expect(output).toMatch(/Accessibility: 0 errors, 0 warnings; \d+ pages checked in Chromium/);

  const origin = `http://localhost:${port}`;
  const home = await fetch(`${origin}/`, { headers: { 'Accept-Language': 'es-MX,es;q=0.9' }, redirect: 'manual' });
  expect([home.status, home.headers.get('location')]).toEqual([302, '/es/mexico/']);
  const spanish = await fetch(`${origin}/es/mexico/`);
  expect(spanish.headers.get('content-language')).toBe('es');
  expect(await spanish.text()).toContain(
    '<a href="/reports/a11y.es.html" hreflang="es" data-ui="reports.accessibility">Informe de accesibilidad</a>',
  );
  const report = await fetch(`${origin}/reports/a11y.es.html`);
  expect(await report.text()).toContain('<h1>Informe de accesibilidad</h1>');
  expect((await fetch(`${origin}/reports/review.html`)).status).toBe(200);
}, 180_000);
