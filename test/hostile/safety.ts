/**
 * An oracle for "is this HTML safe to insert", independent of the sanitize
 * schema it checks: a deny list of what runs script or clobbers globals,
 * applied to a plain element tree that comes either from the build's output
 * parsed in Node (hast) or from the live DOM in Chromium.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html } from 'property-information';

/** An element as both sides can give it: tag, attributes as written, element children. */
export interface PlainElement {
  readonly tag: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly PlainElement[];
}

export interface Finding {
  readonly kind: 'element' | 'handler' | 'url' | 'style' | 'clobbering';
  readonly detail: string;
}

/** Elements that run script, load active content, submit, or change how the page is read. */
const dangerousElements = new Set([
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'isindex',
  'keygen',
  'svg',
  'math',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'listing',
  'portal',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'marquee',
  'image',
  'animate',
  'set',
  'use',
  'foreignobject',
]);

/** Attributes whose value is a URL a browser follows or loads. */
const urlAttributes = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'cite',
  'xlink:href',
  'ping',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'codebase',
  'manifest',
  'icon',
]);

/** Attributes that are script or markup in themselves. */
const activeAttributes = new Set(['srcdoc', 'is', 'http-equiv', 'xmlns', 'autofocus', 'contenteditable']);

const dangerousSchemes = new Set(['javascript', 'vbscript', 'data', 'livescript']);

/**
 * The scheme a browser would see (URL Standard: leading and trailing C0
 * controls and spaces are stripped, tabs and newlines removed anywhere;
 * schemes are ASCII case-insensitive).
 */
export function browserScheme(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match?.[1]?.toLowerCase();
}

/** Everything unsafe in these trees; ids and names must start with `idPrefix`. */
export function findUnsafe(roots: readonly PlainElement[], options: { readonly idPrefix: string }): Finding[] {
  const findings: Finding[] = [];
  const visit = (element: PlainElement): void => {
    const tag = element.tag.toLowerCase();
    if (dangerousElements.has(tag)) findings.push({ kind: 'element', detail: `<${tag}>` });
    for (const [rawName, value] of element.attributes) {
      const name = rawName.toLowerCase();
      if (name.startsWith('on')) findings.push({ kind: 'handler', detail: `<${tag} ${name}="${value}">` });
      else if (name === 'style') findings.push({ kind: 'style', detail: `<${tag} style="${value}">` });
      else if (activeAttributes.has(name)) findings.push({ kind: 'element', detail: `<${tag} ${name}>` });
      if (urlAttributes.has(name)) {
        const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) {
          const scheme = browserScheme(url);
          if (scheme !== undefined && dangerousSchemes.has(scheme))
            findings.push({ kind: 'url', detail: `<${tag} ${name}="${value}">` });
        }
      }
      if ((name === 'id' || name === 'name') && !value.startsWith(options.idPrefix)) {
        findings.push({
          kind: 'clobbering',
          detail: `<${tag} ${name}="${value}"> (not prefixed with ${options.idPrefix})`,
        });
      }
    }
    element.children.forEach(visit);
  };
  roots.forEach(visit);
  return findings;
}

/** HTML as a browser parses it (parse5, as in hast-util-from-html), as plain trees. */
export function parseHtml(html: string): PlainElement[] {
  return plainChildren(fromHtml(html, { fragment: true }));
}

function plainChildren(parent: Root | Element): PlainElement[] {
  const children: PlainElement[] = [];
  for (const node of parent.children) {
    if (node.type !== 'element') continue;
    const content = node.tagName === 'template' && node.content ? plainChildren(node.content) : [];
    children.push({
      tag: node.tagName,
      attributes: attributesOf(node),
      children: [...plainChildren(node), ...content],
    });
  }
  return children;
}

/** hast properties back to attributes as written (`className` → `class`, lists joined). */
function attributesOf(element: Element): (readonly [string, string])[] {
  const attributes: (readonly [string, string])[] = [];
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(html, property);
    const text = Array.isArray(value)
      ? value.join(info.commaSeparated ? ',' : ' ')
      : value === true
        ? ''
        : String(value);
    attributes.push([info.attribute, text]);
  }
  return attributes;
}

/** The same trees from the live DOM; runs in the page (self-contained). */
export function plainDom(selector: string): PlainElement[] {
  const walk = (element: globalThis.Element): PlainElement => ({
    tag: element.localName,
    attributes: [...element.attributes].map((attribute) => [attribute.name, attribute.value] as const),
    children: [
      ...[...element.children].map(walk),
      ...(element instanceof HTMLTemplateElement ? [...element.content.children].map(walk) : []),
    ],
  });
  return [...document.querySelectorAll(selector)].map(walk);
}
