/**
 * The allowlist every fragment passes through (rehype-sanitize), applied after
 * all other plugins. Written out in full rather than extending the default
 * GitHub schema, so that what a fragment can contain is visible here: the
 * elements Markdown produces, the attributes our plugins add, and URLs with
 * the http, https, mailto and tel schemes or relative ones.
 */
import type { Schema } from 'hast-util-sanitize';

export interface Options {
  /**
   * Prefix for `id` and `name` values and the id references in `aria-*`, so
   * that an author's id cannot clobber a global of the embedding page
   * (`id="location"`); the page id plus a hyphen.
   */
  readonly clobberPrefix: string;
}

const headingAttributes = ['id'];

/**
 * URL schemes allowed in links (`href`) and images (`src`); relative URLs are
 * always allowed. Compared case-sensitively, as the sanitizer does: write
 * them in lower case.
 */
export const allowedProtocols = {
  href: ['http', 'https', 'mailto', 'tel'],
  src: ['http', 'https'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The scheme of a URL as the sanitizer sees it (hast-util-sanitize): the text
 * before the first colon, unless a `/`, `?` or `#` comes first (then the URL is
 * relative). `undefined` for a relative URL.
 */
export function urlScheme(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  for (const mark of ['/', '?', '#']) {
    const index = url.indexOf(mark);
    if (index > -1 && colon > index) return undefined;
  }
  return url.slice(0, colon);
}

export function fragmentSchema(options: Options): Schema {
  return {
    tagNames: [
      'section',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'p',
      'br',
      'hr',
      'blockquote',
      'ol',
      'ul',
      'li',
      'strong',
      'em',
      'del',
      'code',
      'pre',
      'a',
      'span',
      'div',
      'img',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    attributes: {
      // Any element may carry the language of a part (WCAG 3.1.2).
      '*': [
        ['lang', /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/],
        ['dir', 'ltr', 'rtl', 'auto'],
      ],
      // A fragment's root: a section, or the div of an intro without a heading. No accessible name: a section is
      // not a region landmark (README, "Should each section stay a region landmark?").
      section: ['dataFragmentId'],
      div: ['dataFragmentId'],
      h1: headingAttributes,
      h2: headingAttributes,
      h3: headingAttributes,
      h4: headingAttributes,
      h5: headingAttributes,
      h6: headingAttributes,
      a: ['href', 'hrefLang', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      ol: ['start'],
      code: [['className', /^language-[\w-]+$/]],
      th: [
        ['align', 'left', 'right', 'center'],
        ['scope', 'col', 'row'],
      ],
      td: [['align', 'left', 'right', 'center']],
    },
    protocols: {
      href: [...allowedProtocols.href],
      src: [...allowedProtocols.src],
    },
    ancestors: {
      li: ['ol', 'ul'],
      thead: ['table'],
      tbody: ['table'],
      tr: ['table'],
      th: ['table'],
      td: ['table'],
    },
    required: {},
    // Dropped with everything inside them (the rest keep their text).
    strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
    clobber: ['id', 'name', 'ariaLabelledBy', 'ariaDescribedBy'],
    clobberPrefix: options.clobberPrefix,
    allowComments: false,
    allowDoctypes: false,
  };
}
