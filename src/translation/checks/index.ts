/**
 * The checks every build runs on translations. Spelling is not among them:
 * its dictionaries take seconds to load, so `npm run translations -- check`
 * adds it (see checks/spelling.ts).
 */
import { bracketsCheck } from './brackets.ts';
import type { Check } from './check.ts';
import { consistencyCheck } from './consistency.ts';
import { currencyCheck } from './currency.ts';
import { endPunctuationCheck } from './end-punctuation.ts';
import { formattingCheck } from './formatting.ts';
import { glossaryCheck } from './glossary.ts';
import { identicalCheck } from './identical.ts';
import { imagesCheck } from './images.ts';
import { invertedMarksCheck } from './inverted-marks.ts';
import { lengthRatioCheck } from './length-ratio.ts';
import { linksCheck } from './links.ts';
import { numbersCheck } from './numbers.ts';
import { placeholdersCheck } from './placeholders.ts';
import { pluralsCheck } from './plurals.ts';
import { repeatedWordCheck } from './repeated-word.ts';
import { spacingCheck } from './spacing.ts';
import { whitespaceCheck } from './whitespace.ts';

export const defaultChecks: readonly Check[] = [
  numbersCheck,
  currencyCheck,
  placeholdersCheck,
  pluralsCheck,
  linksCheck,
  imagesCheck,
  formattingCheck,
  glossaryCheck,
  endPunctuationCheck,
  invertedMarksCheck,
  spacingCheck,
  whitespaceCheck,
  repeatedWordCheck,
  bracketsCheck,
  identicalCheck,
  lengthRatioCheck,
  consistencyCheck,
];
