import { describe, expect, it } from 'vitest';
import { imagesCheck } from '../../../src/translation/checks/images.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

function messages(en: string, es: string): string[] {
  return imagesCheck.check(pageUnit(en, es), context()).map((issue) => issue.message);
}

const canines =
  '![A canine unit inspects cargo at a port](images/canine-unit.jpg) Canine units inspect cargo at ports of entry.';

describe('images', () => {
  it('reports an image file changed in the translation, at the translated paragraph', () => {
    const document = pageDocument(
      `## Accomplishments {#accomplishments}\n\n${canines}\n`,
      '## Logros {#accomplishments}\n\n![Una unidad canina revisa carga en un puerto](images/unidad-canina.jpg) Las unidades caninas revisan la carga en los puertos de entrada.\n',
    );
    expect(runChecks([document], [imagesCheck], context())).toEqual([
      expect.objectContaining({
        check: 'images',
        severity: 'error',
        unit: 'accomplishments.2',
        file: 'content/es/mexico.md',
        line: 3,
        message:
          'Images differ from the source: expected “images/canine-unit.jpg”, found “images/unidad-canina.jpg”. Keep every image; translate its description (alt text).',
      }),
    ]);
  });

  it('reports a dropped image', () => {
    const unit = pageUnit(canines, 'Las unidades caninas revisan la carga en los puertos de entrada.');
    expect(imagesCheck.check(unit, context())).toEqual([{ message: expect.stringContaining('found none') }]);
    expect(imagesCheck.check(unit, context())).toEqual([
      {
        message:
          'Images differ from the source: expected “images/canine-unit.jpg”, found none. Keep every image; translate its description (alt text).',
      },
    ]);
  });

  it('reports an image the source does not have', () => {
    expect(
      messages(
        'Canine units inspect cargo at ports of entry.',
        '![Una unidad canina](images/canine-unit.jpg) Las unidades caninas revisan la carga.',
      ),
    ).toEqual([
      'Images differ from the source: expected none, found “images/canine-unit.jpg”. Keep every image; translate its description (alt text).',
    ]);
  });

  it('reports images in another order', () => {
    expect(
      messages(
        `${canines} ![A seizure of fentanyl](images/seizure.jpg)`,
        '![Una incautación de fentanilo](images/seizure.jpg) Las unidades caninas revisan la carga. ![Una unidad canina](images/canine-unit.jpg)',
      ),
    ).toEqual([
      'Images differ from the source: expected “images/canine-unit.jpg”, “images/seizure.jpg”, found “images/seizure.jpg”, “images/canine-unit.jpg”. Keep every image; translate its description (alt text).',
    ]);
  });

  it('counts an image whose address is still empty, dropped or added', () => {
    const withMap = `${canines} ![Map of the ports of entry]()`;
    const translatedCanines =
      '![Una unidad canina revisa carga en un puerto](images/canine-unit.jpg) Las unidades caninas revisan la carga en los puertos de entrada.';
    expect(messages(withMap, translatedCanines)).toEqual([
      'Images differ from the source: expected “images/canine-unit.jpg”, “”, found “images/canine-unit.jpg”. Keep every image; translate its description (alt text).',
    ]);
    expect(messages(canines, `${translatedCanines} ![Mapa de los puertos de entrada]()`)).toEqual([
      'Images differ from the source: expected “images/canine-unit.jpg”, found “images/canine-unit.jpg”, “”. Keep every image; translate its description (alt text).',
    ]);
    expect(messages(withMap, `${translatedCanines} ![Mapa de los puertos de entrada]()`)).toEqual([]);
  });

  it('compares addresses only: not alt text, titles, angle brackets or the case of a reference label', () => {
    expect(
      messages(
        '![A canine unit](images/canine-unit.jpg "Canine unit") and ![](images/seizure.jpg) and ![Logo][INL logo]\n\n[INL logo]: images/logo.png',
        '![Una unidad canina](<images/canine-unit.jpg> "Unidad canina") y ![](images/seizure.jpg) y ![Logotipo][inl logo]\n\n[inl logo]: images/logo.png',
      ),
    ).toEqual([]);
    expect(
      messages(
        'The ![INL logo][logo] marks our programs.\n\n[logo]: images/logo.png',
        'El ![logotipo de la INL][seal] distingue nuestros programas.\n\n[seal]: images/seal.png',
      ),
    ).toEqual([
      'Images differ from the source: expected “[logo]”, found “[seal]”. Keep every image; translate its description (alt text).',
    ]);
  });

  it('accepts the same image with its description translated', () => {
    const unit = pageUnit(
      canines,
      '![Una unidad canina revisa carga en un puerto](images/canine-unit.jpg) Las unidades caninas revisan la carga en los puertos de entrada.',
    );
    expect(imagesCheck.check(unit, context())).toEqual([]);
  });
});
