/**
 * Arabic-Indic (٠١٢…٩) and Persian (۰۱۲…۹) digits as the ASCII digits they are, one character for one, so
 * "فاز ۳" is phase 3 and positions in the text stay those of the original.
 */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) =>
    String((d.codePointAt(0) ?? 0) - ((d.codePointAt(0) ?? 0) >= 0x06f0 ? 0x06f0 : 0x0660)),
  );
}
