/**
 * Writing several of a project's files (content/, locales/) as one change,
 * for the translators' import and rehash: they all change, or none does,
 * even if the process is killed midway.
 *
 * A journal (`translation-files/interrupted-write.json`) lists the files and
 * the temporary file beside each that holds its new text. It says `staging`
 * while the temporaries are written, and `committed` once all of them are;
 * then each is renamed into place, and the journal removed. A process killed
 * before the commit leaves a change that the next translations command
 * undoes (it removes the temporaries); one killed after it leaves a change
 * that the next command completes (it renames what is left). Until then, the
 * build refuses to run on a half-written project and says what to do.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the journal is, relative to the project (a folder no build touches, git-ignored). */
export const journalPath = 'translation-files/interrupted-write.json';

/** A file to write, by its path relative to the project. */
export interface ProjectWrite {
  readonly path: string;
  readonly value: string;
}

interface JournalEntry {
  readonly path: string;
  readonly temporary: string;
}

interface Journal {
  readonly state: 'staging' | 'committed';
  readonly files: readonly JournalEntry[];
}

/** What finishing an interrupted change did. */
export type Finished = 'nothing' | 'undone' | 'completed';

/** Write every file or none (see above), after finishing any change an earlier command left. */
export async function writeTogether(root: string, writes: readonly ProjectWrite[]): Promise<void> {
  await finishInterruptedWrite(root);
  const id = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const files = writes.map((write) => ({ path: write.path, temporary: `${write.path}.${id}.tmp` }));
  await writeJournal(root, { state: 'staging', files });
  for (const [index, write] of writes.entries()) {
    const temporary = path.join(root, files[index]?.temporary ?? '');
    await mkdir(path.dirname(temporary), { recursive: true });
    await writeFile(temporary, write.value, 'utf8');
  }
  await writeJournal(root, { state: 'committed', files });
  for (const file of files) await rename(path.join(root, file.temporary), path.join(root, file.path));
  await rm(path.join(root, journalPath), { force: true });
}

/** Undo or complete a change a killed command left (see above). */
export async function finishInterruptedWrite(root: string): Promise<Finished> {
  const journal = await readJournal(root);
  if (!journal) return 'nothing';
  for (const file of journal.files) {
    const temporary = path.join(root, file.temporary);
    if (!existsSync(temporary)) continue;
    if (journal.state === 'committed') await rename(temporary, path.join(root, file.path));
    else await rm(temporary, { force: true });
  }
  await rm(path.join(root, journalPath), { force: true });
  return journal.state === 'committed' ? 'completed' : 'undone';
}

/** Whether a killed command left a change unfinished. */
export function hasInterruptedWrite(root: string): boolean {
  return existsSync(path.join(root, journalPath));
}

async function writeJournal(root: string, journal: Journal): Promise<void> {
  const file = path.join(root, journalPath);
  await mkdir(path.dirname(file), { recursive: true });
  const about = 'A change to these files was being written; the next translations command completes or undoes it.';
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ about, ...journal }, null, 2)}\n`, 'utf8');
  await rename(temporary, file);
}

/** The journal, if there is one; its entries only if each is a file of the project with its own temporary beside it. */
async function readJournal(root: string): Promise<Journal | undefined> {
  const text = await readFile(path.join(root, journalPath), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const { state, files } = JSON.parse(text) as Partial<Journal>;
    if ((state === 'staging' || state === 'committed') && Array.isArray(files) && files.every(isEntry))
      return { state, files };
  } catch {
    // Not a journal this package wrote: below.
  }
  throw new Error(
    `${journalPath} is not a journal of an interrupted write: check the files it names, then delete it.`,
  );
}

function isEntry(entry: unknown): entry is JournalEntry {
  const { path: file, temporary } = (entry ?? {}) as Partial<JournalEntry>;
  if (typeof file !== 'string' || typeof temporary !== 'string') return false;
  const inside = (relative: string) =>
    !path.isAbsolute(relative) && !relative.split(/[\\/]/).includes('..') && !relative.includes('\0');
  return inside(file) && inside(temporary) && new RegExp(`^${escape(file)}\\.\\d+-[0-9a-f]{8}\\.tmp$`).test(temporary);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
