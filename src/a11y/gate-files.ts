/**
 * What the gate's server serves besides the pages: a blank page the tabs
 * start from, and the checkers loaded into it once per tab (axe-core,
 * HTML_CodeSniffer, and this package's probes, probes/, bundled for the
 * browser with the Virtual Screen Reader). Read and bundled once per process.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

export const gatePaths = {
  blank: '/__gate/blank.html',
  axe: '/__gate/axe.min.js',
  htmlcs: '/__gate/HTMLCS.js',
  probes: '/__gate/probes.js',
} as const;

const blankPage =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gate</title></head><body></body></html>';

/** The probes for browsers: one script, run as it loads (probes/index.ts, or its .js in the compiled package). */
async function probesBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, `probes/index${path.extname(import.meta.filename)}`)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

let files: Promise<ReadonlyMap<string, string>> | undefined;

export function gateFiles(): Promise<ReadonlyMap<string, string>> {
  const resolve = createRequire(import.meta.url).resolve;
  files ??= Promise.all([
    readFile(path.join(path.dirname(resolve('axe-core')), 'axe.min.js'), 'utf8'),
    readFile(resolve('@pa11y/html_codesniffer/build/HTMLCS.js'), 'utf8'),
    probesBundle(),
  ]).then(
    ([axe, htmlcs, probes]) =>
      new Map([
        [gatePaths.blank, blankPage],
        [gatePaths.axe, axe],
        [gatePaths.htmlcs, htmlcs],
        [gatePaths.probes, probes],
      ]),
  );
  return files;
}
