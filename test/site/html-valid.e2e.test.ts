/**
 * Every HTML document the build writes (the site pages,
 * the review page) is valid HTML by the Nu HTML Checker (vnu, the W3C
 * validator), run locally with Java.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
/** The documents the build wrote, as vnu saw them. */
let built: { files: string[]; messages: string[] };
/** A document seeded with a mistake, checked in the same run of vnu. */
let seeded: string[];

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url: string;
  readonly lastLine?: number;
  readonly message: string;
}

/** vnu's messages on some files, by file: errors and warnings, as `line: type message`. */
async function validate(files: readonly string[]): Promise<Map<string, string[]>> {
  // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
  const result = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', ...files], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }));
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  const byFile = new Map<string, string[]>(files.map((file) => [file, []]));
  for (const message of messages) {
    // A message about no file given (vnu's own trouble) is kept under its URL, and fails the check of the build.
    const file = message.url.startsWith('file:') ? fileURLToPath(message.url) : message.url;
    byFile.set(file, [
      ...(byFile.get(file) ?? []),
      `${message.lastLine ?? 0}: ${message.subType ?? message.type} ${message.message}`,
    ]);
  }
  return byFile;
}

// One Java start for every document: the build's and the seeded one.
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'embassy-vnu-'));
  const seededFile = path.join(scratch, 'seeded.html');
  await writeFile(
    seededFile,
    '<!doctype html><html lang="en"><head><title>Seeded</title></head><body><nav><a href="/" aria-current="yes">Home</a></nav></body></html>\n',
    'utf8',
  );
  // Fragments are parts of a page: they are validated inside the site pages, which hold every one of them.
  const files = (await readdir(out, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith('fragments/'))
    .map((file) => path.join(out, file));
  const messages = await validate([...files, seededFile]);
  built = {
    files,
    messages: [...messages]
      .filter(([file]) => file !== seededFile)
      .flatMap(([file, lines]) => lines.map((line) => `${path.relative(out, file)}:${line}`)),
  };
  seeded = messages.get(seededFile) ?? [];
}, 60_000);

afterAll(async () => rm(scratch, { recursive: true, force: true }));

it('finds no error and no warning in any document the build writes', () => {
  // Site pages (the page, the index of pages, "not found" and search, in 2 languages), the review pages (the index, the page's and the UI strings') and the accessibility report in 2 languages.
  expect(built.files).toHaveLength(13);
  expect(built.messages).toEqual([]);
});

it('reports a seeded mistake', () => {
  expect(seeded).toEqual([expect.stringMatching(/^1: error Bad value “yes” for attribute “aria-current”/)]);
});
