#!/usr/bin/env node
/**
 * `node run.mjs <script> [-- args]`: runs `npm run <script>` (`start`, `test`,
 * `build`, …) on a fresh clone, whatever Node.js (18 or later) is on PATH and
 * whether or not a browser is installed. It first installs what is missing,
 * saying so in one line each:
 *
 * 1. Node.js 24 from the npm registry, into a cache folder (the `node` on
 *    PATH is left alone), when that `node` is older than 22.13;
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
 * installed. With Node.js 24 on PATH, `npm start` and `npm test` do the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const minimumNode = [22, 13];
const installedNodeMajor = 24;
const windows = process.platform === 'win32';

/** One line on stderr, so that a command's own output stays clean. */
function say(line) {
  process.stderr.write(`run.mjs: ${line}\n`);
}

function fail(line) {
  say(line);
  process.exit(1);
}

/** Run a command to its end; its output is shown unless `quiet`. */
function execute(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? projectRoot,
    env: options.env ?? process.env,
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    // npm is npm.cmd on Windows, which only a shell runs.
    shell: windows,
  });
  return {
    ok: result.status === 0 && !result.error,
    status: result.status ?? 1,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
  };
}

function onPath(command) {
  return execute(windows ? 'where' : 'which', [command], { quiet: true }).ok;
}

function cacheFolder() {
  if (process.env.EMBASSY_CONTENT_TOOLS) return process.env.EMBASSY_CONTENT_TOOLS;
  if (windows)
    return path.join(process.env.LOCALAPPDATA ?? path.join(homedir(), 'AppData', 'Local'), 'embassy-content');
  if (process.platform === 'darwin') return path.join(homedir(), 'Library', 'Caches', 'embassy-content');
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'embassy-content');
}

function versionAtLeast(version, [major, minor]) {
  const [actualMajor = 0, actualMinor = 0] = version.split('.').map(Number);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}

/** The registry package that holds Node.js for this platform (as the `node` package names them). */
function nodePackage() {
  const platform = windows ? 'win' : process.platform;
  const prefix = process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node';
  return `${prefix}-${platform}-${process.arch}`;
}

/** The folder of a Node.js 22.13+ binary: the one running, or Node.js 24 from the cache (installed once). */
function ensureNode() {
  if (versionAtLeast(process.versions.node, minimumNode)) return path.dirname(process.execPath);
  const folder = path.join(cacheFolder(), `node-${installedNodeMajor}`);
  const binary = path.join(folder, 'node_modules', nodePackage(), 'bin', windows ? 'node.exe' : 'node');
  if (!existsSync(binary)) {
    say(
      `Node.js ${process.versions.node} is older than ${minimumNode.join('.')}: installing Node.js ${installedNodeMajor} from the npm registry into ${folder} (your own Node.js is left as it is).`,
    );
    mkdirSync(folder, { recursive: true });
    const installed = execute(
      'npm',
      [
        'install',
        '--prefix',
        folder,
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `${nodePackage()}@${installedNodeMajor}`,
      ],
      { cwd: folder, quiet: true },
    );
    if (!installed.ok || !existsSync(binary)) {
      process.stderr.write(installed.output);
      fail(
        `Could not install Node.js ${installedNodeMajor}; install Node.js ${minimumNode.join('.')} or later yourself (nvm install, see .nvmrc) and run this again.`,
      );
    }
  }
  return path.dirname(binary);
}

function withPath(env, folder) {
  const key = Object.keys(env).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH';
  return { ...env, [key]: `${folder}${path.delimiter}${env[key] ?? ''}` };
}

/** Chromium or Chrome where systems install them. */
function systemBrowsers() {
  if (process.platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (windows) {
    const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(
      Boolean,
    );
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

const canApt = () => !windows && process.getuid?.() === 0 && onPath('apt-get');

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (
    execute('apt-get', ['update', '-qq'], { env, quiet: true }).ok &&
    execute('apt-get', ['install', '-y', '-qq', ...packages], { env, quiet: true }).ok
  );
}

/** A browser already here, or Debian's/Ubuntu's Chromium installed with apt; undefined when neither. */
function systemBrowser() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    fail(`CHROME_PATH is ${process.env.CHROME_PATH}, but there is no browser there: fix CHROME_PATH or unset it.`);
  }
  const found = systemBrowsers().find((candidate) => existsSync(candidate));
  if (found) return found;
  if (!canApt()) return undefined;
  say('No Chrome or Chromium found: installing Debian’s chromium package (apt-get install chromium).');
  aptInstall(['chromium']);
  return systemBrowsers().find((candidate) => existsSync(candidate));
}

/** Puppeteer's own browser: the one it already downloaded, or a download now. */
function managedBrowser(env) {
  const where = () => {
    const asked = execute(
      process.execPath,
      ['-e', "import('puppeteer').then((p) => console.log(p.default.executablePath()))"],
      { env, quiet: true },
    );
    const file = asked.output.trim().split('\n').pop() ?? '';
    return asked.ok && existsSync(file) ? file : undefined;
  };
  const downloaded = where();
  if (downloaded) return downloaded;
  say('No Chrome or Chromium found: downloading puppeteer’s browser (npx puppeteer browsers install chrome).');
  execute('npx', ['--no-install', 'puppeteer', 'browsers', 'install', 'chrome'], { env, quiet: true });
  return where();
}

/** npm ci when node_modules is missing or older than the lockfile. */
function ensureDependencies(env) {
  const installed = path.join(projectRoot, 'node_modules', '.package-lock.json');
  const lockfile = path.join(projectRoot, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) return;
  say(
    existsSync(installed)
      ? 'package-lock.json changed: installing the npm dependencies (npm ci).'
      : 'Installing the npm dependencies (npm ci).',
  );
  // The browser is found or fetched here, not by puppeteer's install step (it cannot download on every machine).
  const done = execute('npm', ['ci', '--no-audit', '--no-fund'], {
    env: { ...env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
    quiet: true,
  });
  if (!done.ok) {
    process.stderr.write(done.output);
    fail('npm ci failed (its output is above).');
  }
}

/** The tools the end-to-end tests run: each command, and the Debian package that has it. */
const testTools = [
  ['xmllint', 'libxml2-utils'],
  ['xliff2po', 'translate-toolkit'],
  ['pofilter', 'translate-toolkit'],
  ['java', 'default-jre-headless'],
];

function ensureTestTools() {
  const missing = () => testTools.filter(([command]) => !onPath(command));
  if (missing().length === 0) return;
  if (canApt()) {
    const packages = [...new Set(missing().map(([, name]) => name))];
    say(`Installing the end-to-end tests' tools from Debian's packages (apt-get install ${packages.join(' ')}).`);
    aptInstall(packages);
  }
  const still = missing();
  if (still.length > 0) {
    fail(
      `The end-to-end tests need ${still.map(([command]) => command).join(', ')}: install ${[...new Set(still.map(([, name]) => name))].join(' ')} (apt-get), or libxml2, translate-toolkit and openjdk (Homebrew); or run the other tiers: npx vitest run --project unit --project integration.`,
    );
  }
}

const [script, ...rest] = process.argv.slice(2);
if (!script || script === '--help' || script === '-h') {
  process.stdout.write(
    'Usage: node run.mjs <npm script> [-- args]\n  node run.mjs start   build, then serve the demo site (PORT changes the port)\n  node run.mjs test    the whole test suite\n',
  );
  process.exit(script ? 0 : 2);
}

/** The scripts that run Chromium (the build's accessibility checks, the browser tests). */
const browserScripts = new Set(['start', 'test', 'build', 'bench', 'bench:browser-checks']);

const nodeFolder = ensureNode();
let env = withPath(process.env, nodeFolder);
const browser = browserScripts.has(script) ? systemBrowser() : undefined;
ensureDependencies(env);
if (browserScripts.has(script)) {
  const chrome = browser ?? managedBrowser(env);
  if (!chrome) {
    fail(
      'No browser for the accessibility checks: set CHROME_PATH to a Chrome or Chromium, install one (apt-get install chromium, brew install --cask chromium), run as root on Debian or Ubuntu to have it installed, or allow downloads for `npx puppeteer browsers install chrome`.',
    );
  }
  env = { ...env, CHROME_PATH: chrome };
}
if (script === 'test') ensureTestTools();

const npmArgs = script === 'test' || script === 'start' ? [script, ...rest] : ['run', script, ...rest];
const child = execute('npm', npmArgs, { env });
process.exit(child.status);
