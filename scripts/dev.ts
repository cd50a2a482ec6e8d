/** `npm run dev [-- --root DIR]`: the live preview (src/cli/dev.ts). */
import { devCommand } from '../src/cli/dev.ts';
import { runScript } from '../src/cli/io.ts';

await runScript(devCommand());
