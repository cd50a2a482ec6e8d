/**
 * Run the build's stages in order, as unified-engine runs a file's steps:
 * each takes the context the one before returned. Each stage's time goes into
 * `timings` under its phase. The run stops after a stage that leaves errors,
 * unless that stage lets the next ones go on (reading, rendering and the
 * translation checks do, so that every problem is reported at once), and
 * after a stage that says nothing more can run.
 */
import { hasErrors } from '../../content/report.ts';
import type { BuildContext, Stage } from './context.ts';

export async function runStages(stages: readonly Stage[], start: BuildContext): Promise<BuildContext> {
  let context = start;
  for (const stage of stages) {
    if (stage.applies && !stage.applies(context)) continue;
    const started = performance.now();
    context = await stage.run(context);
    const { phase } = stage;
    if (phase) context.timings[phase] = (context.timings[phase] ?? 0) + (performance.now() - started);
    if (context.stopped || (!stage.continuesOnErrors && hasErrors(context.files))) break;
  }
  return context;
}
