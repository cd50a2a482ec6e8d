/**
 * `npm run a11y:firefox`: the second engine. The built site (dist/, from
 * `npm run build`) is served and each site page is checked in Firefox
 * (Debian's firefox-esr, or FIREFOX_PATH), driven by puppeteer over
 * WebDriver BiDi: axe with the gate's rules, and the accessibility tree
 * Firefox builds, asked through BiDi's accessibility locator for each
 * heading, landmark and link Chromium exposed (dist/reports/a11y.json).
 * Prints where the engines differ and writes dist/reports/engines.json;
 * exits 1 when they differ. Chromium's own accessibility snapshot needs the
 * DevTools protocol, which Firefox does not speak: the comparison asks
 * Firefox by role and name instead.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import puppeteer from 'puppeteer';
import type { PageCheck } from '../src/a11y/browser-checks.ts';
import { axeTags } from '../src/a11y/in-page-checks.ts';
import type { AccessibilityReport } from '../src/build/accessibility-report.ts';
import { startDemoServer } from '../src/site/demo-server.ts';

const distDir = path.resolve(process.argv[2] ?? 'dist');
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(`No Firefox at ${firefox}: apt-get install firefox-esr, or set FIREFOX_PATH.`);
  process.exit(2);
}
const report = JSON.parse(await readFile(path.join(distDir, 'reports/a11y.json'), 'utf8')) as AccessibilityReport;
const axeSource = await readFile(
  path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'),
  'utf8',
);
const server = await startDemoServer({ distDir, port: 0 });
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true });
console.log(
  `Firefox ${await browser.version()} against Chromium's results in ${path.relative('.', distDir)}/reports/a11y.json`,
);

interface EngineDifference {
  readonly page: string;
  readonly kind: 'axe' | 'accessibility-tree';
  readonly difference: string;
}
const differences: EngineDifference[] = [];
const sitePages = report.pages.filter(
  (page): page is Omit<PageCheck, 'milliseconds'> => page.screenReader !== undefined,
);
try {
  const page = await browser.newPage();
  for (const checked of sitePages) {
    const url = `${server.origin}/${checked.path.replace(/index\.html$/, '')}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    const found = await page.evaluate(
      async (tags: string[]) => {
        const { axe } = window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: { id: string }[]; incomplete: { id: string }[] }>;
          };
        };
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations', 'incomplete'],
        });
        return [...result.violations, ...result.incomplete].map((rule) => rule.id);
      },
      [...axeTags],
    );
    const firefoxRules = new Set(found);
    const chromiumRules = new Set(checked.issues.filter((issue) => issue.runner === 'axe').map((issue) => issue.code));
    for (const rule of firefoxRules)
      if (!chromiumRules.has(rule))
        differences.push({ page: checked.path, kind: 'axe', difference: `axe ${rule}: found in Firefox only` });
    for (const rule of chromiumRules)
      if (!firefoxRules.has(rule))
        differences.push({ page: checked.path, kind: 'axe', difference: `axe ${rule}: found in Chromium only` });
    const view = checked.screenReader;
    if (!view) continue;
    const wanted = [
      ...view.headings.map((heading) => ['heading', heading.name] as const),
      ...view.landmarks.map((landmark) => [landmark.role, landmark.name] as const),
      ...view.links.map((name) => ['link', name] as const),
    ];
    for (const [role, name] of wanted) {
      const quoted = JSON.stringify(name);
      const matches = await page.$$(`::-p-aria([role="${role}"]${name ? `[name=${quoted}]` : ''})`);
      if (matches.length === 0)
        differences.push({
          page: checked.path,
          kind: 'accessibility-tree',
          difference: `${role}${name ? ` "${name}"` : ''}: Chromium exposes it, Firefox has no ${role} of that name`,
        });
      await Promise.all(matches.map((handle) => handle.dispose()));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(
  path.join(distDir, 'reports/engines.json'),
  `${JSON.stringify({ firefox: true, differences }, null, 2)}\n`,
);
console.log(`${sitePages.length} pages checked in Firefox; ${differences.length} differences from Chromium.`);
for (const difference of differences) console.log(`- ${difference.page}: ${difference.difference}`);
process.exit(differences.length > 0 ? 1 : 0);
