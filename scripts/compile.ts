/** `npm run prepare`: compile this package into lib/ (src/cli/compile-library.ts). */
import { compileLibrary } from '../src/cli/compile-library.ts';

compileLibrary();
