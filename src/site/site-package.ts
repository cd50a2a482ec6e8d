/**
 * The site package: the output folder is also an npm package of the site's
 * content, which a site installs (`npm pack` it, or publish it) without any
 * of the build's tools.
 *
 *   package.json           named from site.yaml (`package: {name, version}`)
 *   runtime/index.js       the run-time layer for any JavaScript (one file;
 *                          i18next is its one dependency)
 *   runtime/node.js        the same with the Node helpers (loadSite, …),
 *                          whose default build is this package's own folder
 *   runtime/*.d.ts         the run-time layer's types, with this site's pages,
 *                          sections and UI strings (resources.generated.d.ts)
 *   runtime/i18next.js     the opt-in typed keys for i18next (`<name>/i18next`)
 *   assets/, locales/, fragments/, manifest.json   as the build wrote them
 *
 * The pages and reports stay out of `files`: they are the static site,
 * served from the output folder itself. The search index (pagefind/) is
 * in, for a server that serves the search page (`site.search()`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Manifest } from '../runtime/manifest.ts';

/** The package's name and version, as site.yaml gives them or as made from the project folder's name. */
export interface SitePackageOptions {
  readonly name: string;
  readonly version: string;
  readonly manifest: Manifest;
  /** The site's key types (resources.generated.ts of its content). */
  readonly types: string;
}

/** This package's folder: src/site or lib/site is two levels down. */
const packageRoot = path.resolve(import.meta.dirname, '../..');
const codeExtension = path.extname(import.meta.filename);
/** What the declarations import: i18next's types, and hast's (the page trees of the Node helpers). */
const hastTypesRange = '^3.0.4';

/** A package name from a folder's name: lower case, accents dropped, anything else npm refuses replaced by `-`. */
export function packageNameOf(folder: string): string {
  const base = path
    .basename(folder)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '');
  return `${base || 'site'}-content`;
}

export async function sitePackageFiles(options: SitePackageOptions): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('package.json', `${JSON.stringify(packageJson(options), null, 2)}\n`);
  files.set('README.md', readme(options));
  files.set('runtime/index.js', await runtimeBundle('index', 'neutral'));
  files.set('runtime/node.js', await runtimeBundle('node', 'node'));
  files.set('runtime/i18next.js', 'export {};\n');
  for (const [name, text] of await declarations()) files.set(`runtime/${name}`, text);
  // The site's own pages, sections and UI strings, in place of this package's.
  files.set('runtime/resources.generated.d.ts', options.types);
  return files;
}

function packageJson({ name, version, manifest }: SitePackageOptions): object {
  const languages = manifest.languages.map((language) => language.code).join(', ');
  return {
    name,
    version,
    description: `The site's content in ${languages}: sanitized HTML fragments, i18next bundles, the manifest and the run-time layer.`,
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './runtime/index.d.ts', default: './runtime/index.js' },
      './node': { types: './runtime/node.d.ts', default: './runtime/node.js' },
      './browser': { types: './runtime/browser.d.ts', default: './assets/embassy-content.js' },
      './i18next': { types: './runtime/i18next-types.d.ts', default: './runtime/i18next.js' },
      './manifest.json': './manifest.json',
      './locales/*': './locales/*',
      './fragments/*': './fragments/*',
      './assets/*': './assets/*',
      './pagefind/*': './pagefind/*',
      './package.json': './package.json',
    },
    // The search index too, when the site has search: the search page's script loads it from /pagefind/.
    files: [
      'runtime',
      'assets',
      'locales',
      'fragments',
      ...(manifest.site?.search ? ['pagefind'] : []),
      'manifest.json',
      'README.md',
    ],
    dependencies: { i18next: `^${i18nextVersion()}`, '@types/hast': hastTypesRange },
    engines: { node: '>=20.11' },
  };
}

function i18nextVersion(): string {
  const manifest = createRequire(import.meta.url)('i18next/package.json') as { version: string };
  return manifest.version;
}

function readme({ name, manifest }: SitePackageOptions): string {
  const page = manifest.pages[0]?.id ?? 'PAGE';
  // A translation's language, for the example: the view of a translated page.
  const lang =
    manifest.languages.find((language) => language.code !== manifest.sourceLanguage)?.code ?? manifest.sourceLanguage;
  return `# ${name}

This site's content, built by embassy-content: the pages' sections as
sanitized HTML fragments in each language (${manifest.languages.map((language) => language.code).join(', ')}), the i18next bundles,
the manifest, and the run-time layer that picks the visitor's language.

\`\`\`js
import { loadSite } from '${name}/node';

const site = await loadSite(); // this package's own build
const found = site.respond(request) ?? site.notFound(request); // { status, headers, body }
const view = site.view('${page}', '${lang}'); // for a template
\`\`\`

- \`${name}\`: the run-time layer for any JavaScript (\`createLocalizer\`).
- \`${name}/browser\`: the browser runtime (\`mount()\`); serve \`assets/\` and \`locales/\` as static files.
- \`${name}/i18next\`: \`import '${name}/i18next'\` types i18next's keys with the site's UI strings.
- \`${name}/manifest.json\`, \`/locales/*\`, \`/fragments/*\`, \`/assets/*\`: the files themselves.
`;
}

/** The module that says where the build is: in the site package, the package's own folder (runtime/..). */
const ownFolder: Plugin = {
  name: 'site-package-folder',
  setup(builder) {
    builder.onResolve({ filter: /\/package-dist(\.[jt]s)?$/ }, () => ({ path: 'package-dist', namespace: 'site' }));
    builder.onLoad({ filter: /.*/, namespace: 'site' }, () => ({
      contents: `import { fileURLToPath } from 'node:url';
export const packageDist = fileURLToPath(new URL('..', import.meta.url));`,
      loader: 'js',
    }));
  },
};

const bundles = new Map<string, Promise<string>>();

/** One entry of the run-time layer as one ES module (the same for every site: built once per process). */
function runtimeBundle(entry: 'index' | 'node', platform: 'neutral' | 'node'): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build({
      entryPoints: [path.join(import.meta.dirname, `../runtime/${entry}${codeExtension}`)],
      bundle: true,
      format: 'esm',
      platform,
      target: 'node20',
      external: ['i18next', 'node:*'],
      mainFields: ['module', 'main'],
      plugins: [ownFolder],
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entry, bundle);
  }
  return bundle;
}

/** The run-time layer's declarations, as TypeScript emits them into lib/runtime. */
async function declarations(): Promise<Map<string, string>> {
  const folder = path.join(packageRoot, 'lib/runtime');
  const names = await readdir(folder).catch(() => {
    throw new Error(
      `The site package needs the run-time layer's type declarations in ${folder}, which is missing: run \`npm run prepare\` in ${packageRoot}.`,
    );
  });
  const files = new Map<string, string>();
  for (const name of names.filter((file) => file.endsWith('.d.ts')).sort()) {
    files.set(name, await readFile(path.join(folder, name), 'utf8'));
  }
  return files;
}
