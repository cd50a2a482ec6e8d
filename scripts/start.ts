/**
 * `npm start`: build (npm run build runs first), then serve the demo site
 * from dist/ on http://localhost:4173 (PORT and HOST override).
 */
import path from 'node:path';
import { startDemoServer } from '../src/site/demo-server.ts';

const distDir = path.resolve(import.meta.dirname, '../dist');
const demo = await startDemoServer({
  distDir,
  port: Number(process.env.PORT ?? 4173),
  ...(process.env.HOST ? { host: process.env.HOST } : {}),
});
console.log(`Demo site: ${demo.origin}/ (your browser's language), ${demo.origin}/en/mexico/ and ${demo.origin}/es/mexico/
Reports: ${demo.origin}/reports/a11y.md (accessibility), ${demo.origin}/reports/review.html (translation review)
Press Ctrl+C to stop.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void demo.close().then(() => process.exit(0)));
}
