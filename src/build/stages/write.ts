/**
 * Write the output folder; only a build without errors gets here. The build
 * replaces only the files it wrote before and keeps every other one
 * (write-output.ts); a kept file in the way of one it writes is an error,
 * and then nothing is written.
 */
import { isEarlierExport } from '../../translation/translation-files.ts';
import { OutputConflictError } from '../kept-files.ts';
import { conflictMessages, keptMessages } from '../output-messages.ts';
import { writeOutput, type Output, type WriteOptions } from '../write-output.ts';
import type { BuildOptions } from '../build-types.ts';
import { need, type BuildContext, type Stage } from './context.ts';

/** The file every output folder has, which tells an earlier output from someone's folder. */
export const outputMarker = 'manifest.json';

async function writeAll(context: BuildContext): Promise<BuildContext> {
  const { options } = need(context, 'target');
  const kept = await writeKeeping(options, need(context, 'output'), context.inputKeys);
  if (kept instanceof OutputConflictError) {
    context.files.push(...conflictMessages(options, kept.conflicts));
    return context;
  }
  context.files.push(...keptMessages(options, kept));
  return { ...context, kept };
}

/** Write the output; the files it kept, or the kept files in its way (then nothing was written). */
async function writeKeeping(
  options: BuildOptions,
  output: Output,
  inputs: ReadonlyMap<string, string> = new Map(),
): Promise<readonly string[] | OutputConflictError> {
  const writeOptions: WriteOptions = {
    inputs,
    ...(options.lock ? { lock: options.lock } : {}),
    legacy: { marker: outputMarker, writtenByOthers: isEarlierExport },
  };
  try {
    return (await writeOutput(options.outDir, output, writeOptions)).kept;
  } catch (error) {
    if (error instanceof OutputConflictError) return error;
    throw error;
  }
}

export const write: Stage = { name: 'write', phase: 'write', run: writeAll };
