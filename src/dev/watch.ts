/**
 * Compile again when the project's sources change: content/ (pages,
 * site.yaml, the glossary) and locales/, watched recursively, so that new
 * pages and new language folders are seen, and so are editors that save by
 * writing a new file and renaming it over the old one. Saves are gathered
 * for a moment (`quietMs`) before a compile starts; one compile runs at a
 * time, and saves during it start one more when it ends. A compile that
 * fails is tried once more a moment later, for a file that was caught half
 * written.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface WatchOptions {
  readonly root: string;
  /** What to run on a change; its result says whether it succeeded. */
  readonly compile: () => Promise<boolean>;
  /** How long to wait after a save for the next one (default 60 ms). */
  readonly quietMs?: number;
  /** After a failed compile, how long before it is tried once more (default 300 ms). */
  readonly retryMs?: number;
}

export interface Watching {
  close(): void;
}

export function watchSources(options: WatchOptions): Watching {
  const quietMs = options.quietMs ?? 60;
  const retryMs = options.retryMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let retried = false;

  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = options
      .compile()
      .then((ok) => {
        // A failure is tried once more, unless another save comes first.
        if (!ok && !retried) {
          retried = true;
          schedule(retryMs);
        } else if (ok) retried = false;
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const schedule = (delay: number): void => {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  const onChange = (): void => {
    retried = false;
    schedule(quietMs);
  };

  const watchers: FSWatcher[] = [];
  for (const folder of ['content', 'locales']) {
    try {
      watchers.push(watch(path.join(options.root, folder), { recursive: true }, onChange));
    } catch {
      // A project without locales/ yet: its content is still watched.
    }
  }
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
