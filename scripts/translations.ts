/** `npm run translations -- <command>`: the translator's tools (src/cli/translations/). */
import { runScript } from '../src/cli/io.ts';
import { translations } from '../src/cli/translations/index.ts';

await runScript(translations);
