/**
 * `npm start`: build (npm run build runs first), then serve the demo site
 * from dist/ on http://localhost:4173 (PORT and HOST override);
 * `npm start -- --editor` also serves the translation editor at /translate/.
 */
import path from 'node:path';
import { processIo, runScript } from '../src/cli/io.ts';
import { serve } from '../src/cli/serve.ts';

const root = path.resolve(import.meta.dirname, '..');
const editor = process.argv.includes('--editor') ? { editor: { root } } : {};
await runScript(() => serve(path.join(root, 'dist'), processIo(), editor));
