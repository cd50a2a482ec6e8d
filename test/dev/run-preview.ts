/** The live preview (`dev`, src/cli/dev.ts) run in this process on a project, as the preview's tests drive it. */
import { devCommand } from '../../src/cli/dev.ts';
import { captureIo, runCommand } from '../../src/cli/io.ts';

export interface RunningPreview {
  readonly origin: string;
  /** What it printed, as the terminal shows it. */
  readonly io: ReturnType<typeof captureIo>;
  /** Stop it, and wait until it has stopped. */
  readonly stop: () => Promise<number>;
}

/** Wait until `check` holds, polling; fail with `what`, and what the preview printed, after 20 s. */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  io?: ReturnType<typeof captureIo>,
): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}.${io ? `\nTerminal:\n${io.out()}\n${io.err()}` : ''}`);
}

/** Start the preview on `root` on a free port, with these arguments, and wait for its address. */
export async function startPreview(root: string, args: readonly string[] = []): Promise<RunningPreview> {
  const io = captureIo(process.cwd());
  process.env.PORT = '0';
  let stop = (): void => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const running = runCommand(devCommand(stopped), ['--root', root, ...args], { ...io, defaultRoot: root });
  try {
    await until(() => /Preview: (http:\/\/\S+)\//.test(io.out()), 'the preview to start', io);
  } finally {
    delete process.env.PORT;
  }
  const origin = /Preview: (http:\/\/\S+)\//.exec(io.out())?.[1] ?? '';
  return {
    origin,
    io,
    stop: () => {
      stop();
      return running;
    },
  };
}
