/** `npm run build`: content/ and locales/ into dist/ (src/cli/build.ts has the options). */
import { buildCommand } from '../src/cli/build.ts';
import { runScript } from '../src/cli/io.ts';

await runScript(buildCommand());
