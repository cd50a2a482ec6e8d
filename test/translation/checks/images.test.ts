import { describe, expect, it } from 'vitest';
import { imagesCheck } from '../../../src/translation/checks/images.ts';
import { runChecks } from '../../../src/translation/run-checks.ts';
import { context, pageDocument, pageUnit } from './units.ts';

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
  });

  it('accepts the same image with its description translated', () => {
    const unit = pageUnit(
      canines,
      '![Una unidad canina revisa carga en un puerto](images/canine-unit.jpg) Las unidades caninas revisan la carga en los puertos de entrada.',
    );
    expect(imagesCheck.check(unit, context())).toEqual([]);
  });
});
