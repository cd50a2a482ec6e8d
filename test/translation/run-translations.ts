/** `npm run translations -- …` on a project folder, in this process (src/cli/translations). */
import { translations as translationsCommand } from '../../src/cli/translations/index.ts';
import { runInProcess, type CommandOutcome } from '../helpers.ts';

/** Run the command on `root`; whatever its exit code, what it printed. */
export function translationsOutcome(root: string, ...args: string[]): Promise<CommandOutcome> {
  return runInProcess(translationsCommand, [...args, '--root', root]);
}

/** Run the command on `root`; a failure throws with what it said. */
export async function translations(root: string, ...args: string[]): Promise<CommandOutcome> {
  const outcome = await translationsOutcome(root, ...args);
  if (outcome.code !== 0) throw new Error(`translations ${args.join(' ')} exited ${outcome.code}: ${outcome.stderr}`);
  return outcome;
}

/** The outcome of a run expected to fail; undefined when it succeeded. */
export async function failing(root: string, ...args: string[]): Promise<CommandOutcome | undefined> {
  const outcome = await translationsOutcome(root, ...args);
  return outcome.code === 0 ? undefined : outcome;
}
