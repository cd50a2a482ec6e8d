/**
 * Numbers in running text, read by value with the conventions of a locale:
 * 71,000 in en and es-MX, 71.000 or 71 000 in es-ES, are all 71000;
 * "12 million" and "12 millones" are both 12000000.
 */

/** Scale words, each with its power of ten. */
const scales: Readonly<Record<string, readonly (readonly [RegExp, number])[]>> = {
  en: [
    [/^\s+trillion\b/i, 12],
    [/^\s+billion\b/i, 9],
    [/^\s+million\b/i, 6],
    [/^\s+thousand\b/i, 3],
  ],
  // Spanish "billón" is a million millions; "mil millones" is the English billion.
  es: [
    [/^\s+billon(?:es)?\b/i, 12],
    [/^\s+billón\b/i, 12],
    [/^\s+mil\s+millones\b/i, 9],
    [/^\s+mill(?:ón|ones)\b/i, 6],
    [/^\s+mil\b/i, 3],
  ],
};

/** Values of the numbers in `text`, in order. */
export function extractNumbers(text: string, locale: string): number[] {
  return numberTokens(text, locale).map((token) => token.value);
}

export interface NumberToken {
  /** As written: `71,000`. */
  readonly raw: string;
  /** With the scale word applied: “12 million” is 12000000. */
  readonly value: number;
  /** Written with a thousands separator. */
  readonly grouped: boolean;
}

/** The numbers in `text`, in order, as written and by value. */
export function numberTokens(text: string, locale: string): NumberToken[] {
  const pattern = numberPattern(locale);
  const language = locale.split('-')[0] ?? locale;
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(pattern)) {
    const whole = (match[1] ?? '').replace(/\D/g, '');
    const fraction = match[2] === undefined ? '' : `.${match[2]}`;
    const rest = text.slice((match.index ?? 0) + match[0].length);
    const exponent = scales[language]?.find(([word]) => word.test(rest))?.[1] ?? 0;
    // Scaled as written (“1.07e9”), not multiplied: 1.07 × 1e9 is 1070000000.0000001 in floating point.
    const value = Number(`${whole}${fraction}e${exponent}`);
    tokens.push({ raw: match[0], value, grouped: /\D/.test(match[1] ?? '') });
  }
  return tokens;
}

/** Made once per locale (an Intl.NumberFormat is slow to create); matchAll copies it, so sharing is safe. */
const numberPatterns = new Map<string, RegExp>();

function numberPattern(locale: string): RegExp {
  let pattern = numberPatterns.get(locale);
  if (pattern === undefined) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
    const group = parts.find((part) => part.type === 'group')?.value ?? ',';
    const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
    // Locales that group with a space accept any of the spaces typists use.
    const groupPattern = /\s/.test(group) ? '[ \\u00a0\\u202f]' : escape(group);
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,3}(?:${groupPattern}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?`,
      'gu',
    );
    numberPatterns.set(locale, pattern);
  }
  return pattern;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
