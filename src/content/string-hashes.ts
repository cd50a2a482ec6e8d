/**
 * `locales/<lang>/source-hashes.yaml`: for each translated UI string, the
 * hash of the source-language text it translates, by namespace and key. It
 * does for UI strings what a page's `source:` front matter does for its
 * sections: when the English of a string changes, the hashes differ and the
 * translation is stale. `npm run translations -- rehash` writes it.
 *
 *     ui:
 *       languageName: 0123456789abcdef
 *       landmarks.main: 0123456789abcdef
 */
import type { VFile } from 'vfile';
import { isScalar, stringify } from 'yaml';
import { reportError } from './report.ts';
import { mappingEntries, parseYaml } from './yaml.ts';

/** Hashes by namespace, then dotted key. */
export type StringHashes = Map<string, Map<string, string>>;

export const stringHashesName = 'source-hashes.yaml';

export function stringHashesPath(lang: string): string {
  return `locales/${lang}/${stringHashesName}`;
}

const hashPattern = /^[0-9a-f]{16}$/;
const ruleId = 'source-hashes';

/** Read the file; problems are messages on `file`. */
export function readStringHashes(file: VFile): StringHashes {
  const hashes: StringHashes = new Map();
  const text = String(file.value);
  if (text.trim() === '') return hashes;
  const yaml = parseYaml(file, text);
  if (!yaml) return hashes;
  const namespaces = mappingEntries(yaml.document.contents);
  if (!namespaces) {
    reportError(file, 'This file maps each namespace to its keys and their hashes (`ui:` then `languageName: 0123456789abcdef`). Run `npm run translations -- rehash` to write it again.', yaml.positionOf(null), ruleId);
    return hashes;
  }
  for (const namespace of namespaces) {
    const keys = mappingEntries(namespace.value);
    if (!keys) {
      reportError(file, `\`${namespace.key}\` maps keys to hashes (\`languageName: 0123456789abcdef\`).`, yaml.positionOf(namespace.value ?? namespace.keyNode), ruleId);
      continue;
    }
    const map = new Map<string, string>();
    for (const key of keys) {
      const value = isScalar(key.value) ? String(key.value.value) : '';
      if (!hashPattern.test(value)) {
        reportError(file, `The hash of \`${namespace.key}:${key.key}\` is not 16 hex digits. Run \`npm run translations -- rehash\` to write it again.`, yaml.positionOf(key.value ?? key.keyNode), ruleId);
        continue;
      }
      map.set(key.key, value);
    }
    hashes.set(namespace.key, map);
  }
  return hashes;
}

const header = `# The hash of the source text each UI string translates, by namespace and
# key. Written by \`npm run translations -- rehash\`; a string whose source
# text changed since is stale.
`;

/** The file's text for these hashes: namespaces and keys sorted, so that it diffs well. */
export function writeStringHashes(hashes: StringHashes): string {
  const plain: Record<string, Record<string, string>> = {};
  for (const namespace of [...hashes.keys()].sort()) {
    const keys = hashes.get(namespace) ?? new Map<string, string>();
    plain[namespace] = Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return `${header}${stringify(plain, { lineWidth: 0 })}`;
}
