import { westernDigits } from "../../parse/western-digits.js";
// Romanian "ș" and "ț" (with a comma or, as often typed, a cedilla) stay: folded, "și" (and) would read
// as the French and Spanish "si" (if).
const KEPT = /[șşțţȘŞȚŢ]/;

/**
 * Quoted words (mentioned, not used): "...", “...”, the low opening mark of Central European languages
 * („...“, „...”), «...», 「...」.
 */
export const QUOTED_SPAN = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|「[^」]*」/g;

/**
 * The text statements are matched on: accents removed from Latin letters ("após" reads as "apos",
 * "dépend" as "depend") and Eastern Arabic and Persian digits read as digits ("داستان ۲"), one character for
 * one, so positions stay those of the original.
 */
export function foldText(text: string): string {
  // Pure-ASCII text (most lists) has nothing to fold.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(text)) return text;
  let out = "";
  for (const c of westernDigits(text)) {
    const code = c.codePointAt(0) ?? 0;
    out += code >= 0xc0 && code <= 0x24f && !KEPT.test(c) ? (c.normalize("NFD")[0] ?? c) : c;
  }
  return out;
}

/**
 * One line as prose: without list bullets, checkboxes, blockquote marks, emphasis, code ticks, link
 * targets, HTML tags and struck-through words, so "**Phase 2**: depends on `Setup`" reads "Phase 2: depends on Setup".
 */
export function cleanLine(text: string): string {
  return (
    text
      .replace(/^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?/, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<\/?[a-z][^>]*>/gi, " ")
      // Struck-through words are words the author took back.
      .replace(/~~[^~\n]+~~/g, " ")
      .replace(/\*\*|__|`|~~/g, "")
      .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|[.,;:!?)]|$)/g, "$1$2")
      .trim()
  );
}
