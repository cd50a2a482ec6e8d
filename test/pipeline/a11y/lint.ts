/** Run the whole pipeline on a small page and return what one accessibility rule reported. */
import { VFile } from 'vfile';
import { otherLanguageDetector, type OtherLanguageDetector } from '../../../src/text-analysis/other-language.ts';
import { renderPage, type AccessibilityOptions, type RenderedSection } from '../../../src/pipeline/processor.ts';
import { reported, type Reported } from '../../helpers.ts';

let detector: Promise<OtherLanguageDetector> | undefined;

/** A page file: front matter (lines 1–5), then `body` from line 6. */
export function page(lang: string, body: string): string {
  return `---\nid: page\nlang: ${lang}\ntitle: Page\n---\n${body}`;
}

export interface Linted {
  readonly messages: Reported[];
  readonly sections: RenderedSection[];
  readonly file: VFile;
}

export async function lint(
  lang: string,
  body: string,
  rule: string,
  accessibility: AccessibilityOptions = {},
): Promise<Linted> {
  detector ??= otherLanguageDetector();
  const file = new VFile({ path: `content/${lang}/page.md`, value: page(lang, body) });
  const sections = await renderPage(file, {
    page: 'page',
    lang,
    accessibility: { otherLanguage: { detector: await detector }, ...accessibility },
  });
  return { messages: reported(file, { notes: true }).filter((message) => message.rule === rule), sections, file };
}

/** line:column of each message. */
export function places(messages: readonly Reported[]): string[] {
  return messages.map((message) => `${message.line}:${message.column}`);
}
