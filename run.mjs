#!/usr/bin/env node
/**
 * `node run.mjs <script> [-- args]`: runs `npm run <script>` (`start`, `test`,
 * `build`, …) on a fresh clone, whatever Node.js (18 or later) is on PATH and
 * whether or not a browser is installed. It first installs what is missing,
 * saying so in one line each:
 *
 * 1. Node.js 24 from the npm registry, into a cache folder (the `node` on
 *    PATH is left alone), when that `node` cannot run the project's tools
 *    (`supportedNode`);
 * 2. for the scripts that run Chromium (start, test, build, bench): CHROME_PATH,
 *    else a system Chromium or Chrome, else Debian's or Ubuntu's package (as
 *    root, with apt), else puppeteer's managed browser (once the dependencies
 *    are in), else one line naming each fix;
 * 3. the npm dependencies (`npm ci`), when node_modules is missing or older
 *    than package-lock.json;
 * 4. for `test`, the tools of the end-to-end tests: xmllint, Translate
 *    Toolkit and Java (Debian's packages, as root, with apt).
 *
 * Plain JavaScript for Node.js 18, with no dependency: it runs before any is
 * installed. With a supported Node.js on PATH, `npm start` and `npm test` do the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const windows = process.platform === 'win32';

/** The Node.js versions every tool of the project runs on (their `engines`): 22.18+, 24.11+, 26+. */
export const supportedNodeRange = '^22.18.0 || ^24.11.0 || >=26.0.0';
/** What is installed when the Node.js on PATH is not supported: the current LTS line. */
export const installedNode = '^24.11';

export function supportedNode(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return (major === 22 && minor >= 18) || (major === 24 && minor >= 11) || major >= 26;
}

/** The registry package that holds Node.js for a platform, as the `node` package names them. */
export function nodePackage(platform = process.platform, arch = process.arch) {
  const system = platform === 'win32' ? 'win' : platform;
  const cpu = system === 'win' && arch === 'ia32' ? 'x86' : arch;
  const prefix = platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node';
  return `${prefix}-${system}-${cpu}`;
}

/** The folder kept between runs for what is installed here (`EMBASSY_CONTENT_TOOLS` moves it). */
export function cacheFolder(env = process.env, platform = process.platform) {
  if (env.EMBASSY_CONTENT_TOOLS) return env.EMBASSY_CONTENT_TOOLS;
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(homedir(), 'AppData', 'Local'), 'embassy-content');
  if (platform === 'darwin') return path.join(homedir(), 'Library', 'Caches', 'embassy-content');
  return path.join(env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'embassy-content');
}

/** One line on stderr, so that a command's own output stays clean. */
function say(line) {
  process.stderr.write(`run.mjs: ${line}\n`);
}

function fail(line) {
  say(line);
  process.exit(1);
}

/** Run a program to its end, without a shell; its output is shown unless `quiet`, and kept. */
function execute(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? projectRoot,
    env: options.env ?? process.env,
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}`;
  return {
    ok: result.status === 0 && !result.error,
    status: result.status ?? 1,
    output,
    missing: result.error?.code === 'ENOENT',
  };
}

/** Run a program quietly; when it fails, show what it said. */
function quietly(command, args, options = {}) {
  const result = execute(command, args, { ...options, quiet: true });
  if (!result.ok) process.stderr.write(result.output);
  return result;
}

/** npm's own script, run by the Node.js of our choice (npm.cmd on Windows would run the Node.js beside it). */
function npmCli() {
  const beside = (bin) => [
    path.join(bin, 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    path.join(bin, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  // The npm on PATH: a link to npm-cli.js, or a script beside it, or npm.cmd beside node_modules.
  const onPath = (process.env.PATH ?? process.env.Path ?? '').split(path.delimiter).flatMap((folder) => {
    const npm = path.join(folder, windows ? 'npm.cmd' : 'npm');
    if (!existsSync(npm)) return [];
    const real = realpathSync(npm);
    return [real, path.join(path.dirname(real), 'npm-cli.js'), ...beside(folder)];
  });
  const candidates = [...beside(path.dirname(process.execPath)), ...onPath, '/usr/share/nodejs/npm/bin/npm-cli.js'];
  const found = candidates.find((candidate) => candidate.endsWith('npm-cli.js') && existsSync(candidate));
  if (!found) fail('npm was not found: install it (apt-get install npm, or Node.js from nodejs.org).');
  return found;
}

function npm(node, args, options = {}) {
  return (options.quiet ? quietly : execute)(node, [npmCli(), ...args], options);
}

function nodeVersion(binary) {
  const result = execute(binary, ['--version'], { quiet: true });
  return result.ok ? result.output.trim() : '';
}

/** A supported Node.js: the one running, or Node.js 24 from the cache folder (installed once). */
function ensureNode() {
  if (supportedNode(process.versions.node)) return process.execPath;
  const folder = path.join(cacheFolder(), 'node-24');
  const binary = path.join(folder, 'node_modules', nodePackage(), 'bin', windows ? 'node.exe' : 'node');
  if (existsSync(binary) && supportedNode(nodeVersion(binary))) return binary;
  say(
    `Node.js ${process.versions.node} cannot run the project's tools (they need ${supportedNodeRange}): installing Node.js 24 from the npm registry into ${folder} (your own Node.js is left as it is).`,
  );
  mkdirSync(folder, { recursive: true });
  const installed = npm(
    process.execPath,
    [
      'install',
      '--prefix',
      folder,
      '--no-save',
      '--no-package-lock',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      `${nodePackage()}@${installedNode}`,
    ],
    { cwd: folder, quiet: true },
  );
  if (!installed.ok || !supportedNode(nodeVersion(binary))) {
    fail(
      `Could not install Node.js 24 for ${process.platform}-${process.arch}; install Node.js 24 yourself (nvm install 24: .nvmrc names it) and run this again.`,
    );
  }
  return binary;
}

function withPath(env, folder) {
  const key = Object.keys(env).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH';
  return { ...env, [key]: `${folder}${path.delimiter}${env[key] ?? ''}` };
}

/** Chromium or Chrome where systems install them. */
export function systemBrowsers(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.map((root) => path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

const canApt = () => !windows && process.getuid?.() === 0 && execute('apt-get', ['--version'], { quiet: true }).ok;

let aptUpdated = false;
function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) aptUpdated = quietly('apt-get', ['update', '-qq'], { env }).ok;
  return quietly('apt-get', ['install', '-y', '-qq', ...packages], { env }).ok;
}

/** A browser already here, or Debian's/Ubuntu's Chromium installed with apt; undefined when neither. */
function systemBrowser() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    fail(`CHROME_PATH is ${process.env.CHROME_PATH}, but there is no browser there: fix CHROME_PATH or unset it.`);
  }
  const found = systemBrowsers().find((candidate) => existsSync(candidate));
  if (found || !canApt()) return found;
  say('No Chrome or Chromium found: installing Debian’s chromium package (apt-get install chromium).');
  aptInstall(['chromium']);
  return systemBrowsers().find((candidate) => existsSync(candidate));
}

/** Puppeteer's own browser: the one it already downloaded, or a download now. */
function managedBrowser(node, env) {
  const where = () => {
    const script = "import('puppeteer').then(async (p) => console.log(await p.default.executablePath()))";
    const asked = execute(node, ['-e', script], { env, quiet: true });
    const file = asked.output.trim().split('\n').pop() ?? '';
    return asked.ok && existsSync(file) ? file : undefined;
  };
  const downloaded = where();
  if (downloaded) return downloaded;
  say('No Chrome or Chromium found: downloading puppeteer’s browser (npx puppeteer browsers install chrome).');
  const cli = path.join(projectRoot, 'node_modules', 'puppeteer', 'lib', 'cjs', 'puppeteer', 'node', 'cli.js');
  quietly(node, [cli, 'browsers', 'install', 'chrome'], { env });
  return where();
}

/** npm ci when node_modules is missing or older than the lockfile. */
function ensureDependencies(node, env) {
  const installed = path.join(projectRoot, 'node_modules', '.package-lock.json');
  const lockfile = path.join(projectRoot, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) return;
  say(
    existsSync(installed)
      ? 'package-lock.json changed: installing the npm dependencies (npm ci).'
      : 'Installing the npm dependencies (npm ci).',
  );
  // The browser is found or fetched here, not by puppeteer's install step (it cannot download on every machine).
  const done = npm(node, ['ci', '--no-audit', '--no-fund'], {
    env: { ...env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
    quiet: true,
  });
  if (!done.ok) fail('npm ci failed (its output is above).');
}

/** The tools the end-to-end tests run: each command, how to ask it if it works, and its Debian package. */
const testTools = [
  ['xmllint', ['--version'], 'libxml2-utils'],
  ['xliff2po', ['--version'], 'translate-toolkit'],
  ['pofilter', ['--version'], 'translate-toolkit'],
  // macOS has a `java` that only says to install Java: ask it for its version.
  ['java', ['-version'], 'default-jre-headless'],
];

function ensureTestTools() {
  const missing = () => testTools.filter(([command, args]) => !execute(command, args, { quiet: true }).ok);
  if (missing().length === 0) return;
  if (canApt()) {
    const packages = [...new Set(missing().map(([, , name]) => name))];
    say(`Installing the end-to-end tests' tools from Debian's packages (apt-get install ${packages.join(' ')}).`);
    aptInstall(packages);
  }
  const still = missing();
  if (still.length > 0) {
    fail(
      `The end-to-end tests need ${still.map(([command]) => command).join(', ')}: install ${[...new Set(still.map(([, , name]) => name))].join(' ')} (apt-get), or libxml2, translate-toolkit and openjdk (Homebrew); the other tests run without them: node run.mjs test:unit, node run.mjs test:integration.`,
    );
  }
}

/**
 * Firefox, the second engine (`npm run a11y:firefox` and its test): Debian's
 * firefox-esr, installed with apt where it can be; elsewhere its test says
 * it was skipped, and why.
 */
function ensureSecondEngine() {
  if (execute('firefox-esr', ['--version'], { quiet: true }).ok || !canApt()) return;
  say('Installing Firefox, the second engine of the accessibility checks (apt-get install firefox-esr).');
  aptInstall(['firefox-esr']);
}

/** The scripts that run Chromium (the build's accessibility checks, the browser tests). */
function needsBrowser(script, args) {
  if (script === 'build' && args.includes('--skip-browser-checks')) return false;
  return ['start', 'test', 'build', 'bench', 'bench:browser-checks'].includes(script);
}

function main([script, ...rest]) {
  if (!script || script === '--help' || script === '-h') {
    process.stdout.write(
      'Usage: node run.mjs <npm script> [-- args]\n  node run.mjs start   build, then serve the demo site (PORT changes the port)\n  node run.mjs test    the whole test suite\n',
    );
    process.exit(script ? 0 : 2);
  }
  const node = ensureNode();
  let env = withPath(process.env, path.dirname(node));
  const browser = needsBrowser(script, rest) ? systemBrowser() : undefined;
  ensureDependencies(node, env);
  if (needsBrowser(script, rest)) {
    const chrome = browser ?? managedBrowser(node, env);
    if (!chrome) {
      fail(
        'No browser for the accessibility checks: set CHROME_PATH to a Chrome or Chromium, install one (apt-get install chromium, brew install --cask chromium), run as root on Debian or Ubuntu to have it installed, or allow downloads for `npx puppeteer browsers install chrome`.',
      );
    }
    env = { ...env, CHROME_PATH: chrome };
  }
  if (script === 'test') ensureTestTools();
  if (script === 'test' || script === 'a11y:firefox') ensureSecondEngine();
  const args = script === 'test' || script === 'start' ? [script, ...rest] : ['run', script, ...rest];
  process.exit(npm(node, args, { env }).status);
}

// Run when started, not when imported (the tests import the functions above).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main(process.argv.slice(2));
