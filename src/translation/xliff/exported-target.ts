/**
 * What a unit's translation was when it was exported, kept in the exported
 * file's own metadata, so that an import can tell a translation changed in
 * content/ or locales/ since (a conflict) from one it may replace:
 *
 *   1.2  <prop-group name="embassy-content"><prop prop-type="x-exported-target">…</prop></prop-group>
 *   2.0  <mda:metadata><mda:metaGroup category="embassy-content"><mda:meta type="exported-target">…</mda:meta>…
 *
 * The value is a digest of the translation's text (of nothing, for a unit
 * not translated yet). Both are the formats' own places for a tool's data,
 * valid against their schemas, and CAT tools keep them.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'xast';
import { x } from 'xastscript';

/** The group that holds this package's data in a unit. */
const group = 'embassy-content';
/** The 2.0 Metadata module's namespace. */
export const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** The digest of a translation's text, as exported (undefined text: not translated yet). */
export function targetDigest(text: string | undefined): string {
  return createHash('sha256')
    .update(text ?? '\0')
    .digest('base64url')
    .slice(0, 22);
}

/** The 1.2 element that records it. */
export function exportedTarget12(text: string | undefined): Element {
  return x('prop-group', { name: group }, [x('prop', { 'prop-type': 'x-exported-target' }, targetDigest(text))]);
}

/** The 2.0 element that records it (its namespace declared on the root). */
export function exportedTarget20(text: string | undefined): Element {
  return x('mda:metadata', [
    x('mda:metaGroup', { category: group }, [x('mda:meta', { type: 'exported-target' }, targetDigest(text))]),
  ]);
}

/** The digest a unit element of either version records, if it records one. */
export function readExportedTarget(unit: Element): string | undefined {
  const children = (element: Element, name: string) =>
    element.children.filter((child): child is Element => child.type === 'element' && localName(child.name) === name);
  const value = (element: Element | undefined) =>
    element?.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('')
      .trim();
  for (const propGroup of children(unit, 'prop-group').filter((element) => element.attributes.name === group)) {
    const prop = children(propGroup, 'prop').find((element) => element.attributes['prop-type'] === 'x-exported-target');
    if (prop) return value(prop);
  }
  for (const metadata of children(unit, 'metadata')) {
    for (const metaGroup of children(metadata, 'metaGroup').filter(
      (element) => element.attributes.category === group,
    )) {
      const meta = children(metaGroup, 'meta').find((element) => element.attributes.type === 'exported-target');
      if (meta) return value(meta);
    }
  }
  return undefined;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
