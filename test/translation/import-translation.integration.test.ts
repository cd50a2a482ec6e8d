/** An import is verified on the shipped page, compiled: a unit that does not read back as translated is refused. */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../src/build/build-site.ts';
import { pageBlocks } from '../../src/translation/check.ts';
import { verifyPageImport } from '../../src/translation/import-translation.ts';
import type { Inline } from '../../src/pipeline/inline-runs.ts';
import { projectRoot } from '../helpers.ts';

describe('verifyPageImport', () => {
  it('refuses a unit that does not read back as what was translated, naming it', async () => {
    const compiled = await compileSite(projectRoot);
    const document = compiled.translations?.documents.get('es')?.find((candidate) => candidate.id === 'mexico');
    const spanish = compiled.files.find((file) => file.path === 'content/es/mexico.md');
    if (!document || !spanish) throw new Error('The shipped page is missing.');
    const meant: Inline[] = ['Objetivos de la INL'];
    const matched = new Map([
      [
        'goals.1',
        {
          target: meant,
          unit: {
            id: 'goals.1',
            source: [],
            state: 'translated' as const,
            position: { start: { line: 9, column: 5 }, end: { line: 9, column: 40 } },
          },
        },
      ],
    ]);
    const read = (file: VFile) => pageBlocks(file, { page: 'mexico', lang: 'es', sourceLanguage: 'en' });
    const xliff = new VFile({ path: 'mexico.xlf' });
    // The text as it is: the heading still says “Objetivos”, not what was meant.
    expect(
      await verifyPageImport(
        document,
        String(spanish.value),
        { writes: [], updated: ['goals.1'], current: [] },
        matched,
        xliff,
        read,
      ),
    ).toBe(false);
    expect(xliff.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
      '9:5 Unit `goals.1` does not read back as translated: “Objetivos de la INL” was written but reads “Objetivos”. Check its codes are in order (an open before its close).',
    ]);
    // Texts alike for longer than an excerpt: each excerpt starts shortly before where they differ.
    const long = 'Los objetivos comunes de México y de los Estados Unidos';
    const differs = new VFile({ path: 'mexico.xlf' });
    await verifyPageImport(
      document,
      String(spanish.value).replace('## Objetivos {#goals}', `## ${long} en la Oficina {#goals}`),
      { writes: [], updated: ['goals.1'], current: [] },
      new Map([['goals.1', { ...matched.get('goals.1')!, target: [`${long} de la INL`] }]]),
      differs,
      read,
    );
    expect(differs.messages.map((message) => message.reason)).toEqual([
      'Unit `goals.1` does not read back as translated: “… los Estados Unidos de la INL” was written but reads “… los Estados Unidos en la Oficina”. Check its codes are in order (an open before its close).',
    ]);
    const written = String(spanish.value).replace('## Objetivos {#goals}', '## Objetivos de la INL {#goals}');
    expect(
      await verifyPageImport(
        document,
        written,
        { writes: [], updated: ['goals.1'], current: [] },
        matched,
        new VFile({ path: 'mexico.xlf' }),
        read,
      ),
    ).toBe(true);
  });
});
