import { describe, expect, it } from 'vitest';
import { formattingCheck } from '../../../src/translation/checks/formatting.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

const impunity =
  '5. **Reduce Impunity:** INL strengthens Mexico’s rule of law by helping Mexican law enforcement and justice institutions work together.';
const caseNumber = 'Write your case number (for example `MEX-2024-0173`) in the *Case* field.';

describe('formatting', () => {
  it('reports a list item that lost its bold label, as a warning at the item', () => {
    const document = pageDocument(
      `## Goals {#goals}\n\n${impunity}\n`,
      '## Objetivos {#goals}\n\n5. Reducir la impunidad: La INL fortalece el Estado de derecho en México al ayudar a que las instituciones mexicanas trabajen en conjunto.\n',
    );
    expect(runChecks([document], [formattingCheck], context())).toEqual([
      expect.objectContaining({
        check: 'formatting',
        severity: 'warning',
        unit: 'goals.2',
        file: 'content/es/mexico.md',
        line: 3,
        message: 'The source has 1 bold phrase(s), the translation 0. Keep the same bold formatting.',
      }),
    ]);
  });

  it('reports lost inline code as an error, since code is copied, not translated', () => {
    const document = pageDocument(
      caseNumber,
      'Escriba su número de caso (por ejemplo, MEX-2024-0173) en el campo *Caso*.',
    );
    expect(runChecks([document], [formattingCheck], context())).toEqual([
      expect.objectContaining({
        check: 'formatting',
        severity: 'error',
        message: 'Missing inline code “`MEX-2024-0173`”: code is copied as it is, not translated.',
      }),
    ]);
  });

  it('reports an italic phrase added by the translation', () => {
    const unit = pageUnit(
      'Contact the *U.S. Marshals* office.',
      'Comuníquese con la oficina del *Servicio de Alguaciles* de los *Estados Unidos*.',
    );
    expect(formattingCheck.check(unit, context())).toEqual([
      { message: 'The source has 1 italic phrase(s), the translation 2. Keep the same italic formatting.' },
    ]);
  });

  it('reports a struck-through phrase lost, and each kind of formatting apart', () => {
    const unit = pageUnit(
      'The fee is ~~$160~~ **$185** from *June 17*.',
      'La tarifa es de 185 dólares estadounidenses desde el *17 de junio*.',
    );
    expect(formattingCheck.check(unit, context())).toEqual([
      { message: 'The source has 1 bold phrase(s), the translation 0. Keep the same bold formatting.' },
      {
        message: 'The source has 1 strikethrough phrase(s), the translation 0. Keep the same strikethrough formatting.',
      },
    ]);
  });

  it('reports inline code written fewer times than in the source, or changed', () => {
    expect(
      formattingCheck.check(
        pageUnit(
          'Write `MEX-2024-0173` on the form and `MEX-2024-0173` on the envelope.',
          'Escriba `MEX-2024-0173` en el formulario y MEX-2024-0173 en el sobre.',
        ),
        context(),
      ),
    ).toEqual([
      {
        message: 'Missing inline code “`MEX-2024-0173`”: code is copied as it is, not translated.',
        severity: 'error',
      },
    ]);
    expect(formattingCheck.check(pageUnit('Open the `Case` field.', 'Abra el campo `Caso`.'), context())).toEqual([
      { message: 'Missing inline code “`Case`”: code is copied as it is, not translated.', severity: 'error' },
    ]);
  });

  it('accepts a translation with the same bold, italic and code', () => {
    expect(
      formattingCheck.check(
        pageUnit(impunity, '5. **Reducir la impunidad:** La INL fortalece el Estado de derecho en México.'),
        context(),
      ),
    ).toEqual([]);
    expect(
      formattingCheck.check(
        pageUnit(caseNumber, 'Escriba su número de caso (por ejemplo, `MEX-2024-0173`) en el campo *Caso*.'),
        context(),
      ),
    ).toEqual([]);
    expect(
      formattingCheck.check(pageUnit('The fee is ~~$160~~ $185.', 'La tarifa es de ~~160~~ 185 dólares.'), context()),
    ).toEqual([]);
  });
});
