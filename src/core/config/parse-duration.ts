const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Reads `30m`, `90s`, `1h30m`, `500ms`; a bare number means minutes. Returns milliseconds, or null when the
 * text is not a positive duration.
 */
export function parseDuration(text: string | number): number | null {
  if (typeof text === "number") return text > 0 ? Math.round(text * 60_000) : null;
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const ms = Math.round(Number(trimmed) * 60_000);
    return ms > 0 ? ms : null;
  }
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== trimmed) return null;
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MS[p[2] ?? "m"] ?? 0), 0);
  return ms > 0 ? Math.round(ms) : null;
}
