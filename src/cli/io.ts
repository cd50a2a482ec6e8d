/**
 * What a command needs of its surroundings: where it writes, and the folder
 * it was typed in. A script passes the process's own (`processIo`); a test
 * passes one that keeps the text (`captureIo`), and runs the command in its
 * own process: a command never calls `process.exit`, it throws
 * `CommandExit` or returns its exit code.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** This package's folder: its own content is the reference site that the npm scripts build. */
export const packageRoot = path.resolve(import.meta.dirname, '../..');

/** The project folder a command works on: `--root` (relative to where it was typed), else the io's default. */
export function projectFolder(root: string | undefined, io: CommandIo): string {
  return root === undefined ? (io.defaultRoot ?? packageRoot) : path.resolve(io.cwd, root);
}

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The folder paths on the command line are relative to, and shown relative to. */
  readonly cwd: string;
  /** The project folder a command works on without `--root` (default: this package's own). */
  readonly defaultRoot?: string;
}

/** A command: its arguments (without `node` and the script), and its exit code. */
export type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

/** Stops a command with an exit code and, unless empty, a message for stderr. */
export class CommandExit extends Error {
  override readonly name = 'CommandExit';
  readonly code: number;

  constructor(code: number, message = '') {
    super(message);
    this.code = code;
  }
}

/** Stop with exit code 1 and this message. */
export function fail(message: string): never {
  throw new CommandExit(1, message);
}

/** The arguments parsed by node:util's parseArgs; an unknown option or a bad value stops with it and the usage. */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  code = 1,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new CommandExit(code, `${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

/** One line (or several) on stdout or stderr, ending in a newline as console.log does. */
export function println(write: (text: string) => void, text = ''): void {
  write(`${text}\n`);
}

/**
 * The process's own streams and folder. `npm run` moves to the package folder
 * and says in INIT_CWD where the command was typed; a script started
 * otherwise is where it was started.
 */
export function processIo(): CommandIo {
  const typedIn = process.env.npm_lifecycle_event === undefined ? undefined : process.env.INIT_CWD;
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: typedIn ?? process.cwd(),
  };
}

/** Run a command, turning a CommandExit into its message and exit code. */
export async function runCommand(command: Command, argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await command(argv, io);
  } catch (error) {
    if (!(error instanceof CommandExit)) throw error;
    if (error.message) println(io.stderr, error.message);
    return error.code;
  }
}

/** A script's whole body: run the command on the process's arguments and streams, and exit with its code. */
export async function runScript(command: Command): Promise<void> {
  process.exitCode = await runCommand(command, process.argv.slice(2), processIo());
}

/** An io that keeps what is written, for running a command in-process. */
export function captureIo(cwd: string): CommandIo & { readonly out: () => string; readonly err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    cwd,
    out: () => out,
    err: () => err,
  };
}
