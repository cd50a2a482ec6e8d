/**
 * Every HTML document the build writes (the site pages, the harness pages,
 * the review page) is valid HTML by the Nu HTML Checker (vnu, the W3C
 * validator), run locally with Java.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);
/** The run's build of the project, read only. */
const out = inject('projectBuild');
/** Where the seeded document goes. */
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'embassy-vnu-'));
});

afterAll(async () => rm(scratch, { recursive: true, force: true }));

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url: string;
  readonly lastLine?: number;
  readonly message: string;
}

/** vnu's messages on some files: errors and warnings, as `file:line: type message` (file relative to `base`). */
async function validate(files: readonly string[], base: string): Promise<string[]> {
  // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
  const result = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', ...files], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }));
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  return messages.map(
    (message) =>
      `${path.relative(base, new URL(message.url).pathname)}:${message.lastLine ?? 0}: ${message.subType ?? message.type} ${message.message}`,
  );
}

it('finds no error and no warning in any document the build writes', async () => {
  // Fragments are parts of a page: they are validated inside the harness pages.
  const files = (await readdir(out, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith('fragments/'))
    .map((file) => path.join(out, file));
  // Site pages (2), harness pages (10), the review page.
  expect(files).toHaveLength(13);
  expect(await validate(files, out)).toEqual([]);
}, 60_000);

it('reports a seeded mistake', async () => {
  const file = path.join(scratch, 'seeded.html');
  await writeFile(
    file,
    '<!doctype html><html lang="en"><head><title>Seeded</title></head><body><nav><a href="/" aria-current="yes">Home</a></nav></body></html>\n',
    'utf8',
  );
  expect(await validate([file], scratch)).toEqual([
    expect.stringMatching(/^seeded\.html:1: error Bad value “yes” for attribute “aria-current”/),
  ]);
}, 60_000);
