/**
 * `npm start`: build (npm run build runs first), then serve the demo site
 * from dist/ on http://localhost:4173 (PORT and HOST override).
 */
import path from 'node:path';
import { processIo, runScript } from '../src/cli/io.ts';
import { serve } from '../src/cli/serve.ts';

await runScript(() => serve(path.resolve(import.meta.dirname, '../dist'), processIo()));
