/**
 * `editorCheck`: how soon the translation editor shows a unit's findings
 * after the translator pauses, on the Mexico page: its page waits 150 ms
 * for the pause (src/dev/editor/editor.js), then the preview checks the
 * unit (src/dev/editor/editor-service.ts). Each unit of the page is checked
 * with its text changed, in this process, after one check that loads the
 * dictionaries (as opening the editor does); the median and the slowest
 * are reported, the pause added.
 */
import { compileTranslations } from '../build/build-site.ts';
import { createEditorService } from '../dev/editor/editor-service.ts';
import { editableText } from '../dev/editor/editor-text.ts';

export interface EditorCheckResult {
  readonly units: number;
  /** The page's wait for a pause. */
  readonly pauseMilliseconds: number;
  /** Median and slowest check, the pause not included. */
  readonly medianMilliseconds: number;
  readonly slowestMilliseconds: number;
}

export async function measureEditorCheck(root: string, lang = 'es', page = 'mexico'): Promise<EditorCheckResult> {
  const compiled = await compileTranslations(root);
  const document = compiled.translations?.documents.get(lang)?.find((candidate) => candidate.id === page);
  if (!document) throw new Error(`No page ${page} in ${lang} to edit.`);
  const service = createEditorService(root);
  const request = (unit: string, text: string) => ({ lang, document: page, unit, text });
  const first = document.units[0];
  if (first) await service.check(request(first.id, 'x'), document);
  const times: number[] = [];
  for (const unit of document.units) {
    const text = `${editableText(unit.target?.content ?? unit.source.content)} 2026`;
    const started = performance.now();
    await service.check(request(unit.id, text), document);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    units: times.length,
    pauseMilliseconds: 150,
    medianMilliseconds: sorted[Math.floor(sorted.length / 2)] ?? 0,
    slowestMilliseconds: sorted.at(-1) ?? 0,
  };
}
