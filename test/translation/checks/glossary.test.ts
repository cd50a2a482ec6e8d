import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../../src/content/glossary.ts';
import { glossaryCheck } from '../../../src/translation/checks/glossary.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

const impunity =
  'INL strengthens Mexico’s rule of law by helping institutions build strong legal cases against organized crime, corruption, money laundering, and trafficking.';
const impunityEs =
  'La INL fortalece el Estado de derecho en México al ayudar a las instituciones a integrar casos sólidos contra la delincuencia organizada, la corrupción, el lavado de dinero y el tráfico ilícito.';

function check(en: string, es: string) {
  return glossaryCheck.check(pageUnit(en, es), context());
}

/** A glossary entry with a term in some languages only. */
function entry(terms: Record<string, string>): GlossaryTerm {
  return { terms, doNotTranslate: false, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
}

describe('glossary', () => {
  it('reports Spain’s “blanqueo de capitales” for money laundering, with the glossary’s note, as a warning at the block', () => {
    const document = pageDocument(
      `## Goals {#goals}\n\n${impunity}\n`,
      `## Objetivos {#goals}\n\n${impunityEs.replace('el lavado de dinero', 'el blanqueo de capitales')}\n`,
    );
    expect(runChecks([document], [glossaryCheck], context())).toEqual([
      expect.objectContaining({
        check: 'glossary',
        severity: 'warning',
        unit: 'goals.2',
        file: 'content/es/mexico.md',
        line: 3,
        message:
          'The source uses “money laundering”; the glossary\'s term is “lavado de dinero”, and the translation does not have it (Mexican usage; not "blanqueo", which is Spain\'s).',
      }),
    ]);
  });

  it('reports a do-not-translate acronym translated', () => {
    expect(check(impunity, impunityEs.replace('La INL', 'La OAINAL'))).toEqual([
      {
        message:
          'The source uses “INL”; it is not translated, and the translation does not have it (Acronym of the English name; it is not translated).',
      },
    ]);
  });

  it('reports a term without a note, and each term apart', () => {
    expect(
      check(
        'Transnational criminal organizations traffic fentanyl and heroin.',
        'Las organizaciones delictivas transnacionales trafican fentanil y heroína.',
      ),
    ).toEqual([
      {
        message:
          "The source uses “transnational criminal organization”; the glossary's term is “organizaciones criminales transnacionales”, and the translation does not have it.",
      },
      {
        message:
          "The source uses “fentanyl”; the glossary's term is “fentanilo”, and the translation does not have it.",
      },
    ]);
  });

  it('quotes a note with periods of its own whole, without its final period', () => {
    expect(
      check(
        'Mexico and the United States share a border of more than 3,000 kilometers.',
        'México y Estados Unidos comparten una frontera de más de 3,000 kilómetros.',
      ),
    ).toEqual([
      {
        message:
          'The source uses “United States”; the glossary\'s term is “los Estados Unidos”, and the translation does not have it (Always with the article and plural agreement ("los Estados Unidos recurren"); "de los", never "del". The adjective "U.S." is "estadounidense").',
      },
    ]);
  });

  it('skips an entry that has no term in the source language or in the translation’s', () => {
    const unit = pageUnit(
      'The consular section of the embassy issues visas.',
      'La sección de asuntos consulares de la embajada expide visas.',
    );
    const glossary = [entry({ en: 'consular section' }), entry({ es: 'sección consular' })];
    expect(glossaryCheck.check(unit, context({ glossary }))).toEqual([]);
    expect(
      glossaryCheck.check(unit, context({ glossary: [entry({ en: 'consular section', es: 'sección consular' })] })),
    ).toEqual([
      {
        message:
          "The source uses “consular section”; the glossary's term is “sección consular”, and the translation does not have it.",
      },
    ]);
  });

  it('accepts the glossary’s terms, in the plural too', () => {
    expect(check(impunity, impunityEs)).toEqual([]);
    expect(
      check(
        'Transnational criminal organizations traffic fentanyl.',
        'Las organizaciones criminales transnacionales trafican fentanilo.',
      ),
    ).toEqual([]);
  });
});
