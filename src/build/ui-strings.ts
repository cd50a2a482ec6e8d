/**
 * The UI strings as the build has them: every language's namespaces from
 * locales/<lang>/<ns>.json, read and checked against the source language's.
 */
import { VFile } from 'vfile';
import type { SiteConfig } from '../content/site-config.ts';
import { reportError } from '../content/report.ts';
import { compareUiNamespaces, readUiNamespace, stringAt, type UiNamespace } from '../content/ui-strings.ts';
import { listFiles } from './list-folder.ts';
import { uiNamespace } from '../runtime/localizer.ts';

/** Languages' UI namespaces, by language then namespace. */
export type UiStrings = Map<string, Map<string, UiNamespace>>;

/** The namespace holding the strings the build itself needs: the run-time layer's default one. */
export { uiNamespace };

/** Reads a project file into the build's files; undefined when it cannot be read (the file has the error). */
export type Reader = (relativePath: string) => Promise<VFile | undefined>;

export async function loadUiStrings(
  root: string,
  config: SiteConfig,
  read: Reader,
  files: VFile[],
): Promise<UiStrings> {
  const ui: UiStrings = new Map();
  const brokenSourceNamespaces = new Set<string>();
  for (const lang of config.languages) {
    const folder = `locales/${lang}`;
    const names = await listFiles(root, folder, '.json');
    if (names === undefined) {
      const file = new VFile({ cwd: root, path: folder });
      files.push(file);
      reportError(
        file,
        `Missing folder for the UI strings of \`${lang}\`; create it with a ${uiNamespace}.json.`,
        undefined,
        'ui-strings',
      );
      continue;
    }
    const namespaces = new Map<string, UiNamespace>();
    for (const name of names) {
      const file = await read(`${folder}/${name}`);
      const namespace = file && readUiNamespace(file);
      if (namespace) namespaces.set(name.slice(0, -'.json'.length), namespace);
      // A source namespace whose file is there but broken has its error; its translations are not compared with it.
      else if (lang === config.sourceLanguage) brokenSourceNamespaces.add(name.slice(0, -'.json'.length));
    }
    ui.set(lang, namespaces);
  }
  checkUiStrings(root, config, ui, brokenSourceNamespaces, files);
  return ui;
}

/** The source language has the `ui` namespace, every language names itself, and translations have only source namespaces. */
function checkUiStrings(
  root: string,
  config: SiteConfig,
  ui: UiStrings,
  brokenSourceNamespaces: ReadonlySet<string>,
  files: VFile[],
): void {
  const source = ui.get(config.sourceLanguage);
  const sourceUi = source?.get(uiNamespace);
  if (source && !sourceUi && !brokenSourceNamespaces.has(uiNamespace)) {
    const file = new VFile({ cwd: root, path: `locales/${config.sourceLanguage}/${uiNamespace}.json` });
    files.push(file);
    reportError(
      file,
      `Missing the \`${uiNamespace}\` namespace of the source language: it holds the strings the fragments need.`,
      undefined,
      'ui-strings',
    );
  }
  for (const [lang, namespaces] of ui) {
    const strings = namespaces.get(uiNamespace);
    if (strings && stringAt(strings.strings, 'languageName') === undefined) {
      reportError(
        strings.file,
        'Add `"languageName"`: the name of this language in this language (English, Español), for the language switcher.',
        { line: 1, column: 1 },
        'ui-strings',
      );
    }
    if (lang === config.sourceLanguage || !source) continue;
    for (const [name, namespace] of namespaces) {
      const sourceNamespace = source.get(name);
      if (sourceNamespace) {
        compareUiNamespaces(sourceNamespace.strings, namespace, lang);
      } else if (!brokenSourceNamespaces.has(name)) {
        reportError(
          namespace.file,
          `Unknown namespace \`${name}\`: the source language has no locales/${config.sourceLanguage}/${name}.json. Fix the file name or add the source file first.`,
          undefined,
          'ui-strings',
        );
      }
    }
  }
}

/** A string of the `ui` namespace in a language, else in the source language. */
export function uiString(ui: UiStrings, config: SiteConfig, lang: string, key: string): string | undefined {
  return (
    stringAt(ui.get(lang)?.get(uiNamespace)?.strings ?? {}, key) ??
    stringAt(ui.get(config.sourceLanguage)?.get(uiNamespace)?.strings ?? {}, key)
  );
}
