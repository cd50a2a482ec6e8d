/**
 * `npm run dev` and `embassy-content dev`: the live preview. It compiles the
 * site, serves it from memory on http://127.0.0.1:4173 (PORT and HOST change
 * it), and compiles again on every save in content/ or locales/; the open
 * pages reload when what they show changed, and show their problems. The
 * same messages go to the terminal.
 *
 *   npm run dev [-- --root DIR]
 */
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { cacheFolderOf, ContentCache } from '../cache/content-cache.ts';
import { errorsAndWarnings } from '../content/report.ts';
import { startPreviewServer } from '../dev/preview-server.ts';
import { createPreviewSite, type PreviewUpdate } from '../dev/preview-site.ts';
import { watchSources } from '../dev/watch.ts';
import { parseCommandLine, println, projectFolder, type Command, type CommandIo } from './io.ts';
import { interrupted } from './serve.ts';

const usage = 'Usage: npm run dev -- [--root DIR]';

function report(update: PreviewUpdate, io: CommandIo): void {
  const messages = reporter(errorsAndWarnings([...update.state.files]), { quiet: true });
  if (messages) println(io.stderr, messages);
  const time = `${Math.round(update.milliseconds)} ms`;
  println(
    io.stdout,
    update.state.ok
      ? `Compiled in ${time}: ${update.changed.length === 1 ? '1 file' : `${update.changed.length} files`} changed.`
      : `Compile failed in ${time}: the pages keep their last good version until the errors above are fixed.`,
  );
}

/** The preview until Ctrl+C (or `until`). */
export const devCommand =
  (until?: Promise<void>): Command =>
  async (argv, io) => {
    const { values } = parseCommandLine({ args: [...argv], options: { root: { type: 'string' } } }, usage);
    const root = projectFolder(values.root, io);
    const cache = new ContentCache(process.env.EMBASSY_CONTENT_CACHE ?? cacheFolderOf(root));
    const site = createPreviewSite({ root, cache });
    report(await site.compile(), io);
    const server = await startPreviewServer({
      state: site.current,
      port: Number(process.env.PORT ?? 4173),
      ...(process.env.HOST ? { host: process.env.HOST } : {}),
    });
    const watching = watchSources({
      root,
      compile: async () => {
        const update = await site.compile();
        report(update, io);
        server.announce(update.changed);
        return update.state.ok;
      },
    });
    const languages = Object.entries(site.current().manifest?.site?.index ?? {});
    println(
      io.stdout,
      `Preview: ${server.origin}/ (your browser's language), ${languages.map(([lang, href]) => `${server.origin}${href} (${lang})`).join(', ')}
Watching ${path.relative(io.cwd, path.join(root, 'content')) || 'content'}/ and locales/: save a file to see it. Press Ctrl+C to stop.`,
    );
    await (until ?? interrupted());
    watching.close();
    await server.close();
    return 0;
  };
