/**
 * Link text that says nothing about where a link goes (WCAG 2.4.4, Link
 * Purpose): a screen-reader user who lists a page's links hears "here, here,
 * read more". Shared by the static rule (remark-a11y-link-text) and the
 * browser gate's link-text check (a11y/in-page-checks.ts), so both flag the
 * same phrases.
 */

/** Generic phrases by primary language, as a reader would write them. */
export const genericLinkPhrases: Readonly<Record<string, readonly string[]>> = {
  en: [
    'click here',
    'click',
    'here',
    'this',
    'this link',
    'this page',
    'link',
    'go',
    'go here',
    'read more',
    'more',
    'more info',
    'more information',
    'learn more',
    'details',
    'see more',
    'continue',
    'continue reading',
    'see here',
    'visit',
    'website',
    'page',
    'download',
    'info',
  ],
  es: [
    'haga clic aquí',
    'haz clic aquí',
    'pulse aquí',
    'pulsa aquí',
    'clic aquí',
    'clic',
    'aquí',
    'acá',
    'este enlace',
    'enlace',
    'esta página',
    'página',
    'más',
    'más información',
    'leer más',
    'ver más',
    'conozca más',
    'conoce más',
    'saber más',
    'seguir leyendo',
    'continuar',
    'detalles',
    'ir',
    'sitio web',
    'descargar',
    'info',
  ],
};

/**
 * The comparable form of a link text: case, accents, punctuation and spacing
 * dropped ("Haga clic AQUI…" and "haga clic aquí" are the same phrase). The
 * browser gate's link-text check repeats these lines in the page.
 */
export function normalizeLinkText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Normalized phrases by primary language, for the browser gate. */
export function normalizedGenericPhrases(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(genericLinkPhrases).map(([lang, phrases]) => [lang, phrases.map(normalizeLinkText)]),
  );
}

const normalized = normalizedGenericPhrases();

/** Whether a link text is generic in a language (`es-MX` uses `es`); unknown languages check every list. */
export function isGenericLinkText(text: string, lang: string): boolean {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const lists = normalized[primary] ? [normalized[primary]] : Object.values(normalized);
  const value = normalizeLinkText(text);
  return lists.some((list) => list.includes(value));
}

/** Whether a link text is a bare URL or address, which a screen reader spells out character by character. */
export function isUrlLinkText(text: string): boolean {
  const value = text.trim();
  return (
    /^(?:https?:\/\/|www\.|mailto:|tel:)\S+$/i.test(value) ||
    /^[\w.-]+\.(?:gov|com|org|net|mx|edu|int)(?:\/\S*)?$/i.test(value)
  );
}
