#!/usr/bin/env node
/**
 * `embassy-content <command>`: build, serve and translate a site's content
 * (src/cli/main.ts, compiled into lib/). Plain JavaScript, so that it can
 * say what is wrong when lib/ is missing: a copy of the package that was
 * never compiled (a git checkout without `npm run prepare`).
 */
import { existsSync } from 'node:fs';

const main = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'embassy-content: this copy of the package has not been compiled (lib/ is missing).\n' +
      'Install it from a packed tarball or the registry (npm install embassy-content), or run `npm run prepare` in its folder.\n',
  );
  process.exit(1);
}
const { runMain } = await import(main.href);
await runMain(process.argv.slice(2));
