import type { DependencyStatement, ListNote } from "../model/task.js";
import type { ScannedLine } from "./scan-lines.js";

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const CUE_WORTHY = /\bbefore\b/i;
const CUE_SUBJECT = /\b(tests?|models?|services?|implementation|integration|endpoints?|wiring)\b/i;

/**
 * The lines outside every task, kept for detection: every such line as a note (statements and cues are
 * read from them), and headings that state an ordering rule as cues (headings are not notes).
 */
export class OutsideText {
  readonly notes: ListNote[] = [];
  readonly cues: DependencyStatement[] = [];

  /** Keeps a line outside tasks with the headings above it and its code-fence info (null for prose). */
  note(line: ScannedLine, headings: string[], code: string | null): void {
    this.notes.push({ line: line.number, text: line.text, headings, code });
  }

  /** Keeps the text as an ordering cue when it says "before" about kinds of tasks. */
  cue(line: number, text: string): void {
    if (!CUE_WORTHY.test(text) || !CUE_SUBJECT.test(text)) return;
    const bare = text
      .replace(LIST_ITEM, "")
      .replace(/^\s*>\s*/, "")
      .trim();
    this.cues.push({ line, text: bare });
  }

  /** Reads a prose line outside tasks (after it was noted) for a cue. */
  read(line: ScannedLine): void {
    if (line.text.trim().length > 0) this.cue(line.number, line.text);
  }
}
