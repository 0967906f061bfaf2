import { canonicalText } from "./canonical-text.js";
import type { ScannedLine } from "./scan-lines.js";
import { T_ID_SOURCE } from "./task-id-pattern.js";

/** A line written almost like a task, which maestro would otherwise skip without a word. */
export interface MalformedTaskLine {
  line: number;
  problem: string;
}

// A bullet, something checkbox-like and a spec-kit ID: `- [] T002`, `-[ ] T002`, `- [y] T002`, `- [ ]T002`.
// The ID is read in full (`T001.2`, `T005-TEST`) so that the message names the task as written.
const WRITTEN_ID = T_ID_SOURCE.replace(String.raw`T\d{3,}`, String.raw`T\d+`);
const CHECKBOXISH_WITH_ID = new RegExp(
  String.raw`^\s*([-*+]?)(\s*)\[([^\]\n]{0,3})\](\**)(\s*)\**(${WRITTEN_ID})(?!\w)`,
);
const GOOD_BOX = /^[ xX]$/;
// Checklists carry no IDs: only the shapes that cannot be anything but a broken checkbox.
const EMPTY_BOX = /^\s*[-*+]\s*\[\]\s+\S/;
const GLUED_BULLET = /^\s*[-*+]\[[ xX]\]\s+\S/;
const GLUED_TEXT = /^\s*[-*+]\s+\[[ xX]\][A-Za-z0-9]/;
// Letters NFKC leaves alone that look like a Latin T: Cyrillic Т, Greek Τ, and their lower cases.
const LOOK_ALIKE_ID = /^\s*[-*+]\s+\[[ xX]\]\s+\**([\u0422\u03a4\u0442\u03c4])(\d{3,})/;
const HEADING_TOO_DEEP = new RegExp(String.raw`^ {0,3}#{7,}\s*\**(${T_ID_SOURCE})(?!\w)`);
const HEADING_GLUED = new RegExp(String.raw`^ {0,3}#{1,6}\**(${T_ID_SOURCE})(?!\w)`);

/**
 * The first line that is meant as a task but is not written as one (a broken checkbox, an ID glued to
 * its marker, a seventh `#`). Such a line would be skipped silently and its task
 * never run, so parsing refuses the list instead. Lines inside code blocks are never looked at.
 */
export function findMalformedTaskLine(lines: readonly ScannedLine[]): MalformedTaskLine | null {
  for (const scanned of lines) {
    if (scanned.role !== "text") continue;
    const raw = scanned.text;
    const first = raw.trimStart()[0];
    if (first !== "-" && first !== "*" && first !== "+" && first !== "[" && first !== "#") continue;
    const text = canonicalText(raw);
    const problem = checkboxProblem(text) ?? headingProblem(text);
    if (problem !== null) return { line: scanned.number, problem };
  }
  return null;
}

function checkboxProblem(text: string): string | null {
  const m = CHECKBOXISH_WITH_ID.exec(text);
  if (m) {
    const [, bullet, gap, box, , after, id] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const fix = `write it as \`- [ ] ${id} Title\` (or \`- [x]\` when done)`;
    // A well-formed checkbox without a bullet is read as a task (see walk-list-lines.ts).
    if (bullet !== "" && gap === "") return `${id} has no space between the bullet and the checkbox: ${fix}`;
    if (!GOOD_BOX.test(box)) {
      if (box.length > 1 && box.trim() === "") return `the checkbox of ${id} has extra spaces: ${fix}`;
      return `\`[${box}]\` is not a checkbox maestro reads (to do is \`[ ]\`, done is \`[x]\`): ${fix}`;
    }
    if (after === "") return `${id} is glued to its checkbox: ${fix}`;
    if (!/^T\d{3,}/.test(id))
      return `${id} is not a task ID (spec-kit IDs have at least 3 digits, e.g. T001)`;
  }
  const alike = LOOK_ALIKE_ID.exec(text);
  if (alike) {
    const code = (alike[1] ?? "").codePointAt(0)?.toString(16).toUpperCase() ?? "";
    return `the ID T${alike[2] ?? ""} is written with a look-alike letter (U+0${code}), not a Latin T: retype it`;
  }
  if (EMPTY_BOX.test(text))
    return "`[]` is not a checkbox: write `- [ ] Title` (a space between the brackets)";
  if (GLUED_BULLET.test(text)) return "no space between the bullet and the checkbox: write `- [ ] Title`";
  if (GLUED_TEXT.test(text)) return "no space after the checkbox: write `- [ ] Title`";
  return null;
}

function headingProblem(text: string): string | null {
  const deep = HEADING_TOO_DEEP.exec(text);
  if (deep) return `a Markdown heading has at most 6 \`#\`: write \`### ${deep[1] ?? ""}: Title\``;
  const glued = HEADING_GLUED.exec(text);
  if (glued) return `no space after the \`#\`s: write \`### ${glued[1] ?? ""}: Title\``;
  return null;
}
