/**
 * The demo server while builds replace `dist/` again and again, under load
 * (loopback only, bounded): every response is well formed, declares the
 * length it sends, and comes whole from one build; once a build is in
 * place, pages show its text, without a restart.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { writeOutput } from '../../src/build/write-output.ts';
import { recordName } from '../../src/build/output-record.ts';
import { startDemoServer, type DemoServer } from '../../src/site/demo-server.ts';
import { editFile, folderSnapshot, scratchFolders, smallFixtureRoot } from '../helpers.ts';

const scratch = scratchFolders();
const builds: Map<string, string>[] = [];
let dist: string;
let demo: DemoServer;

/** The files of a build of the small project, its Spanish intro saying `word` (or as it is). */
async function buildSaying(word?: string): Promise<Map<string, string>> {
  const root = await scratch.project(smallFixtureRoot);
  if (word) await editFile(root, 'content/es/mexico.md', (text) => text.replace('reducen', word));
  const out = path.join(root, 'dist');
  expect((await buildSite({ root, outDir: out, browserChecks: false })).ok).toBe(true);
  const files = await folderSnapshot(out);
  files.delete(recordName);
  return files;
}

beforeAll(async () => {
  builds.push(await buildSaying(), await buildSaying('disminuyen considerablemente'));
  dist = path.join(await scratch.folder('serve'), 'dist');
  await writeOutput(dist, builds[0] ?? new Map());
  demo = await startDemoServer({ distDir: dist, port: 0, host: '127.0.0.1' });
}, 60_000);

afterAll(async () => demo?.close());

const urls = [
  '/es/mexico/',
  '/fragment/mexico/intro?lang=es',
  '/fragments/es/mexico/intro.html',
  '/locales/es/mexico.json',
  '/assets/site.css',
  '/reports/review/pages/mexico.html',
  '/manifest.json',
];

/** What a file may hold: its text in one build or the other. */
function fromOneBuild(pathname: string, body: string): boolean {
  const file = pathname.replace(/^\//, '');
  return builds.some((files) => files.get(file) === body);
}

it('serves every response whole from one build while builds replace the folder, and the new text once one is in place', async () => {
  let rebuilding = true;
  const problems: string[] = [];
  let responses = 0;
  const client = async (): Promise<void> => {
    for (let index = 0; rebuilding; index += 1) {
      const pathname = urls[index % urls.length] ?? '/';
      try {
        const response = await fetch(`${demo.origin}${pathname}`);
        const body = Buffer.from(await response.arrayBuffer());
        responses += 1;
        const declared = Number(response.headers.get('content-length') ?? body.byteLength);
        if (response.status !== 200) problems.push(`${pathname}: ${response.status}`);
        else if (declared !== body.byteLength)
          problems.push(`${pathname}: declared ${declared}, sent ${body.byteLength}`);
        else if (pathname.startsWith('/es/') || pathname.startsWith('/fragment/')) {
          const text = body.toString('utf8');
          if (text.includes('reducen') === text.includes('disminuyen considerablemente'))
            problems.push(`${pathname}: not the text of one build`);
        } else if (!fromOneBuild(pathname, body.toString('utf8')))
          problems.push(`${pathname}: not a file of either build`);
      } catch (error) {
        problems.push(`${pathname}: ${String(error)}`);
      }
    }
  };
  const clients = Array.from({ length: 8 }, client);
  for (let rebuild = 1; rebuild <= 12; rebuild += 1) {
    await writeOutput(dist, builds[rebuild % 2] ?? new Map());
    const page = await (await fetch(`${demo.origin}/es/mexico/`)).text();
    // Once a build is in place, the next request shows its text.
    expect(page.includes('disminuyen considerablemente'), `after rebuild ${rebuild}`).toBe(rebuild % 2 === 1);
  }
  rebuilding = false;
  await Promise.all(clients);
  expect(problems).toEqual([]);
  expect(responses).toBeGreaterThan(100);
}, 60_000);
