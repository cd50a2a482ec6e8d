/**
 * What both XLIFF writers share about XML: text escaped so that it reads
 * back exactly, the layout (2-space indentation between structural elements,
 * never inside translatable content), ids that XLIFF 2.0 accepts as NMTOKEN,
 * and when whitespace needs `xml:space="preserve"`.
 */
import type { Element, ElementContent, Instruction, Root } from 'xast';
import type { Raw } from 'xast-util-to-xml';
import { toXml } from 'xast-util-to-xml';

/**
 * Characters XML 1.0 cannot carry, not even as a character reference: most
 * C0 controls, U+FFFE, U+FFFF and unpaired surrogates.
 */
export const unrepresentableCharacter =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * Text, escaped by hand rather than by xast-util-to-xml, which would leave
 * `]]>` (not well-formed in content) and a carriage return (read back as a
 * line feed) as they are. The caller keeps unrepresentable characters out.
 */
export function escapedText(value: string): Raw {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
  return { type: 'raw', value: escaped };
}

/**
 * Whether text would change under `xml:space="default"`, where a tool may
 * collapse runs of whitespace and trim the ends (Translate Toolkit does):
 * leading or trailing whitespace, two in a row, or a tab or line break.
 */
export function needsPreservedSpace(texts: readonly string[]): boolean {
  return texts.some((text) => /^[ \t\n\r]|[ \t\n\r]$|[ \t\n\r]{2}|[\t\n\r]/.test(text));
}

/**
 * The text runs of inline content, codes left out: what a tool that ignores
 * codes reads, so a space on each side of a code counts as two.
 */
export function textOf(content: readonly (string | object)[]): string {
  return content.filter((run): run is string => typeof run === 'string').join('');
}

const nmtokenSafe = /^[A-Za-z0-9._-]+$/;

/**
 * An id as an NMTOKEN, reversibly: an id made of ASCII letters, digits, `.`,
 * `-` and `_` (every id this project makes) stays as it is; in any other id,
 * each other character becomes `:HEX:`. A plain id has no `:`, so an encoded
 * one never equals a plain one, and every `:` of an encoded id starts an
 * escape. Ids are never empty.
 */
export function encodeNmtoken(id: string): string {
  if (nmtokenSafe.test(id)) return id;
  return Array.from(id, (character) =>
    /[A-Za-z0-9._-]/.test(character) ? character : `:${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()}:`,
  ).join('');
}

export function decodeNmtoken(token: string): string {
  return token.replace(/:([0-9A-F]{1,6}):/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

const declaration: Instruction = { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' };

/**
 * A whole XLIFF file: the XML declaration, the root indented by two spaces
 * per level down to the content elements (whose children are left exactly as
 * they are), and a final newline.
 */
export function serializeXml(root: Element, contentElements: ReadonlySet<string>): string {
  const tree: Root = {
    type: 'root',
    children: [
      declaration,
      { type: 'text', value: '\n' },
      indent(root, 0, contentElements),
      { type: 'text', value: '\n' },
    ],
  };
  // Raw nodes come only from `escapedText`.
  return toXml(tree, { allowDangerousXml: true, closeEmptyElements: true, tightClose: true });
}

function indent(element: Element, depth: number, contentElements: ReadonlySet<string>): Element {
  if (contentElements.has(element.name) || element.children.length === 0) return element;
  const children: ElementContent[] = [];
  for (const child of element.children) {
    children.push({ type: 'text', value: `\n${'  '.repeat(depth + 1)}` });
    children.push(child.type === 'element' ? indent(child, depth + 1, contentElements) : child);
  }
  children.push({ type: 'text', value: `\n${'  '.repeat(depth)}` });
  return { ...element, children };
}
