/**
 * Record the build for the whole-build shortcut (up-to-date.ts), with a
 * cache. Only if no input changed while the build ran: the output is then
 * that of the inputs the key names.
 */
import { recordBuild as record, upToDateKey } from '../up-to-date.ts';
import { checkedPages, need, type BuildContext, type Stage } from './context.ts';

async function recordIfUnchanged(context: BuildContext): Promise<BuildContext> {
  const { options, sharedBrowser, upToDateKey: key } = need(context, 'target');
  if (!options.cache || !key || key !== (await upToDateKey(options, sharedBrowser))) return context;
  const browserChecks = checkedPages(context);
  await record(options.cache, key, options.outDir, {
    files: context.files,
    manifest: need(context, 'manifest'),
    ...(context.types === undefined ? {} : { types: context.types }),
    ...(browserChecks ? { browserChecks } : {}),
  });
  return context;
}

// Bookkeeping for the next build, not a phase of this one: untimed.
export const recordBuild: Stage = { name: 'record build', run: recordIfUnchanged };
