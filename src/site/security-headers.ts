/**
 * The security headers the demo server sends on every response. Pages load
 * only their own origin's files and run no inline script, so the strictest
 * policy holds for them. A report page (the review pages) carries its style
 * and filter script inline, so that it works opened from disk; served, its
 * policy allows exactly those, by their SHA-256, and nothing else inline.
 * Scripts may compile WebAssembly ('wasm-unsafe-eval', which allows no
 * string of JavaScript to run): the search index is searched in it.
 */
import { createHash } from 'node:crypto';

const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

const restrictions = "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** For pages, fragments and every file without inline code. */
export const pageSecurity: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; ${restrictions}`,
  ...common,
};

/** For an HTML file: the page policy, with its inline scripts and styles allowed by hash. */
export function htmlSecurity(html: string): Readonly<Record<string, string>> {
  const scripts = inlineHashes(html, /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi);
  const styles = inlineHashes(html, /<style\b[^>]*>([\s\S]*?)<\/style>/gi);
  if (scripts.length === 0 && styles.length === 0) return pageSecurity;
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    restrictions,
  ].join('; ');
  return { 'Content-Security-Policy': policy, ...common };
}

function inlineHashes(html: string, pattern: RegExp): string[] {
  const hashes = [...html.matchAll(pattern)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
  return [...new Set(hashes)];
}
