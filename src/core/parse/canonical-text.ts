const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The form IDs are compared in: NFKC (full-width digits become ASCII) without zero-width characters,
 * so `T００１` or `T0\u200B01` cannot pass as a task distinct from `T001`.
 */
export function canonicalText(text: string): string {
  // Pure-ASCII text is already canonical; skipping it keeps the scan fast on large lists.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(text)) return text;
  return text.normalize("NFKC").replace(ZERO_WIDTH, "");
}
