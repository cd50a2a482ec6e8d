/**
 * `translations check` and `translations review` as a translator runs them:
 * findings with file, line, excerpts and a message; errors exit 1, warnings
 * do not; the review page shows them in the unit's row.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/translation/unit.ts';
import { editFile, projectRoot, scratchFolders } from '../helpers.ts';
import { translationsOutcome as translations } from './run-translations.ts';

const scratch = scratchFolders();

describe('check', () => {
  it('finds nothing in the shipped translation', async () => {
    const { code, stdout } = await translations(projectRoot, 'check');
    expect(stdout.trim()).toBe('0 errors, 0 warnings');
    expect(code).toBe(0);
  });

  it('reports seeded mistakes with check, severity, place and excerpts; exits 1 on an error', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace('12 millones de dólares', '$12 millones').replace('capacitación y equipo', 'capacitacion y equipo'),
    );
    await editFile(root, 'locales/es/ui.json', (text) =>
      text.replace('"Saltar al contenido principal"', '"Saltar al contenido principal "'),
    );
    const { code, stdout } = await translations(root, 'check', '--format', 'json');
    expect(code).toBe(1);
    const { findings, errors, warnings } = JSON.parse(stdout) as {
      findings: Finding[];
      errors: number;
      warnings: number;
    };
    expect(
      findings.map((finding) => `${finding.file}:${finding.line} ${finding.severity} ${finding.check} ${finding.unit}`),
    ).toEqual([
      'content/es/mexico.md:25 warning spelling goals.4',
      'content/es/mexico.md:34 error currency accomplishments.3',
      'locales/es/ui.json:3 error whitespace skipLink',
    ]);
    expect([errors, warnings]).toEqual([2, 1]);
    const currency = findings.find((finding) => finding.check === 'currency');
    expect(currency?.source).toMatch(/^INL-Donated Canines/);
    expect(currency?.target).toMatch(/^Unidades caninas donadas/);
    expect(currency?.message).toContain('“$12 millones” has a bare “$”');
    expect(findings.find((finding) => finding.check === 'whitespace')?.key).toBe('skipLink');

    const text = await translations(root, 'check');
    expect(text.stdout).toMatch(/34:1\s+error\s+currency\s+“\$12 millones” has a bare “\$”/);
    expect(text.stdout).toContain('source: “INL-Donated Canines');
  });

  it('exits 0 when there are warnings only', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace('capacitación y equipo', 'capacitacion y equipo'),
    );
    const { code, stdout } = await translations(root, 'check');
    expect(stdout).toContain('0 errors, 1 warning');
    expect(code).toBe(0);
  });
});

describe('review', () => {
  it('writes the side-by-side page with each finding in its unit’s row', async () => {
    const root = await scratch.project();
    await editFile(root, 'content/es/mexico.md', (text) =>
      text.replace('capacitación y equipo', 'capacitacion y equipo'),
    );
    const { code, stdout } = await translations(root, 'review');
    expect(code).toBe(0);
    expect(stdout).toMatch(/translation-files\/review\.html: 39 units, 0 errors, 1 warning\./);
    const tree = fromHtml(await readFile(path.join(root, 'translation-files/review.html'), 'utf8'));
    const rows = selectAll('tbody tr', tree).filter((row) => toText(select('th', row) ?? row).includes('goals.4'));
    expect(rows).toHaveLength(1);
    const row = rows[0];
    if (!row) return;
    expect(select('td[lang="es"]', row)).toBeDefined();
    expect(toText(row)).toContain('capacitacion');
    expect(toText(row)).toMatch(/spelling/);
  });
});

describe('--help', () => {
  it('prints the usage and exits 0', async () => {
    const outcome = await translations(projectRoot, '--help');
    expect([outcome.code, outcome.stderr]).toEqual([0, '']);
    expect(outcome.stdout).toMatch(/^Usage: npm run translations -- <status\|check\|.*pretranslate\|memory\|glossary>/);
  });
});
