/**
 * Where a build's output may go. The build replaces its output folder as a
 * whole, so it cannot be the project, hold it, or be inside its sources; and
 * an existing folder must be an earlier output (it has the manifest), not
 * someone's files, except files other commands left there before any build
 * (`leftover`), which the build keeps.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface OutputFolderRules {
  /** The project's source folders (content, locales). */
  readonly sources: readonly string[];
  /** The file every output has (`manifest.json`). */
  readonly marker: string;
  /** Files other commands wrote into the folder, by relative path (`/` between folders). */
  readonly leftover?: (relativePath: string) => boolean;
}

/** Why the folder must not be the output, if it must not. */
export async function outputFolderProblem(
  outDir: string,
  root: string,
  rules: OutputFolderRules,
): Promise<string | undefined> {
  const target = path.resolve(outDir);
  const project = path.resolve(root);
  const inside = (child: string, parent: string): boolean =>
    child === parent || child.startsWith(`${parent}${path.sep}`);
  if (inside(project, target))
    return `The output folder ${target} is the project folder or holds it: the build replaces its output folder as a whole. Choose another, such as ${path.join(project, 'dist')}.`;
  for (const source of rules.sources) {
    if (inside(target, path.join(project, source)))
      return `The output folder ${target} is inside ${source}/: choose a folder outside the sources, such as ${path.join(project, 'dist')}.`;
  }
  const entries: string[] = await readdir(target).catch(() => []);
  if (entries.length === 0 || entries.includes(rules.marker)) return undefined;
  const foreign = await foreignFiles(target, rules.leftover ?? (() => false));
  if (foreign.length === 0) return undefined;
  const named = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? ', …' : '');
  return `${target} is not empty and has no ${rules.marker}: it does not look like an earlier build output (it holds ${named}). Choose another output folder, or move those files out of it.`;
}

/** Up to four entries that are not leftovers: files, or folders with nothing in them; a walk that stops there. */
async function foreignFiles(target: string, leftover: (relativePath: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(path.join(target, folder), { withFileTypes: true });
    if (entries.length === 0 && folder !== '') found.push(`${folder}/`);
    for (const entry of entries) {
      if (found.length > 3) return;
      const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) await walk(relative);
      else if (!leftover(relative)) found.push(relative);
    }
  };
  await walk('');
  return found;
}
