/**
 * `length-ratio`: a translation far longer or shorter than the others, for
 * its source's length, often has a passage left out, repeated or left in
 * the source language. The typical ratio is measured on the language's own
 * units (Spanish runs about 1.2 times the English); a unit is an outlier at
 * half or twice that. Short texts vary too much to judge and are skipped.
 */
import type { TranslationUnit, UnitDocument } from '../unit.ts';
import type { CheckContext, SetCheck, UnitIssue } from './check.ts';

export interface LengthRatioOptions {
  /** Source texts shorter than this (characters) are not judged. */
  readonly minLength?: number;
  /** An outlier is this many times longer or shorter than the typical ratio. */
  readonly factor?: number;
  /** The typical ratio when there are too few units to measure it. */
  readonly defaultRatio?: number;
}

export function createLengthRatioCheck(options: LengthRatioOptions = {}): SetCheck {
  const minLength = options.minLength ?? 40;
  const factor = options.factor ?? 2;
  return {
    kind: 'set',
    id: 'length-ratio',
    severity: 'warning',
    check(documents: readonly UnitDocument[], context: CheckContext): UnitIssue[] {
      const measured: { document: UnitDocument; unit: TranslationUnit; ratio: number }[] = [];
      for (const document of documents) {
        for (const unit of document.units) {
          if (!unit.target || unit.status === 'stale' || unit.source.text.length < minLength) continue;
          measured.push({ document, unit, ratio: unit.target.text.length / unit.source.text.length });
        }
      }
      const typical = measured.length >= 5 ? median(measured.map((item) => item.ratio)) : (options.defaultRatio ?? 1.2);
      return measured
        .filter((item) => item.ratio > typical * factor || item.ratio < typical / factor)
        .map(({ document, unit, ratio }) => ({
          document,
          unit,
          message: `The translation is ${ratio.toFixed(1)} times as long as the source, where ${context.lang} translations here run ${typical.toFixed(1)} times: check for a passage left out, repeated, or left untranslated.`,
        }));
    },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 1) : ((sorted[middle - 1] ?? 1) + (sorted[middle] ?? 1)) / 2;
}

export const lengthRatioCheck = createLengthRatioCheck();
