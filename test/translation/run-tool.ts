/** Run a translator's tool (xmllint, Translate Toolkit) as a process; a missing tool fails with the Debian package to install. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execute = promisify(execFile);

export async function run(
  command: string,
  args: readonly string[],
  debianPackage: string,
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await execute(command, args, { encoding: 'utf8' });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string; code?: number | string };
    if (failure.code === 'ENOENT')
      throw new Error(`\`${command}\` is not installed: apt-get install -y ${debianPackage}`);
    return {
      stdout: failure.stdout ?? '',
      stderr: failure.stderr ?? '',
      code: typeof failure.code === 'number' ? failure.code : 1,
    };
  }
}
