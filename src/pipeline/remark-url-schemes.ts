/**
 * remark plugin: report a link or image whose URL the sanitizer would remove
 * (`javascript:`, `data:`, `vbscript:`, a scheme in capitals…), at its place
 * in the Markdown, instead of letting the link lose its target without a word.
 * The sanitizer still removes it: this plugin only tells the author.
 *
 * Entity- and escape-obfuscated forms (`&#106;avascript:`, `javascript&colon;`)
 * are already decoded in the tree, so they are seen as what a browser sees.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Transformer } from 'unified';
import { reportError } from '../content/report.ts';
import { allowedProtocols, urlScheme } from '../sanitize/sanitize-schema.ts';

export interface Options {
  /** Allowed schemes of link and image URLs (default: the sanitize schema's). */
  readonly protocols?: { readonly href: readonly string[]; readonly src: readonly string[] };
}

const ruleId = 'url-scheme';

export default function remarkUrlSchemes(options: Options = {}): Transformer<Root, Root> {
  const protocols = options.protocols ?? allowedProtocols;
  return function transform(tree, file) {
    // A definition serves links, images or both: an image's needs an image scheme.
    const forImages = new Set<string>();
    visit(tree, 'imageReference', (node) => {
      forImages.add(node.identifier);
    });
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const target = node;
      const scheme = urlScheme(target.url);
      if (scheme === undefined) return;
      const asImage = target.type === 'image' || (target.type === 'definition' && forImages.has(target.identifier));
      const allowed = asImage ? protocols.src : protocols.href;
      if (allowed.includes(scheme)) return;
      const what = asImage ? 'An image' : 'A link';
      const shown = JSON.stringify(scheme).slice(1, -1);
      const fix = allowed.includes(scheme.toLowerCase())
        ? `Write the scheme in lower case: \`${scheme.toLowerCase()}:\`.`
        : `Use ${allowed.map((name) => `${name}:`).join(', ')} or a relative URL.`;
      reportError(
        file,
        `${what} with a \`${shown}:\` URL: the sanitizer removes that URL, so ${asImage ? 'the image would not show' : 'the link would lead nowhere'}. ${fix}`,
        target,
        ruleId,
      );
    });
  };
}
