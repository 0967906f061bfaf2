import { classifyPhase, headingWords } from "./classify-phase.js";
import { readHeadingLine } from "./read-task-line.js";
import type { ScannedLine } from "./scan-lines.js";
import type { MarkdownFormat } from "./detect-markdown-format.js";
import { regExpLiteral } from "./reg-exp-literal.js";

// A heading that opens with a word, at most one short particle ("Awamu ya 1": phase of 1; "Phase No. 2"),
// and a number: the word, the particle and the number.
const COUNTED = /^(\p{L}[\p{L}\p{M}\u200c]*)(?:\s+(\p{L}{1,3}\.?))?\s+(\d+)(?=\s*(?:[:：.\-–—(]|$))/u;

/**
 * The word a list counts its phases with when maestro does not know it: two or more headings of one
 * level that open with the same word (and particle) followed by the numbers 1, 2, 3, ... in order, as
 * "Awamu ya 1", "Awamu ya 2" (Swahili) or "مرحلہ 1", "مرحلہ ۲" (Urdu) do. The count is the structural
 * fact: a heading word numbered in sequence across a list's sections names its stages, whatever the
 * language. Only for spec-kit lists, whose sections are phases by the template (a Jira export's
 * "Milestone 2" or a board's "Sprint 2" groups work without ordering it), and only where no heading is
 * a phase maestro reads already. Null when there is none, or more than one such word.
 */
export function countingWord(lines: readonly ScannedLine[], format: MarkdownFormat): RegExp | null {
  if (format !== "speckit") return null;
  const counts = new Map<string, { level: number; numbers: number[]; prefix: string }>();
  for (const line of lines) {
    if (line.role !== "text" || line.text.trimStart()[0] !== "#") continue;
    const heading = readHeadingLine(line.text);
    if (heading === null) continue;
    if (classifyPhase(heading.text) !== null) return null;
    const m = COUNTED.exec(headingWords(heading.text).replace(/\*\*/g, ""));
    if (!m) continue;
    const key = `${heading.level} ${(m[1] ?? "").toLowerCase()} ${(m[2] ?? "").toLowerCase()}`;
    const seen = counts.get(key) ?? { level: heading.level, numbers: [], prefix: prefixOf(m) };
    seen.numbers.push(Number(m[3]));
    counts.set(key, seen);
  }
  const counting = [...counts.values()].filter((c) => c.numbers.length >= 2 && countsUp(c.numbers));
  return counting.length === 1
    ? new RegExp(`^${(counting[0] as { prefix: string }).prefix}\\s+`, "iu")
    : null;
}

/** 1, 2, 3, ... (or 0, 1, 2, ...) in order, each number once. */
function countsUp(numbers: readonly number[]): boolean {
  const first = numbers[0] ?? -1;
  return (first === 0 || first === 1) && numbers.every((n, i) => n === first + i);
}

function prefixOf(m: RegExpExecArray): string {
  return m[2] === undefined
    ? regExpLiteral(m[1] ?? "")
    : `${regExpLiteral(m[1] ?? "")}\\s+${regExpLiteral(m[2])}`;
}
