/**
 * `npm run render` as a command (src/cli/render.ts), in-process: exactly the
 * build's fragments on stdout, the messages on stderr, and one clear line
 * when it cannot render.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render as renderCommand } from '../../src/cli/render.ts';
import { projectRoot, runInProcess, type CommandOutcome, scratchFolders, goldenFragments } from '../helpers.ts';

const scratch = scratchFolders();

/** Run `npm run render` as an editor would, from `cwd`. */
function render(args: readonly string[], cwd = projectRoot): Promise<CommandOutcome> {
  return runInProcess(renderCommand, args, cwd);
}

describe('npm run render', () => {
  it('prints exactly the fragments the build writes, for a file in content/ (language from its folder)', async () => {
    const { code, stdout, stderr } = await render(['content/es/mexico.md']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(await goldenFragments('es', ['intro', 'challenges', 'goals', 'accomplishments']));
  });

  it('renders a draft outside content/ with --lang, printing sanitized HTML and the messages on stderr, and exits 0', async () => {
    const root = await scratch.project();
    const draft = path.join(root, 'draft.md');
    await writeFile(
      draft,
      '---\nid: draft\nlang: es\ntitle: Borrador\n---\n\nVea [el informe](javascript:alert(1)) <img src=x onerror=alert(1)>.\n',
    );
    const { code, stdout, stderr } = await render(['draft.md', '--lang', 'es'], root);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '<div data-fragment-id="draft/intro" lang="es" dir="ltr">\n<p>Vea <a>el informe</a> .</p>\n</div>\n',
    );
    expect(stderr).toContain('draft.md');
    expect(stderr).toMatch(/7:5-7:38\s+error\s+A link with a `javascript:` URL/);
    expect(stderr).toMatch(/7:39-7:\d+\s+error\s+Raw HTML is not allowed/);
  });

  it('exits 1 with one clear line for an unknown language, a missing file, or no file', async () => {
    const unknown = await render(['content/es/mexico.md', '--lang', 'fr']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Unknown language `fr`: the site's languages are en, es (content/site.yaml).");
    expect(unknown.stdout).toBe('');
    const missing = await render(['content/es/nowhere.md']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/content\/es\/nowhere\.md\s+error\s+File not found\./);
    const none = await render([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage: npm run render -- FILE.md [--lang xx] [--root DIR]');
  });
});
