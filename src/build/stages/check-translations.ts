/**
 * Read every translation unit and run the quality checks on it (numbers,
 * links, placeholders, glossary…; see translation/checks/). A stale unit is
 * expected to differ from its source until it is updated, so most checks
 * skip it. Findings become messages on the files they are in.
 */
import type { VFile } from 'vfile';
import { cacheKey, type ContentCache } from '../../cache/content-cache.ts';
import { toolchainFingerprint } from '../../cache/toolchain.ts';
import type { GlossaryTerm } from '../../content/glossary.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import type { Check } from '../../translation/checks/check.ts';
import { defaultChecks } from '../../translation/checks/index.ts';
import { collectUnits } from '../../translation/collect-units.ts';
import type { PageUnits } from '../../translation/page-units.ts';
import { reportFindings, runChecks, sortFindings } from '../../translation/run-checks.ts';
import type { Finding, UnitDocument } from '../../translation/unit.ts';
import type { TranslationReport } from '../build-types.ts';
import { need, type BuildContext, type Pages, type Stage } from './context.ts';

/** Rules whose errors mean "the sanitizer would change this text". */
const sanitizerRules = new Set(['ui-strings', 'front-matter', 'url-scheme']);

async function checkAll(context: BuildContext): Promise<BuildContext> {
  const config = need(context, 'config');
  const glossary = need(context, 'glossary');
  const { files, options } = context;
  // A string or link the sanitizer would change already has its error; the checks comparing it with the source would only add noise.
  const knownBad = knownBadLines(files);
  const { cache } = options;
  const collected = collectUnits({
    sourceLanguage: config.sourceLanguage,
    languages: config.languages,
    glossary,
    pages: unitSides(need(context, 'pages')),
    ui: need(context, 'ui'),
    stringHashes: need(context, 'stringHashes'),
    // Pages have keys, and so do their documents; the live preview's cache keeps their units.
    keys: {
      glossary: cacheKey(glossary),
      ...(cache ? { recall: (key: string, make: () => PageUnits) => cache.recall('units', key, make) } : {}),
    },
  });
  const findings = [...collected.findings];
  const plan = await checkPlan(options.translationChecks ?? [], cache);
  for (const [lang, documents] of collected.documents) {
    const input = { config, glossary, lang, documents, documentKeys: collected.documentKeys };
    findings.push(...(await checkLanguage(input, plan)));
  }
  const sorted = sortFindings(findings).filter((finding) => !knownBad.has(`${finding.file}:${finding.line ?? 0}`));
  reportFindings(sorted, new Map(files.map((file) => [file.path, file])));
  const translations: TranslationReport = {
    documents: collected.documents,
    findings: sorted,
    documentKeys: collected.documentKeys,
  };
  return { ...context, translations };
}

/** Which checks run, and the cache with its key's fingerprint when their results can be reused. */
interface CheckPlan {
  readonly perDocument: readonly Check[];
  readonly acrossDocuments: readonly Check[];
  readonly cache: ContentCache | undefined;
  readonly fingerprint: string | undefined;
}

/** The checks of one document at a time are reused from the cache while the document is unchanged; the checks across documents run every time. */
async function checkPlan(extraChecks: readonly Check[], cache: ContentCache | undefined): Promise<CheckPlan> {
  const checks = [...defaultChecks, ...extraChecks];
  return {
    perDocument: checks.filter((check) => check.kind !== 'set'),
    acrossDocuments: checks.filter((check) => check.kind === 'set'),
    cache,
    // Checks passed in (spelling, with its word list) are not part of the key, so their results are not kept.
    fingerprint: cache && extraChecks.length === 0 ? await toolchainFingerprint() : undefined,
  };
}

/** Each page version as the units are read from it. */
function unitSides(pages: Pages) {
  return new Map(
    [...pages].map(([page, versions]) => [
      page,
      new Map(
        [...versions].map(([lang, version]) => [
          lang,
          {
            file: version.file,
            matter: version.matter,
            blocks: version.file.data.blocks ?? [],
            sections: version.spans.map((span) => span.id),
            hashes: version.hashes,
            key: version.key,
          },
        ]),
      ),
    ]),
  );
}

/** `file:line` of every error the sanitizer's rules reported. */
function knownBadLines(files: readonly VFile[]): Set<string> {
  return new Set(
    files.flatMap((file) =>
      file.messages
        .filter((message) => message.fatal === true && sanitizerRules.has(message.ruleId ?? ''))
        .map((message) => `${file.path}:${message.line ?? 0}`),
    ),
  );
}

/** The findings of one language's documents. */
async function checkLanguage(
  input: {
    config: SiteConfig;
    glossary: readonly GlossaryTerm[];
    lang: string;
    documents: readonly UnitDocument[];
    documentKeys: ReadonlyMap<UnitDocument, string>;
  },
  plan: CheckPlan,
): Promise<Finding[]> {
  const { config, glossary, lang, documents, documentKeys } = input;
  const { perDocument, acrossDocuments, cache, fingerprint } = plan;
  const findings: Finding[] = [];
  // Checks of the source texts themselves (spelling) run once, with the first language.
  const sourceTexts = lang === config.languages.find((code) => code !== config.sourceLanguage);
  const context = { sourceLanguage: config.sourceLanguage, lang, numberLocales: config.numberLocales, glossary };
  // The context is the same for every document: hashed once. A document with a key is named by it, not by its text.
  const contextKey = fingerprint ? cacheKey('checks', fingerprint, context, sourceTexts) : '';
  const keys = documents.map((document) =>
    fingerprint ? cacheKey(contextKey, documentKeys.get(document) ?? document) : '',
  );
  const cached =
    cache && fingerprint
      ? await cache.getMany('checks', keys, isFindingList)
      : keys.map((): Finding[] | undefined => undefined);
  for (const [index, document] of documents.entries()) {
    let found = cached[index];
    if (!found) {
      found = runChecks([document], perDocument, context, { sourceTexts });
      if (cache && fingerprint) await cache.set('checks', keys[index] ?? '', found);
    }
    findings.push(...found);
  }
  findings.push(...runChecks(documents, acrossDocuments, context, { sourceTexts }));
  return findings;
}

function isFindingList(value: unknown): value is Finding[] {
  return Array.isArray(value);
}

export const checkTranslations: Stage = {
  name: 'check translations',
  phase: 'translation checks',
  continuesOnErrors: true,
  run: checkAll,
};
