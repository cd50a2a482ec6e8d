/**
 * The checks every build runs on translations. Spelling is not among them:
 * its dictionaries take seconds to load, so `npm run translations -- check`
 * adds it (see checks/spelling.ts).
 */
import type { Check } from './check.ts';
import { consistencyCheck } from './consistency.ts';
import { currencyCheck } from './currency.ts';
import { formattingCheck } from './formatting.ts';
import { glossaryCheck } from './glossary.ts';
import { identicalCheck } from './identical.ts';
import { imagesCheck } from './images.ts';
import { lengthRatioCheck } from './length-ratio.ts';
import { linksCheck } from './links.ts';
import { numbersCheck } from './numbers.ts';
import { placeholdersCheck } from './placeholders.ts';
import { pluralsCheck } from './plurals.ts';

export const defaultChecks: readonly Check[] = [
  numbersCheck,
  currencyCheck,
  placeholdersCheck,
  pluralsCheck,
  linksCheck,
  imagesCheck,
  formattingCheck,
  glossaryCheck,
  identicalCheck,
  lengthRatioCheck,
  consistencyCheck,
];
