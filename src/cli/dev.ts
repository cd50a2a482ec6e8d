/**
 * `npm run dev` and `embassy-content dev`: the live preview. It compiles the
 * site, serves it from memory on http://127.0.0.1:4173 (PORT and HOST change
 * it), and compiles again on every save in content/ or locales/; the open
 * pages reload when what they show changed, and show their problems. The
 * same messages go to the terminal.
 *
 *   npm run dev [-- --root DIR] [--skip-browser-checks]
 *
 * The browser gate runs in the background on the pages each save changed,
 * and its findings join the page's problems when they come
 * (dev/background-gate.ts); --skip-browser-checks leaves it out.
 */
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { cacheFolderOf, ContentCache } from '../cache/content-cache.ts';
import { errorsAndWarnings } from '../content/report.ts';
import type { PageCheck } from '../a11y/browser-checks.ts';
import { createBackgroundGate } from '../dev/background-gate.ts';
import { editorRoutes } from '../dev/editor/editor-routes.ts';
import { startPreviewServer } from '../dev/preview-server.ts';
import { createPreviewSite, type PreviewUpdate } from '../dev/preview-site.ts';
import { watchSources } from '../dev/watch.ts';
import { parseCommandLine, println, projectFolder, type Command, type CommandIo } from './io.ts';
import { interrupted } from './serve.ts';

const usage = 'Usage: npm run dev -- [--root DIR] [--skip-browser-checks]';

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

function checkedLine(checks: readonly PageCheck[]): string {
  const issues = checks.flatMap((check) => check.issues);
  const errors = issues.filter((issue) => issue.type === 'error').length;
  const pages = checks.length === 1 ? '1 changed page' : `${checks.length} changed pages`;
  return `Checked ${pages} in Chromium: ${errors} errors, ${issues.length - errors} warnings.`;
}

/** The preview until Ctrl+C (or `until`). */
export const devCommand =
  (until?: Promise<void>): Command =>
  async (argv, io) => {
    const { values } = parseCommandLine(
      {
        args: [...argv],
        options: { root: { type: 'string' }, 'skip-browser-checks': { type: 'boolean', default: false } },
      },
      usage,
    );
    const root = projectFolder(values.root, io);
    // Remembered in memory too: every save reads the same entries again.
    const cache = new ContentCache(process.env.EMBASSY_CONTENT_CACHE ?? cacheFolderOf(root), { remember: true });
    const site = createPreviewSite({ root, cache });
    const first = await site.compile();
    report(first, io);
    const server = await startPreviewServer({
      state: site.current,
      editor: editorRoutes({ root, state: site.current }),
      port: Number(process.env.PORT ?? 4173),
      ...(process.env.HOST ? { host: process.env.HOST } : {}),
    });
    const gate = createBackgroundGate({
      root,
      cache,
      current: site.current,
      onChecked: (checks) => {
        server.announce([]);
        if (checks.length > 0) println(io.stdout, checkedLine(checks));
      },
      onFailure: (reason) => println(io.stderr, `The preview's browser checks failed: ${reason}`),
    });
    // The pages each save changes; the whole site is the build's to check.
    const checking = !values['skip-browser-checks'];
    // The review pages of a compile come once its pages are shown: they are for translators, and take time.
    const reviewPages = async (update: PreviewUpdate, check: boolean): Promise<void> => {
      const changed = (await update.review?.()) ?? [];
      if (changed.length === 0) return;
      server.announce(changed);
      if (check) gate.check(site.current(), changed);
    };
    await reviewPages(first, false);
    const watching = watchSources({
      root,
      compile: async () => {
        const update = await site.compile();
        report(update, io);
        server.announce(update.changed);
        // The open pages reload first: the checks and review pages would only slow them down.
        await server.settled();
        if (checking) gate.check(update.state, update.changed);
        await reviewPages(update, checking);
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
    await gate.close();
    await server.close();
    return 0;
  };
