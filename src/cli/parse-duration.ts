import { InvalidArgumentError } from "commander";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses `30m`, `90s`, `1h30m`, `500ms`; a bare number means minutes. Throws commander's InvalidArgumentError. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * UNIT_MS.m!);
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  const joined = parts.map((p) => p[0]).join("");
  if (parts.length === 0 || joined !== trimmed) {
    throw new InvalidArgumentError(`"${text}" is not a duration (examples: 30m, 90s, 1h30m)`);
  }
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MS[p[2] ?? "m"] ?? 0), 0);
  if (ms <= 0) throw new InvalidArgumentError(`"${text}" must be longer than zero`);
  return Math.round(ms);
}
