/**
 * Read a translated XLIFF file (1.2 or 2.0, told apart by the root's
 * `version`) into what importing needs: the document it is for, and each
 * unit's source and target as text and code ids with its state.
 *
 * Reading is strict, so that a translation never lands half-understood: every
 * problem is a message on the file at its line:column, in words a translator
 * can act on, and a file with any problem gives undefined.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { Element } from 'xast';
import { parseUntrustedXml } from '../exchange/untrusted-xml.ts';
import { fail } from './read-units.ts';
import { readXliff12 } from './read-xliff-12.ts';
import { readXliff20 } from './read-xliff-20.ts';

/** Text, or a code by id: what a code stands for comes from the current source. */
export type ImportedInline = string | { kind: 'open' | 'close' | 'standalone'; id: string };

/** XLIFF 2.0's states, plus `needs-review` for a translation whose source changed (1.2 `needs-review-*`). */
export type SegmentState = 'initial' | 'needs-review' | 'translated' | 'reviewed' | 'final';

export interface ImportedUnit {
  id: string;
  source: ImportedInline[];
  /** Absent when the file has no translation for the unit. */
  target?: ImportedInline[];
  state: SegmentState;
  /** Of the unit element, for messages. */
  position?: Position;
  /** The digest of the unit's translation when it was exported (exported-target.ts), when the file records it. */
  exportedTarget?: string;
}

export interface XliffDocument {
  version: '1.2' | '2.0';
  kind: 'page' | 'namespace';
  /** Page id (`mexico`) or namespace (`ui`). */
  id: string;
  sourceLanguage: string;
  /** Target language. */
  lang: string;
  /** The source file: `content/en/mexico.md`, `locales/en/ui.json`. */
  original: string;
  units: ImportedUnit[];
}

export function readXliff(file: VFile): XliffDocument | undefined {
  const tree = parseUntrustedXml(file, 'XLIFF', 'xliff');
  if (!tree) return undefined;
  const root = tree.children.find((child): child is Element => child.type === 'element');
  if (!root || root.name !== 'xliff') {
    const found = root ? `its root element is \`<${root.name}>\`` : 'it has no root element';
    fail(
      file,
      `This is not an XLIFF file: ${found}, not \`<xliff>\`; export the translation from your tool as XLIFF 1.2 or 2.0`,
      root,
    );
    return undefined;
  }
  const errorsBefore = errorCount(file);
  const version = root.attributes.version;
  let document: XliffDocument | undefined;
  if (version === '1.2') document = readXliff12(root, file);
  else if (version === '2.0') document = readXliff20(root, file);
  else {
    const found = version ? `XLIFF version \`${version}\` is not supported` : 'The `<xliff>` element has no `version`';
    fail(file, `${found}; export the translation as XLIFF 1.2 (\`version="1.2"\`) or 2.0 (\`version="2.0"\`)`, root);
  }
  return errorCount(file) === errorsBefore ? document : undefined;
}

function errorCount(file: VFile): number {
  return file.messages.filter((message) => message.fatal === true).length;
}
