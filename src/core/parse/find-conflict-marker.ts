import type { ScannedLine } from "./scan-lines.js";

/** Where unresolved merge-conflict markers sit in a document. */
export interface ConflictMarkers {
  /** Line of the first marker. */
  first: number;
  /** The first marker line's text. */
  text: string;
  /** How many `<<<<<<<` markers there are. */
  conflicts: number;
}

/**
 * Finds git merge-conflict markers at a line start, outside fenced code. A lone `=======` is also a
 * setext heading underline, so it counts only when a `<<<<<<<` or `>>>>>>>` marker is present too.
 */
export function findConflictMarkers(lines: readonly ScannedLine[]): ConflictMarkers | null {
  let first: ScannedLine | null = null;
  let conflicts = 0;
  let strong = false;
  for (const line of lines) {
    if (line.role !== "text") continue;
    const t = line.text;
    const c = t.charCodeAt(0);
    if (c !== 60 && c !== 61 && c !== 62) continue;
    const isOpen = /^<{7}(?:\s|$)/.test(t);
    const isClose = /^>{7}(?:\s|$)/.test(t);
    const isMiddle = /^={7}\s*$/.test(t);
    if (!isOpen && !isClose && !isMiddle) continue;
    if (isOpen) conflicts++;
    if (isOpen || isClose) strong = true;
    first ??= line;
  }
  if (first === null || !strong) return null;
  return { first: first.number, text: first.text.trim(), conflicts: Math.max(conflicts, 1) };
}
