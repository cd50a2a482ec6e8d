/**
 * The stage runner: stages run in order, each on what the one before
 * returned, each timed in its phase; a stage that leaves errors ends the run
 * unless it lets the next ones go on; a stage can end it outright, or have no
 * work in a build.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../../src/content/report.ts';
import { need, type BuildContext, type Stage } from '../../../src/build/stages/context.ts';
import { runStages } from '../../../src/build/stages/run-stages.ts';

const start = (): BuildContext => ({ root: '/project', options: {}, files: [], timings: {} });

/** A stage that appends its name to `types`, so that the order is seen; `error` leaves an error. */
function stage(name: string, settings: Partial<Stage> & { error?: boolean } = {}): Stage {
  return {
    name,
    phase: name,
    ...settings,
    run: (context) => {
      if (settings.error) {
        const file = new VFile({ path: `${name}.md` });
        reportError(file, `${name} failed`, undefined, 'test');
        context.files.push(file);
      }
      return { ...context, types: `${context.types ?? ''}${name} ` };
    },
  };
}

describe('runStages', () => {
  it('runs every stage in order, each on the context the one before returned, and times each in its phase', async () => {
    const context = await runStages([stage('read'), stage('render'), { ...stage('write'), phase: 'output' }], start());
    expect(context.types).toBe('read render write ');
    expect(Object.keys(context.timings)).toEqual(['read', 'render', 'output']);
  });

  it('adds stages of one phase together, and leaves a stage without a phase untimed', async () => {
    const context = await runStages(
      [stage('report', { phase: 'write' }), stage('write'), stage('record', { phase: undefined })],
      start(),
    );
    expect(context.types).toBe('report write record ');
    expect(Object.keys(context.timings)).toEqual(['write']);
  });

  it('stops after a stage that leaves errors', async () => {
    const context = await runStages([stage('assemble', { error: true }), stage('site pages')], start());
    expect(context.types).toBe('assemble ');
    expect(context.files.map((file) => file.path)).toEqual(['assemble.md']);
  });

  it('goes on after a stage that leaves errors when it says so, to report every problem at once', async () => {
    const context = await runStages(
      [stage('read', { error: true, continuesOnErrors: true }), stage('render', { error: true }), stage('assemble')],
      start(),
    );
    expect(context.types).toBe('read render ');
    expect(context.files.map((file) => file.path)).toEqual(['read.md', 'render.md']);
  });

  it('stops after a stage that says nothing more can run, errors or not', async () => {
    const stopping: Stage = {
      name: 'read',
      continuesOnErrors: true,
      run: (context) => ({ ...context, stopped: true }),
    };
    const context = await runStages([stopping, stage('render')], start());
    expect(context.types).toBeUndefined();
  });

  it('skips a stage that has no work in this build, and does not time it', async () => {
    const context = await runStages([stage('gate', { applies: () => false }), stage('write')], start());
    expect(context.types).toBe('write ');
    expect(Object.keys(context.timings)).toEqual(['write']);
  });
});

describe('need', () => {
  it('returns what an earlier stage made', () => {
    expect(need({ ...start(), types: 'x' }, 'types')).toBe('x');
  });

  it('names what is missing when the stages are out of order', () => {
    expect(() => need(start(), 'manifest')).toThrow(/needs `manifest`, which no stage before it made/);
  });
});
