/**
 * lib/ compiled from the sources under test, once per run: the site package
 * that every build writes takes the run-time layer's type declarations from
 * it (src/site/site-package.ts), and the installed package runs it.
 */
import { compileLibrary } from '../../src/cli/compile-library.ts';

export default function setup(): void {
  compileLibrary();
}
