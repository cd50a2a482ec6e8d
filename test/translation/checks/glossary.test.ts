import { describe, expect, it } from 'vitest';
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
