import { describe, expect, it } from 'vitest';
import { linksCheck } from '../../../src/translation/checks/links.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

const factSheet =
  'Read the [INL fact sheet](https://www.state.gov/inl-mexico) and the [country report](https://www.state.gov/incsr).';

function check(en: string, es: string) {
  return linksCheck.check(pageUnit(en, es), context());
}

describe('links', () => {
  it('reports a link to another address at the translated paragraph', () => {
    const document = pageDocument(
      `## Goals {#goals}\n\nINL’s goals in Mexico are set out in the [strategy](https://www.state.gov/inl-strategy).\n`,
      `## Objetivos {#goals}\n\nLos objetivos de la INL en México se exponen en la [estrategia](https://www.state.gov/es/inl-strategy).\n`,
    );
    expect(runChecks([document], [linksCheck], context())).toEqual([
      expect.objectContaining({
        check: 'links',
        severity: 'error',
        unit: 'goals.2',
        file: 'content/es/mexico.md',
        line: 3,
        target: 'Los objetivos de la INL en México se exponen en la estrategia.',
        message:
          'Links differ from the source: expected “https://www.state.gov/inl-strategy”, found “https://www.state.gov/es/inl-strategy”. Keep every link, with the same address; translate only its text.',
      }),
    ]);
  });

  it('reports a dropped link', () => {
    expect(
      check(factSheet, 'Lea la [ficha informativa de la INL](https://www.state.gov/inl-mexico) y el informe por país.'),
    ).toEqual([
      {
        message: expect.stringContaining(
          'expected “https://www.state.gov/inl-mexico”, “https://www.state.gov/incsr”, found “https://www.state.gov/inl-mexico”.',
        ),
      },
    ]);
  });

  it('reports links in another order', () => {
    expect(
      check(
        factSheet,
        'Lea el [informe por país](https://www.state.gov/incsr) y la [ficha informativa de la INL](https://www.state.gov/inl-mexico).',
      ),
    ).toEqual([
      { message: expect.stringContaining('found “https://www.state.gov/incsr”, “https://www.state.gov/inl-mexico”') },
    ]);
  });

  it('accepts the same addresses with translated text', () => {
    expect(
      check(
        factSheet,
        'Lea la [ficha informativa de la INL](https://www.state.gov/inl-mexico) y el [informe por país](https://www.state.gov/incsr).',
      ),
    ).toEqual([]);
  });

  it('compares the addresses of autolinks and bare URLs, which are their text', () => {
    const en = 'Contact the embassy at <https://mx.usembassy.gov> or https://www.state.gov/inl.';
    expect(check(en, 'Comuníquese con la embajada en <https://mx.usembassy.gov> o https://www.state.gov/inl.')).toEqual(
      [],
    );
    expect(
      check(en, 'Comuníquese con la embajada en <https://mx.usembassy.gov/es> o https://www.state.gov/es/inl.'),
    ).toEqual([
      {
        message: expect.stringContaining(
          'expected “https://mx.usembassy.gov”, “https://www.state.gov/inl”, found “https://mx.usembassy.gov/es”, “https://www.state.gov/es/inl”',
        ),
      },
    ]);
  });

  it('reads a bare URL after a link with text as the URL, not as the link’s text', () => {
    const en = 'Read the [fact sheet](https://www.state.gov/inl-mexico) or visit https://www.state.gov/inl.';
    expect(
      check(en, 'Lea la [ficha informativa](https://www.state.gov/inl-mexico) o visite https://www.state.gov/inl.'),
    ).toEqual([]);
    expect(
      check(en, 'Lea la [ficha informativa](https://www.state.gov/es/inl-mexico) o visite https://www.state.gov/inl.'),
    ).toEqual([
      {
        message:
          'Links differ from the source: expected “https://www.state.gov/inl-mexico”, “https://www.state.gov/inl”, found “https://www.state.gov/es/inl-mexico”, “https://www.state.gov/inl”. Keep every link, with the same address; translate only its text.',
      },
    ]);
  });

  it('accepts an autolink given text in the translation, to the same address', () => {
    expect(check('Write to <https://mx.usembassy.gov>.', 'Escriba a [la embajada](https://mx.usembassy.gov).')).toEqual(
      [],
    );
  });
});
