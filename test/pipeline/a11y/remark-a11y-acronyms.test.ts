import { describe, expect, it } from 'vitest';
import { lint, places } from './lint.ts';

const inl = {
  abbr: 'INL',
  expansions: ['Bureau of International Narcotics and Law Enforcement Affairs'],
};
const inlEs = {
  abbr: 'INL',
  expansions: [
    'Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley',
    'Bureau of International Narcotics and Law Enforcement Affairs',
  ],
};

describe('remark-a11y-acronyms', () => {
  it('reports the first use of an acronym without its full name, at the acronym', async () => {
    const { messages } = await lint(
      'en',
      '\nThe United States supports Mexico.\nINL works with police. INL trains judges.\n',
      'acronym-expansion',
      { acronyms: [inl] },
    );
    expect(places(messages)).toEqual(['8:1']);
    expect(messages[0]?.reason).toContain('Bureau of International Narcotics and Law Enforcement Affairs (INL)');
  });

  it('reports it in Spanish, where the full name is the Spanish one', async () => {
    const { messages } = await lint(
      'es',
      '\nEstados Unidos apoya a México.\n\n## Objetivos {#goals}\n\nLa INL capacita a jueces.\n',
      'acronym-expansion',
      { acronyms: [inlEs] },
    );
    expect(places(messages)).toEqual(['11:4']);
    expect(messages[0]?.reason).toContain(
      'Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley (INL)',
    );
  });

  it('accepts the full name in the same block or earlier on the page, and does not count a word that contains the letters', async () => {
    const en = await lint(
      'en',
      '\nThe Bureau of International Narcotics and Law Enforcement Affairs (INL) helps.\n\n## Goals {#goals}\n\nINL trains judges.\n',
      'acronym-expansion',
      { acronyms: [inl] },
    );
    const es = await lint(
      'es',
      '\nLa Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley (INL, por sus siglas en inglés) apoya.\nLa INL capacita.\n',
      'acronym-expansion',
      { acronyms: [inlEs] },
    );
    const word = await lint('en', '\nAn INLAND port.\n', 'acronym-expansion', { acronyms: [inl] });
    expect([...en.messages, ...es.messages, ...word.messages]).toEqual([]);
  });
});
