/**
 * The site package as a site installs it (test/setup/site-package.ts: the
 * project's build, packed, installed with npm in a new project): what it
 * brings, that it runs in plain Node from its own folder, and that its types
 * are the site's, with typed i18next keys only when asked for.
 */
import { execFile } from 'node:child_process';
import { lstat, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers.ts';

const run = promisify(execFile);
const consumer = inject('siteConsumer');
const modules = path.join(consumer.folder, 'node_modules');
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(inject('runFolder'), 'site-package-'));
  await symlink(modules, path.join(work, 'node_modules'));
  await writeFile(path.join(work, 'package.json'), JSON.stringify({ private: true, type: 'module' }), 'utf8');
});
afterAll(async () => rm(work, { recursive: true, force: true }));

/** Every package folder in node_modules (scoped ones included), and the bytes of every file in them. */
async function installed(folder: string): Promise<{ packages: string[]; bytes: number }> {
  const packages: string[] = [];
  let bytes = 0;
  for (const name of await readdir(folder)) {
    if (name.startsWith('.')) continue;
    const scoped = name.startsWith('@')
      ? (await readdir(path.join(folder, name))).map((inner) => `${name}/${inner}`)
      : [name];
    packages.push(...scoped);
  }
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await lstat(path.join(entry.parentPath, entry.name))).size;
  }
  return { packages: packages.sort(), bytes };
}

describe('the installed site package', () => {
  it('brings at most 5 packages and 2 MB, none of the build tools', async () => {
    const { packages, bytes } = await installed(modules);
    console.info(
      `The site package installs ${packages.length} packages, ${(bytes / 1e6).toFixed(2)} MB: ${packages.join(', ')}`,
    );
    expect(packages).toEqual([consumer.packageName, '@types/hast', '@types/unist', 'i18next'].sort());
    expect(packages.length).toBeLessThanOrEqual(5);
    expect(bytes).toBeLessThanOrEqual(2_000_000);
  });

  it('serves its own build in plain Node, without TypeScript', async () => {
    const script = `
      import { loadSite } from '${consumer.packageName}/node';
      import manifest from '${consumer.packageName}/manifest.json' with { type: 'json' };
      const site = await loadSite(); // the package's own folder
      const found = site.respond({ url: '/mexico/', headers: { 'accept-language': 'es-MX' } });
      console.log(JSON.stringify({ status: found.status, lang: found.headers['Content-Language'], pages: manifest.pages.length }));
    `;
    await writeFile(path.join(work, 'serve.js'), script, 'utf8');
    const { stdout } = await run(process.execPath, ['--no-experimental-strip-types', 'serve.js'], { cwd: work });
    expect(JSON.parse(stdout)).toEqual({ status: 200, lang: 'es', pages: 1 });
  });
});

describe("the site package's types", () => {
  const tsc = path.join(projectRoot, 'node_modules/typescript7/bin/tsc');
  const typeCheck = async (name: string, code: string): Promise<string> => {
    await writeFile(path.join(work, `${name}.ts`), code, 'utf8');
    const config = {
      compilerOptions: { strict: true, module: 'NodeNext', target: 'ES2022', noEmit: true, types: [] },
      files: [`${name}.ts`],
    };
    await writeFile(path.join(work, `${name}.tsconfig.json`), JSON.stringify(config), 'utf8');
    return run(process.execPath, [tsc, '-p', `${name}.tsconfig.json`], { cwd: work }).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
  };

  it("are the site's pages and sections, and leave the site's own typed i18next keys alone", async () => {
    const errors = await typeCheck(
      'pages',
      `import i18next from 'i18next';
import type { Localizer } from '${consumer.packageName}';
import { loadSite } from '${consumer.packageName}/node';

// The site's own typed keys, for its own i18next instance.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'shop';
    resources: { shop: { checkout: { button: string } } };
  }
}

export async function main(localizer: Localizer): Promise<string> {
  const site = await loadSite();
  // @ts-expect-error: the site has no page \`mejico\`.
  localizer.fragment('mejico', 'goals', 'es');
  // @ts-expect-error: the page has no section \`goal\`.
  localizer.fragment('mexico', 'goal', 'es');
  // @ts-expect-error: the site's own keys are checked, by its own types.
  i18next.t('checkout.buton');
  return i18next.t('checkout.button') + site.view('mexico', 'es').title + localizer.fragment('mexico', 'goals', 'es').html;
}
`,
    );
    expect(errors).toBe('');
  });

  it('type the UI keys once the site imports /i18next', async () => {
    const errors = await typeCheck(
      'keys',
      `import '${consumer.packageName}/i18next';
import type { Localizer } from '${consumer.packageName}';

export function keys(localizer: Localizer): string {
  return localizer.i18n.t('ui:skipLink') + localizer.i18n.t('ui:skiplink');
}
`,
    );
    // One error: the misspelt key, not the right one.
    expect(errors.match(/^\S+\(\d+,\d+\): error TS\d+/gm)).toEqual([
      expect.stringMatching(/^keys\.ts\(5,\d+\): error/),
    ]);
    expect(errors).toContain('ui:skiplink');
  });
});
