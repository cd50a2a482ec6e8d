/**
 * Serve a build output folder (site/demo-server.ts) until Ctrl+C: what
 * `npm start` and `embassy-content start` do once the build is done. PORT and
 * HOST choose where (default http://localhost:4173).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../runtime/manifest.ts';
import { startDemoServer } from '../site/demo-server.ts';
import { siteReports } from '../site/site-output.ts';
import { println, type CommandIo } from './io.ts';

/** Until Ctrl+C (SIGINT) or SIGTERM. */
export function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
}

export interface ServeOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** When to stop (default: Ctrl+C or SIGTERM). */
  readonly until?: Promise<void>;
}

export async function serve(distDir: string, io: CommandIo, options: ServeOptions = {}): Promise<number> {
  const { env = process.env, until = interrupted() } = options;
  const demo = await startDemoServer({
    distDir,
    port: Number(env.PORT ?? 4173),
    ...(env.HOST ? { host: env.HOST } : {}),
  });
  const manifest = JSON.parse(await readFile(path.join(distDir, 'manifest.json'), 'utf8')) as Manifest;
  const languages = Object.entries(manifest.site?.index ?? {}).map(([lang, href]) => `${demo.origin}${href} (${lang})`);
  println(
    io.stdout,
    `Demo site: ${demo.origin}/ (your browser's language), ${languages.join(', ')}
Reports: ${demo.origin}/${siteReports.accessibility} (accessibility), ${demo.origin}/${siteReports.translationReview} (translation review)
Press Ctrl+C to stop.`,
  );
  await until;
  await demo.close();
  return 0;
}
