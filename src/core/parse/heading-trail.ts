import type { Phase } from "../model/task.js";
import { classifyPhase, headingWords } from "./classify-phase.js";
import type { HeadingLine } from "./read-task-line.js";

/**
 * Where the walk is in the document's outline: the headings above the current line, the phase and
 * section a task listed here belongs to.
 */
export class HeadingTrail {
  /** Every phase heading met, in order (phases without tasks are dropped later). */
  readonly phases: Phase[] = [];
  /** Index into `phases` of the current phase, or null outside phases. */
  phase: number | null = null;
  /** The current sub-heading below the phase (or any heading below level 1), or null. */
  section: string | null = null;
  private phaseLevel = 0;
  private readonly headings: Array<{ level: number; text: string }> = [];

  /** `countingWord`: the word the list counts its phases with, when maestro knows no such word. */
  constructor(private readonly countingWord: RegExp | null = null) {}

  /** The headings above the current line, outermost first, without the `#`s. */
  names(): string[] {
    return this.headings.map((h) => h.text);
  }

  /** Enters a heading that is not a task: updates the outline, the phase and the section. */
  enter(heading: HeadingLine, line: number): void {
    const { level, text } = heading;
    const words = headingWords(text).replace(/\*\*/g, "");
    while ((this.headings[this.headings.length - 1]?.level ?? 0) >= level) this.headings.pop();
    this.headings.push({ level, text: words });
    const classified = classifyPhase(text, this.countingWord);
    if (classified) {
      this.phases.push({ index: this.phases.length, title: words, ...classified, line });
      this.phase = this.phases.length - 1;
      this.phaseLevel = level;
      this.section = null;
      return;
    }
    if (this.phase !== null && level <= this.phaseLevel) this.phase = null;
    this.section = level === 1 ? null : words;
  }
}
