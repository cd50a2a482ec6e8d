/** `npm run render -- FILE.md [--lang xx] [--root DIR]`: one file's fragments, as the build renders them (src/cli/render.ts). */
import { runScript } from '../src/cli/io.ts';
import { render } from '../src/cli/render.ts';

await runScript(render);
