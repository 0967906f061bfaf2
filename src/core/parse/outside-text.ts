import type { DependencyStatement, ListNote } from "../model/task.js";
import type { ScannedLine } from "./scan-lines.js";

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
// Only sentences naming tasks, phases or stories can state a dependency between them.
const STATEMENT_WORTHY =
  /\bT\d{3,}|\bphases?\b|\bUS-?\d|\buser stor|\bsetup\b|\bfoundation|\bpolish\b|→|->|\btasks? \d/i;
const CUE_WORTHY = /\bbefore\b/i;
const CUE_SUBJECT = /\b(tests?|models?|services?|implementation|integration|endpoints?|wiring)\b/i;

/**
 * The lines outside every task, kept for detection: every such line as a note, the sentences of a
 * dependencies section as statements (a list item or a paragraph each), and ordering cues.
 */
export class OutsideText {
  readonly notes: ListNote[] = [];
  readonly statements: DependencyStatement[] = [];
  readonly cues: DependencyStatement[] = [];
  private statement: { line: number; parts: string[] } | null = null;

  /** Keeps a line outside tasks with the headings above it and its code-fence info (null for prose). */
  note(line: ScannedLine, headings: string[], code: string | null): void {
    this.notes.push({ line: line.number, text: line.text, headings, code });
  }

  /** Keeps the line as an ordering cue when it says "before" about kinds of tasks. */
  cue(line: number, text: string): void {
    if (!CUE_WORTHY.test(text) || !CUE_SUBJECT.test(text)) return;
    const bare = text
      .replace(LIST_ITEM, "")
      .replace(/^\s*>\s*/, "")
      .trim();
    this.cues.push({ line, text: bare });
  }

  /** Reads a prose line outside tasks (after it was noted): cues, and statements in a dependencies section. */
  read(line: ScannedLine, inDependencySection: boolean): void {
    if (line.text.trim().length === 0) {
      this.flush();
      return;
    }
    this.cue(line.number, line.text);
    if (!inDependencySection) return;
    if (this.statement === null || LIST_ITEM.test(line.text)) {
      this.flush();
      this.statement = { line: line.number, parts: [] };
    }
    this.statement.parts.push(line.text.replace(LIST_ITEM, "").trim());
  }

  /** Ends the sentence being collected: a task, a heading, a fence or a blank line closes it. */
  flush(): void {
    if (this.statement === null) return;
    const joined = this.statement.parts.join(" ").replace(/\s+/g, " ").trim();
    if (joined.length > 0 && STATEMENT_WORTHY.test(joined))
      this.statements.push({ line: this.statement.line, text: joined });
    this.statement = null;
  }
}
