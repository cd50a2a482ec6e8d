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
import { ContentCache, cacheFolderOf } from '../cache/content-cache.ts';
import { editorRoutes, type EditorRoutes } from '../dev/editor/editor-routes.ts';
import { createPreviewSite } from '../dev/preview-site.ts';
import { watchSources } from '../dev/watch.ts';
import { fail, println, type CommandIo } from './io.ts';

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
  /** Also serve the translation editor at /translate/, on this project (`start --editor`). */
  readonly editor?: { readonly root: string };
}

/**
 * The translation editor beside the built site: the project compiled in
 * memory for its units, again on each change of content/ or locales/ (a
 * save among them), as the live preview does.
 */
async function startEditor(root: string): Promise<{ routes: EditorRoutes; close: () => void }> {
  const site = createPreviewSite({ root, cache: new ContentCache(cacheFolderOf(root), { remember: true }) });
  await site.compile();
  const watching = watchSources({ root, compile: async () => (await site.compile()).state.ok });
  return { routes: editorRoutes({ root, state: site.current }), close: () => watching.close() };
}

export async function serve(distDir: string, io: CommandIo, options: ServeOptions = {}): Promise<number> {
  const { env = process.env, until = interrupted() } = options;
  // The editor writes files: it answers this machine only.
  if (options.editor && env.HOST && !['localhost', '127.0.0.1', '::1'].includes(env.HOST))
    fail(`--editor answers this machine only: leave HOST unset, or set it to 127.0.0.1 (not ${env.HOST}).`);
  const editor = options.editor ? await startEditor(options.editor.root) : undefined;
  const demo = await startDemoServer({
    distDir,
    port: Number(env.PORT ?? 4173),
    ...(env.HOST ? { host: env.HOST } : {}),
    ...(editor ? { first: editor.routes } : {}),
  });
  const manifest = JSON.parse(await readFile(path.join(distDir, 'manifest.json'), 'utf8')) as Manifest;
  const languages = Object.entries(manifest.site?.index ?? {}).map(([lang, href]) => `${demo.origin}${href} (${lang})`);
  println(
    io.stdout,
    `Demo site: ${demo.origin}/ (your browser's language), ${languages.join(', ')}
Reports: ${demo.origin}/${siteReports.accessibility} (accessibility), ${demo.origin}/${siteReports.translationReview} (translation review)${editor ? `\nTranslation editor: ${demo.origin}/translate/` : ''}
Press Ctrl+C to stop.`,
  );
  await until;
  editor?.close();
  await demo.close();
  return 0;
}
