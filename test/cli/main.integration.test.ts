/**
 * The `embassy-content` command in-process (src/cli/main.ts): init, build
 * and start on a new site's folder, which is the default root, and the
 * messages of a wrong command. The installed bin as a process:
 * test/cli/embassy-content.e2e.test.ts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureIo, runCommand, type CommandIo } from '../../src/cli/io.ts';
import { main, startCommand } from '../../src/cli/main.ts';
import type { Command } from '../../src/cli/io.ts';

let work: string;
let site: string;

/** Run a command with `folder` as both the current folder and the default root, as the bin does. */
async function inFolder(command: Command, argv: readonly string[], folder: string) {
  const io = captureIo(folder);
  const code = await runCommand(command, argv, { ...io, defaultRoot: folder } satisfies CommandIo);
  return { code, stdout: io.out(), stderr: io.err() };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(inject('runFolder'), 'main-'));
  site = path.join(work, 'mission');
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('embassy-content, in-process', () => {
  it('init writes a site whose Spanish is current, and build makes it a site and a package', async () => {
    const init = await inFolder(main, ['init', 'mission'], work);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('Wrote mission/content/site.yaml');
    expect(await readFile(path.join(site, 'content/es/welcome.md'), 'utf8')).toMatch(
      /^source:\n {2}title: [0-9a-f]{16}\n {2}sections:\n {4}intro: [0-9a-f]{16}\n {4}services: [0-9a-f]{16}$/m,
    );
    const build = await inFolder(main, ['build', '--skip-browser-checks'], site);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toContain('(es: welcome translated)');
    const manifest = JSON.parse(await readFile(path.join(site, 'dist/package.json'), 'utf8')) as {
      name: string;
      version: string;
      dependencies: Record<string, string>;
    };
    expect([manifest.name, manifest.version, Object.keys(manifest.dependencies)]).toEqual([
      'mission-content',
      '0.1.0',
      ['i18next', '@types/hast'],
    ]);
  });

  it('start builds, then serves the site until told to stop; with --editor, the translation editor too', async () => {
    let stop = (): void => undefined;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const io = captureIo(site);
    process.env.PORT = '0';
    const started = runCommand(startCommand(until), ['--skip-browser-checks', '--editor'], {
      ...io,
      defaultRoot: site,
    });
    try {
      // The output says where, once the build is done: wait for it.
      let origin: string | undefined;
      for (let attempt = 0; attempt < 400 && !origin; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        origin = /Demo site: (http:\/\/\S+)\//.exec(io.out())?.[1];
      }
      expect(origin, io.err()).toBeDefined();
      const page = await fetch(`${origin}/es/welcome/`);
      expect([page.status, page.headers.get('content-language')]).toEqual([200, 'es']);
      const editor = await fetch(`${origin}/translate/es/welcome`);
      expect(editor.status).toBe(200);
      expect(await editor.text()).toContain('name="embassy-editor-token"');
      expect(io.out()).toContain(`Translation editor: ${origin}/translate/`);
    } finally {
      delete process.env.PORT;
      stop();
    }
    expect(await started).toBe(0);
    expect(io.out()).toMatch(/http:\/\/\S+\/en\/ \(en\), http:\/\/\S+\/es\/ \(es\)/);
  });

  it('names an unknown command, and lists the commands', async () => {
    const unknown = await inFolder(main, ['serve'], work);
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([1, 'Unknown command `serve`.']);
    const help = await inFolder(main, [], work);
    expect(help.stderr).toContain('init [FOLDER]');
    expect(help.stderr).toContain('Every command works on the site in the current folder, or in --root DIR.');
  });
});
