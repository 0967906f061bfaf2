import { readDiagram } from "./read-diagram.js";
import { readMermaid } from "./read-mermaid.js";
import { readParallelRuns } from "./read-parallel-runs.js";
import { readProseUnit } from "./read-prose-unit.js";
import type { ReadingContext } from "./reading-context.js";
import type { CodeUnit } from "./statement-units.js";

// Code blocks in these languages hold programs or data, not statements about the tasks.
const READABLE = new Set([
  "",
  "text",
  "txt",
  "plain",
  "plaintext",
  "bash",
  "sh",
  "shell",
  "console",
  "zsh",
  "ascii",
  "diagram",
  "md",
  "markdown",
  "none",
  "mermaid",
]);

// Box-drawing strokes (not arrowheads): what remains of a line of a drawing once read as prose.
const STROKES = /[│┃║├┤┬┴┼┌┐└┘╭╮╯╰╔╗╚╝╠╣╦╩╬|]/g;

/**
 * A fenced block: a Mermaid graph, or in a plain or shell block each line read as a statement ("T001 →
 * T002", "Phase 2: Foundational ──► depends on Phase 1"), the drawing read as a graph (vertical arrows,
 * tree branches), and, in the authors' parallel sections, runs of task lines launched together.
 */
export function readCodeUnit(rc: ReadingContext, unit: CodeUnit, parallelSection: boolean): void {
  const info = unit.info.split(/\s+/)[0] ?? "";
  if (!READABLE.has(info)) return;
  if (info === "mermaid") {
    readMermaid(rc, unit);
    return;
  }
  for (const line of unit.lines) {
    const text = line.text.replace(/"[^"]*"|“[^”]*”/g, (q) => " ".repeat(q.length)).replace(STROKES, " ");
    if (text.trim().length === 0 || /^\s*(?:[$>]\s|npm |npx |git |cd |cargo |go |python)/.test(text))
      continue;
    readProseUnit(
      rc,
      { kind: "prose", lines: [{ line: line.line, text }], headings: unit.headings, indent: 0, parent: null },
      { warn: false },
    );
  }
  readDiagram(rc, unit);
  readParallelRuns(rc, unit, parallelSection);
}
