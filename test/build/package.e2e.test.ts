/**
 * The package as a consumer gets it: the run-time layer compiled to plain
 * JavaScript (lib/, as `npm run build` emits it) runs in Node without
 * TypeScript, and the package's exports name files that compilation emits.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers.ts';

const run = promisify(execFile);
// The run's installed package (test/setup/installed-package.ts).
const lib = path.join(inject('installedPackage'), 'lib');

describe('the compiled package', () => {
  it('exports files the compilation emits', async () => {
    const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {
      exports: Record<string, string | { types: string; default: string }>;
    };
    for (const [name, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string') continue;
      for (const file of [target.types, target.default]) {
        const emitted = path.join(lib, path.relative('./lib', file));
        await expect(readFile(emitted, 'utf8'), `${name} → ${file}`).resolves.toBeTruthy();
      }
    }
  });

  it('serves a fragment in plain Node from the compiled JavaScript, reading the package dist/ by default', async () => {
    const script = `
      import { loadLocalizer } from ${JSON.stringify(path.join(lib, 'runtime/node.js'))};
      const localizer = await loadLocalizer(); // the dist/ next to lib/
      const lng = localizer.negotiate('es-MX,es;q=0.9');
      const fragment = localizer.fragment('mexico', 'goals', lng);
      console.log(JSON.stringify({ lng: fragment.lng, start: fragment.html.slice(0, fragment.html.indexOf('>') + 1) }));
    `;
    const { stdout } = await run(process.execPath, [
      '--input-type=module',
      '--no-experimental-strip-types',
      '-e',
      script,
    ]);
    expect(JSON.parse(stdout)).toEqual({
      lng: 'es',
      start: '<section data-fragment-id="mexico/goals" lang="es" dir="ltr">',
    });
  });
});
