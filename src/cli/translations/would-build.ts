/**
 * What the build would refuse in the files an import is about to write,
 * found by compiling a copy of the project with those files in place: every
 * rule of the build applies (the sanitizer's, the source limits, the page
 * size, the Markdown structure, the translation checks' errors), and none is
 * restated here. Only errors the new text brings count: one the project
 * already had is not the import's. Each is named at the XLIFF unit it comes
 * from, where that can be told, else at the file's start.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { compileTranslations, type CompileResult } from '../../build/build-site.ts';
import { reportError } from '../../content/report.ts';
import { inlineToMarkdown } from '../../pipeline/inline-markdown.ts';
import type { Inline } from '../../pipeline/inline-runs.ts';
import type { Finding, UnitDocument } from '../../translation/unit.ts';
import type { ImportedUnit } from '../../translation/xliff/read-xliff.ts';
import { contentToString } from '../../translation/inline-string.ts';

/** A file an import would write, and the XLIFF file and units it comes from. */
export interface ImportedFile {
  readonly path: string;
  readonly value: string;
  readonly xliff: VFile;
  readonly document: UnitDocument;
  readonly matched: ReadonlyMap<string, { target?: Inline[]; unit: ImportedUnit }>;
}

/** The project's folders a compile reads. */
const projectFolders = ['content', 'locales'];

/**
 * Compile a copy of the project with `files` and `alongside` (files written
 * with them, such as recorded hashes) in place, and report each error the
 * build would give `files` that `before` (the project as it is) did not
 * have, on the XLIFF file it comes from.
 */
export async function reportWhatTheBuildRefuses(
  root: string,
  before: CompileResult,
  files: readonly ImportedFile[],
  alongside: readonly { readonly path: string; readonly value: string }[] = [],
): Promise<void> {
  if (files.length === 0) return;
  const trial = await compileWith(root, [...files, ...alongside]);
  const had = new Set(errorsOf(before).map(errorKey));
  const hadFindings = new Set((before.translations?.findings ?? []).map(findingKey));
  const trialFindings = trial.translations?.findings ?? [];
  // Findings are reported by unit, below; the messages they left on the files are not reported again.
  const findingChecks = new Set(trialFindings.map((finding) => finding.check));
  for (const file of files) {
    const findings = trialFindings.filter(
      (finding) =>
        finding.file === file.path &&
        finding.severity === 'error' &&
        file.matched.get(finding.unit)?.target !== undefined &&
        !hadFindings.has(findingKey(finding)),
    );
    for (const finding of findings) reportFinding(file, finding);
    const trialFile = trial.files.find((candidate) => candidate.path === file.path);
    for (const message of trialFile?.messages ?? []) {
      const known = findingChecks.has(message.ruleId ?? '') || had.has(errorKey([file.path, message]));
      if (message.fatal === true && !known) reportMessage(file, message);
    }
  }
}

async function compileWith(
  root: string,
  files: readonly { readonly path: string; readonly value: string }[],
): Promise<CompileResult> {
  const copy = await mkdtemp(path.join(tmpdir(), 'embassy-content-import-'));
  try {
    for (const folder of projectFolders)
      await cp(path.join(root, folder), path.join(copy, folder), { recursive: true, force: true }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        },
      );
    for (const file of files) {
      await mkdir(path.dirname(path.join(copy, file.path)), { recursive: true });
      await writeFile(path.join(copy, file.path), file.value);
    }
    return await compileTranslations(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

function errorsOf(result: CompileResult): [string, VFileMessage][] {
  return result.files.flatMap((file) =>
    file.messages
      .filter((message) => message.fatal === true)
      .map((message) => [file.path, message] as [string, VFileMessage]),
  );
}

/** An error as the same error on the same file, wherever its line moved. */
function errorKey([filePath, message]: [string, VFileMessage]): string {
  return `${filePath}\u0000${message.ruleId ?? ''}\u0000${message.reason}`;
}

function findingKey(finding: Finding): string {
  return `${finding.file}\u0000${finding.unit}\u0000${finding.check}\u0000${finding.message}`;
}

function reportFinding(file: ImportedFile, finding: Finding): void {
  reportError(
    file.xliff,
    `Unit \`${finding.unit}\`: ${finding.message} The build's \`${finding.check}\` check refuses it in ${file.path}.`,
    file.matched.get(finding.unit)?.unit.position,
    'import',
  );
}

function reportMessage(file: ImportedFile, message: VFileMessage): void {
  const unit = message.line === undefined ? undefined : unitAtLine(file, message.line);
  const where = message.line === undefined ? '' : ` ${message.line}:${message.column ?? 1}`;
  reportError(
    file.xliff,
    `${unit ? `Unit \`${unit}\`: the` : 'The'} build would refuse ${file.path}${where}: ${message.reason}`,
    unit === undefined ? { line: 1, column: 1 } : file.matched.get(unit)?.unit.position,
    'import',
  );
}

/** The imported unit whose text starts on or last before `line` of the written file. */
function unitAtLine(file: ImportedFile, line: number): string | undefined {
  let best: { id: string; line: number } | undefined;
  for (const [id, { target }] of file.matched) {
    if (!target) continue;
    const written = file.document.kind === 'page' ? inlineToMarkdown(target) : JSON.stringify(contentToString(target));
    const offset = file.value.indexOf(written.split('\n')[0] ?? written);
    if (offset < 0) continue;
    const start = file.value.slice(0, offset).split('\n').length;
    if (start <= line && (!best || start > best.line)) best = { id, line: start };
  }
  return best?.id;
}
