/**
 * remark lint plugin: `image-alt` (WCAG 1.1.1). Every image has a text
 * alternative. An image that only decorates is marked so, with the title
 * `decorative` (`![](border.png "decorative")`): it then gets `alt=""` and
 * no title, and a screen reader skips it. An empty alt without that mark is
 * an error (usually a forgotten description), and so is an alt that is a
 * file name (`IMG_2041.jpg`), which says nothing about the image.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import { reportRule, severityOf, type Severity } from '../../content/a11y-rules.ts';

export interface Options {
  /** Title that marks an image as decorative (default: `decorative`). */
  readonly decorativeTitle?: string;
  readonly severity?: Severity;
}

const fileNamePattern =
  /^(?:[\w-]+\/)*[\w\s.-]*\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|heic)$|^(?:img|dsc|dscn|pxl|screenshot|image|photo|foto|imagen)[\s_-]?\d+/i;

export default function remarkA11yImageAlt(options: Options = {}): Transformer<Root, Root> {
  const decorativeTitle = options.decorativeTitle ?? 'decorative';
  const severity = options.severity ?? severityOf('image-alt');
  return function transform(tree, file) {
    visit(tree, 'image', (image) => {
      const alt = (image.alt ?? '').trim();
      if (image.title === decorativeTitle) {
        // Decorative: no text for a screen reader, and the mark itself is not shown.
        image.title = null;
        image.alt = '';
        return;
      }
      if (alt === '') {
        reportRule(
          file,
          'image-alt',
          severity,
          `Image ${image.url} has no alt text: describe what it shows between the brackets, ![like this](${image.url}), or mark it decorative with ![](${image.url} "${decorativeTitle}").`,
          image,
        );
        return;
      }
      const base = image.url.split(/[?#]/)[0]?.split('/').pop() ?? '';
      if (fileNamePattern.test(alt) || alt === base) {
        reportRule(
          file,
          'image-alt',
          severity,
          `The alt text of ${image.url} is a file name ("${alt}"): describe what the image shows.`,
          image,
        );
      }
    });
  };
}
